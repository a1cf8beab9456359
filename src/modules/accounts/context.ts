import type { Context } from "hono";
import type { AuditActor } from "../../platform/audit/chain.ts";
import type { Platform } from "../../platform/context.ts";
import type { Actor, RequestMeta } from "../../platform/http/actor.ts";
import type { AppEnv } from "../../platform/http/env.ts";
import { requestMeta } from "../../platform/http/request-meta.ts";
import type { Lang } from "../../platform/i18n/index.ts";

/** What every accounts command receives besides its input. */
export interface Ctx {
  actor: Actor | null;
  meta: RequestMeta;
  lang: Lang;
}

export function ctxOf(c: Context<AppEnv>, p: Platform): Ctx {
  return { actor: c.get("actor"), meta: requestMeta(c, p.config.TRUST_PROXY), lang: c.get("lang") };
}

/**
 * The audit actor for a citizen acting on their own account. The chain is
 * permanent, so it carries the account id and never the citizen's name.
 */
export function citizenAuditActor(userId: string, meta: RequestMeta): AuditActor {
  return { id: userId, name: "warga", role: "citizen", unitId: null, ...meta };
}
