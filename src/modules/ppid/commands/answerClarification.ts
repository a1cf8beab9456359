import { eq } from "drizzle-orm";
import { z } from "zod";
import type { AuditActor } from "../../../platform/audit/chain.ts";
import { formatCivilDate } from "../../../platform/calendar/index.ts";
import type { Platform } from "../../../platform/context.ts";
import type { Actor, RequestMeta } from "../../../platform/http/actor.ts";
import { notFound } from "../../../platform/http/errors.ts";
import { parseOrThrow } from "../../../platform/http/validation.ts";
import { inTransaction } from "../../../platform/work.ts";
import { addEvent, loadForUpdate, refreshClock } from "../case.ts";
import { attachFile, checkUpload, putUpload, type Upload } from "../files.ts";
import { mailRequester } from "../notify.ts";
import { isRequester } from "../queries.ts";
import { ppidRequests } from "../schema.ts";
import { assertTransition } from "../states.ts";

export const clarificationForm = z.object({
  answer: z
    .string({ error: "Tulis jawaban atau kelengkapan yang diminta." })
    .trim()
    .min(5, "Tulis jawaban atau kelengkapan yang diminta (paling sedikit 5 karakter).")
    .max(5000, "Jawaban paling banyak 5000 karakter."),
});

/**
 * The requester answers a request for clarification (perlu kelengkapan). The
 * answer is recorded as the event `clarification_received`, which starts the
 * clock again (in full or with the days left: law data); the request returns
 * to the state it was paused from.
 */
export async function answerClarification(
  p: Platform,
  actor: Actor | null,
  meta: RequestMeta,
  input: { id: string; secret?: string | null; raw: unknown; file?: Upload },
): Promise<{ due: string | null }> {
  const f = parseOrThrow(clarificationForm, input.raw);
  const checked = input.file?.bytes.byteLength ? await checkUpload("file", "lampiran", input.file) : null;
  const key = checked ? await putUpload(p, checked) : null;
  const citizen = actor?.kind === "citizen" ? actor : null;
  // The audit chain is permanent: it carries the account id (when signed in), never the requester's name.
  const who: AuditActor = { id: citizen?.userId ?? null, name: "pemohon", role: "pemohon", unitId: null, ...meta };
  return inTransaction(p, who, async (w) => {
    const req = await loadForUpdate(w, input.id);
    if (!isRequester(req, actor, input.secret)) throw notFound("Permohonan tidak ditemukan.");
    const to = assertTransition(req.state, "receive_clarification", req.pausedFrom);
    const now = new Date();
    await w.tx.update(ppidRequests).set({ state: to, pausedFrom: null, updatedAt: now }).where(eq(ppidRequests.id, req.id));
    let fileId: string | null = null;
    if (checked && key)
      fileId = (await attachFile(w, req.id, "lampiran", checked, key, { by: citizen?.userId ?? null, forRequester: true })).id;
    await addEvent(w, req.id, who, { kind: "clarification_received", at: now, note: f.answer, data: { fileId } });
    const { clock } = await refreshClock(w, req);
    await w.audit({
      action: "ppid.request.clarification_received",
      subjectType: "ppid_request",
      subjectId: req.id,
      before: { state: req.state, due: req.dueOn },
      after: { state: to, due: clock.due, fileId },
    });
    await mailRequester(
      p,
      w,
      req,
      "Kelengkapan permohonan diterima",
      [
        `Yth. ${req.name},`,
        "",
        `Jawaban Anda atas permintaan kelengkapan untuk permohonan ${req.number ?? ""} telah kami terima.`,
        clock.due
          ? `Waktu pelayanan dihitung kembali sejak jawaban ini diterima. Batas waktu pemberitahuan tertulis yang baru: ${formatCivilDate("id", clock.due)}.`
          : "",
      ].join("\n"),
    );
    return { due: clock.due };
  });
}
