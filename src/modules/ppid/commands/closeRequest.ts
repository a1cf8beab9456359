import { eq } from "drizzle-orm";
import { auditActor } from "../../../platform/audit/actor.ts";
import type { Platform } from "../../../platform/context.ts";
import type { Actor, RequestMeta } from "../../../platform/http/actor.ts";
import { ValidationError } from "../../../platform/http/errors.ts";
import { parseOrThrow } from "../../../platform/http/validation.ts";
import { inTransaction } from "../../../platform/work.ts";
import { fileCase } from "../archive.ts";
import { addEvent } from "../case.ts";
import { loadLaw } from "../law.ts";
import { mailRequester } from "../notify.ts";
import { ppidRequests } from "../schema.ts";
import { closeForm } from "../staff/forms.ts";
import { capacity, lockAuthorized, signedIn } from "../staff/guard.ts";
import { assertTransition, needsHandOver } from "../states.ts";

/**
 * Closes a request (SELESAI): after the hand-over, or straight after the
 * decision when nothing is to be handed over (refusal, not held, not documented).
 */
export async function closeRequest(p: Platform, actor: Actor | null, meta: RequestMeta, id: string, raw: unknown = {}) {
  signedIn(actor);
  const f = parseOrThrow(closeForm, raw);
  const who = auditActor(actor, meta, capacity(actor));
  return inTransaction(p, who, async (w) => {
    const req = await lockAuthorized(w, actor, id, "ppid.request.work");
    const to = assertTransition(req.state, "close");
    if (req.state === "DIPUTUS" && req.decision && needsHandOver(req.decision)) {
      throw new ValidationError({ state: "Permohonan dikabulkan: serahkan informasinya dahulu sebelum permohonan ditutup." });
    }
    const now = new Date();
    await w.tx.update(ppidRequests).set({ state: to, closedAt: now, updatedAt: now }).where(eq(ppidRequests.id, req.id));
    await addEvent(w, req.id, who, { kind: "closed", at: now, note: f.note ?? null });
    const law = await loadLaw(w.tx);
    const filed = await fileCase(p, w, req.id, law, actor.userId);
    await w.audit({
      action: "ppid.request.closed",
      subjectType: "ppid_request",
      subjectId: req.id,
      unitId: req.unitId,
      before: { state: req.state },
      after: { state: to, archiveRecordId: filed.recordId },
    });
    await mailRequester(
      p,
      w,
      req,
      "Permohonan selesai",
      [
        `Yth. ${req.name},`,
        "",
        "Permohonan informasi Anda telah selesai ditangani.",
        ...(f.note ? ["", f.note] : []),
        "",
        `Bila Anda tidak puas dengan tanggapan PPID, Anda dapat mengajukan keberatan kepada Atasan PPID dalam ${law.objectionWindowDays} hari kerja (UU 14/2008 Pasal 35–36).`,
      ].join("\n"),
    );
    return { state: to, archiveRecordId: filed.recordId };
  });
}
