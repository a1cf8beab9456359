import type { Actor, RequestMeta } from "../http/actor.ts";
import type { AuditActor } from "./chain.ts";

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
