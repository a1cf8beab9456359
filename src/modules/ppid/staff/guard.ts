/** What the staff commands share: the request under lock, checked against a rule for its OPD. */
import { formatCivilDate } from "../../../platform/calendar/index.ts";
import type { Actor } from "../../../platform/http/actor.ts";
import { unauthorized } from "../../../platform/http/errors.ts";
import type { Work } from "../../../platform/work.ts";
import { authorize, can, type PolicyName } from "../../access/index.ts";
import { loadForUpdate, type PpidRequest } from "../case.ts";

/** Throws 401 before any database work when nobody is signed in. */
export function signedIn(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw unauthorized();
}

type Rules = PolicyName | PolicyName[] | ((req: PpidRequest) => PolicyName[]);

/** Locks the request and checks `rule` (or any of `rules`, which may depend on the request) for the request's OPD. */
export async function lockAuthorized(w: Work, actor: Actor, id: string, rules: Rules): Promise<PpidRequest> {
  const req = await loadForUpdate(w, id);
  const list = typeof rules === "function" ? rules(req) : Array.isArray(rules) ? rules : [rules];
  const ok = list.find((r) => can(actor, r, { unitId: req.unitId }));
  authorize(actor, ok ?? list[0], { unitId: req.unitId });
  return req;
}

/** The capacity in which the person acts, for the audit event: the first of `prefer` they hold. */
export function capacity(actor: Actor, prefer: string[] = ["ppid_utama", "ppid_pelaksana", "petugas_layanan", "atasan_ppid"]): string {
  return prefer.find((r) => actor.roles.some((g) => g.role === r)) ?? actor.roles[0]?.role ?? actor.kind;
}

/** A due date for a mail: "Selasa, 7 April 2026" (or a dash). */
export const dueText = (d: string | null | undefined) => (d ? formatCivilDate("id", d) : "—");

/** The staff address of a request's case page. */
export const casePath = (id: string) => `/ppid/kelola/permohonan/${id}`;

/**
 * Asking for or recording a clarification: the OPD's workers once assigned;
 * before that (no OPD yet) also the desk, who holds "ppid.request.assign".
 */
export const clarificationRules = (req: Pick<PpidRequest, "unitId">): PolicyName[] =>
  req.unitId === null ? ["ppid.request.work", "ppid.request.assign"] : ["ppid.request.work"];
