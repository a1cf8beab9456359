import { eq } from "drizzle-orm";
import { auditActor } from "../../../platform/audit/actor.ts";
import type { Platform } from "../../../platform/context.ts";
import type { Actor, RequestMeta } from "../../../platform/http/actor.ts";
import { parseOrThrow } from "../../../platform/http/validation.ts";
import { inTransaction } from "../../../platform/work.ts";
import { addEvent, refreshClock } from "../case.ts";
import { mailRequester } from "../notify.ts";
import { ppidRequests } from "../schema.ts";
import { clarificationForm } from "../staff/forms.ts";
import { capacity, clarificationRules, lockAuthorized, signedIn } from "../staff/guard.ts";
import { assertTransition } from "../states.ts";

/**
 * Asks the requester to complete the request (perlu kelengkapan): the clock
 * stops until the answer arrives. The PPID Pelaksana of the request's OPD or
 * the PPID Utama may ask; before the request reaches an OPD the desk may too.
 */
export async function requestClarification(p: Platform, actor: Actor | null, meta: RequestMeta, id: string, raw: unknown) {
  signedIn(actor);
  const f = parseOrThrow(clarificationForm, raw);
  const who = auditActor(actor, meta, capacity(actor));
  return inTransaction(p, who, async (w) => {
    const req = await lockAuthorized(w, actor, id, clarificationRules);
    const to = assertTransition(req.state, "request_clarification");
    await w.tx.update(ppidRequests).set({ state: to, pausedFrom: req.state, updatedAt: new Date() }).where(eq(ppidRequests.id, req.id));
    await addEvent(w, req.id, who, { kind: "clarification_requested", note: f.message, data: { pausedFrom: req.state } });
    const { clock } = await refreshClock(w, req);
    await w.audit({
      action: "ppid.request.clarification_requested",
      subjectType: "ppid_request",
      subjectId: req.id,
      unitId: req.unitId,
      before: { state: req.state, due: req.dueOn },
      after: { state: to, clock: clock.status, daysLeft: clock.daysLeftAtPause },
    });
    await mailRequester(
      p,
      w,
      req,
      "Permohonan Anda perlu dilengkapi",
      [
        `Yth. ${req.name},`,
        "",
        "PPID memerlukan kelengkapan atas permohonan informasi Anda:",
        "",
        f.message,
        "",
        "Selama kelengkapan belum kami terima, waktu pelayanan berhenti. Setelah jawaban lengkap diterima, waktu pelayanan dihitung kembali sejak hari jawaban diterima.",
        "Sampaikan jawaban Anda dengan membalas surel ini atau datang ke meja layanan PPID.",
      ].join("\n"),
    );
    return { state: to, clock };
  });
}
