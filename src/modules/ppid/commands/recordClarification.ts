import { and, desc, eq } from "drizzle-orm";
import { auditActor } from "../../../platform/audit/actor.ts";
import { jakartaInstant } from "../../../platform/calendar/index.ts";
import type { Platform } from "../../../platform/context.ts";
import type { Actor, RequestMeta } from "../../../platform/http/actor.ts";
import { ValidationError } from "../../../platform/http/errors.ts";
import { parseOrThrow } from "../../../platform/http/validation.ts";
import { inTransaction } from "../../../platform/work.ts";
import { addEvent, refreshClock } from "../case.ts";
import { attachFile, checkUpload, putUpload, type Upload } from "../files.ts";
import { mailRequester } from "../notify.ts";
import { ppidRequestEvents, ppidRequests } from "../schema.ts";
import { clarificationAnswerForm } from "../staff/forms.ts";
import { capacity, dueText, lockAuthorized, signedIn } from "../staff/guard.ts";
import { assertTransition } from "../states.ts";

/**
 * Records the requester's answer to a clarification request, received at the
 * desk, by letter or by mail, at the time it actually arrived: the request
 * returns to where it was paused and the clock starts again from that day
 * (in full or with the days left, as the law data says).
 */
export async function recordClarification(p: Platform, actor: Actor | null, meta: RequestMeta, id: string, raw: unknown, upload?: Upload) {
  signedIn(actor);
  const f = parseOrThrow(clarificationAnswerForm, raw);
  let receivedAt: Date;
  try {
    receivedAt = jakartaInstant(f.receivedDate, f.receivedTime);
  } catch {
    throw new ValidationError({ receivedDate: "Tanggal jawaban diterima harus tanggal yang benar." });
  }
  if (receivedAt.getTime() > Date.now() + 60_000) {
    throw new ValidationError({ receivedDate: "Tanggal dan jam jawaban diterima tidak boleh di masa depan." });
  }
  const file = upload?.bytes.byteLength ? await checkUpload("berkas", "jawaban pemohon", upload) : null;
  const fileKey = file ? await putUpload(p, file) : null;
  const who = auditActor(actor, meta, capacity(actor));
  return inTransaction(p, who, async (w) => {
    const req = await lockAuthorized(w, actor, id, ["ppid.request.work", "ppid.desk"]);
    const to = assertTransition(req.state, "receive_clarification", req.pausedFrom);
    const [asked] = await w.tx
      .select({ at: ppidRequestEvents.at })
      .from(ppidRequestEvents)
      .where(and(eq(ppidRequestEvents.requestId, req.id), eq(ppidRequestEvents.kind, "clarification_requested")))
      .orderBy(desc(ppidRequestEvents.id))
      .limit(1);
    // Times are typed to the minute: an answer in the same minute as the request counts just after it.
    if (asked && asked.at.getTime() - receivedAt.getTime() >= 60_000) {
      throw new ValidationError({ receivedDate: "Jawaban tidak mungkin diterima sebelum permintaan kelengkapan dikirim." });
    }
    const at = asked && receivedAt <= asked.at ? new Date(asked.at.getTime() + 1) : receivedAt;
    await w.tx.update(ppidRequests).set({ state: to, pausedFrom: null, updatedAt: new Date() }).where(eq(ppidRequests.id, req.id));
    const attached = file && fileKey ? await attachFile(w, req.id, "lampiran", file, fileKey, { by: actor.userId }) : null;
    await addEvent(w, req.id, who, {
      kind: "clarification_received",
      at,
      note: f.answer,
      data: { enteredAt: new Date().toISOString(), fileId: attached?.id ?? null },
    });
    const { clock } = await refreshClock(w, req);
    await w.audit({
      action: "ppid.request.clarification_received",
      subjectType: "ppid_request",
      subjectId: req.id,
      unitId: req.unitId,
      before: { state: req.state },
      after: { state: to, receivedAt: at.toISOString(), due: clock.due },
    });
    await mailRequester(
      p,
      w,
      req,
      "Kelengkapan permohonan diterima",
      [
        `Yth. ${req.name},`,
        "",
        "Jawaban Anda atas permintaan kelengkapan telah kami terima dan waktu pelayanan berjalan kembali.",
        `Batas waktu pemberitahuan tertulis yang baru: ${dueText(clock.due)}.`,
      ].join("\n"),
    );
    return { state: to, due: clock.due };
  });
}
