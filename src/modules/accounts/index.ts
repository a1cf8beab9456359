import { Hono } from "hono";
import type { Platform } from "../../platform/context.ts";
import type { AuditActor } from "../../platform/audit/chain.ts";
import type { Actor, RequestMeta } from "../../platform/http/actor.ts";
import type { AppEnv } from "../../platform/http/env.ts";

export { authorize, can, hasRegencyRole, hasRole, type PolicyName, type Target } from "./policy.ts";
export { CLEARANCES, type Clearance, ROLES, type Role } from "./schema.ts";
export { createSession, requestMeta, SESSION_COOKIE, sessionMiddleware } from "./session.ts";

export function accountsRoutes(_p: Platform) {
  return new Hono<AppEnv>();
}

export async function seedDemoAccounts(_p: Platform): Promise<void> {}

/** The audit actor for a signed-in person (their first role names the capacity). */
export function auditActor(actor: Actor | null, meta: RequestMeta, role?: string): AuditActor {
  return {
    id: actor?.userId ?? null,
    name: actor?.name ?? "anonim",
    role: role ?? actor?.roles[0]?.role ?? actor?.kind ?? "anonim",
    unitId: actor?.roles.find((r) => r.role === role)?.unitId ?? actor?.roles[0]?.unitId ?? null,
    ...meta,
  };
}
