import { eq } from "drizzle-orm";
import { auditActor } from "../../../platform/audit/actor.ts";
import type { Platform } from "../../../platform/context.ts";
import type { Actor, RequestMeta } from "../../../platform/http/actor.ts";
import { ValidationError } from "../../../platform/http/errors.ts";
import { parseOrThrow } from "../../../platform/http/validation.ts";
import { inTransaction } from "../../../platform/work.ts";
import { addEvent } from "../case.ts";
import { attachFile, type CheckedUpload, checkUpload, putUpload, type Upload } from "../files.ts";
import { mailRequester } from "../notify.ts";
import { ppidRequests } from "../schema.ts";
import { handOverForm, parseReferences, parseRupiah } from "../staff/forms.ts";
import { capacity, lockAuthorized, signedIn } from "../staff/guard.ts";
import { assertTransition, DECISION_LABEL, needsHandOver } from "../states.ts";

const rupiah = (n: number) => `Rp${n.toLocaleString("id-ID")}`;

/**
 * Hands the information over after a grant (DIPUTUS → INFORMASI_DISERAHKAN):
 * files the requester may download, references to documents already
 * published, and the fee for copies with how to pay. The requester is mailed.
 */
export async function handOver(p: Platform, actor: Actor | null, meta: RequestMeta, id: string, raw: unknown, uploads: Upload[] = []) {
  signedIn(actor);
  const f = parseOrThrow(handOverForm, raw);
  const references = parseReferences(f.references);
  const fee = parseRupiah(f.fee);
  if (fee > 0 && !f.paymentNote) {
    throw new ValidationError({ paymentNote: "Tulis cara dan tempat pembayaran biaya salinan (misalnya rekening kas daerah atau loket)." });
  }
  const given = uploads.filter((u) => u.bytes.byteLength > 0);
  if (given.length > 10) throw new ValidationError({ berkas: "Paling banyak 10 berkas sekali serah." });
  if (given.length === 0 && references.length === 0 && !f.note) {
    throw new ValidationError({
      berkas: "Unggah berkas informasi, tulis rujukan dokumen yang telah diumumkan, atau jelaskan cara penyerahannya.",
    });
  }
  const files: { checked: CheckedUpload; key: string }[] = [];
  for (const u of given) {
    const checked = await checkUpload("berkas", `"${u.name}"`, u);
    files.push({ checked, key: await putUpload(p, checked) });
  }
  const who = auditActor(actor, meta, capacity(actor));
  return inTransaction(p, who, async (w) => {
    const req = await lockAuthorized(w, actor, id, "ppid.request.work");
    const to = assertTransition(req.state, "hand_over");
    if (!req.decision || !needsHandOver(req.decision)) {
      throw new ValidationError({
        state: `Keputusan "${req.decision ? DECISION_LABEL[req.decision] : "—"}" tidak memerlukan penyerahan informasi: tutup permohonan saja.`,
      });
    }
    const now = new Date();
    await w.tx.update(ppidRequests).set({ state: to, handedOverAt: now, fee, updatedAt: now }).where(eq(ppidRequests.id, req.id));
    const attached = [];
    for (const x of files) {
      const row = await attachFile(w, req.id, "informasi", x.checked, x.key, { by: actor.userId, forRequester: true });
      attached.push({ id: row.id, name: row.name });
    }
    await addEvent(w, req.id, who, {
      kind: "handed_over",
      at: now,
      note: f.note ?? null,
      data: { files: attached, references, fee, paymentNote: f.paymentNote ?? null },
    });
    await w.audit({
      action: "ppid.request.handed_over",
      subjectType: "ppid_request",
      subjectId: req.id,
      unitId: req.unitId,
      before: { state: req.state },
      after: { state: to, files: attached.map((a) => a.id), references: references.length, fee },
    });
    await mailRequester(
      p,
      w,
      req,
      "Informasi yang Anda minta diserahkan",
      [
        `Yth. ${req.name},`,
        "",
        "Informasi yang Anda minta telah diserahkan.",
        ...(attached.length ? ["", "Berkas (unduh lewat tautan pemantauan permohonan Anda):", ...attached.map((a) => `- ${a.name}`)] : []),
        ...(references.length ? ["", "Dokumen yang telah diumumkan:", ...references.map((r) => `- ${r.title}: ${r.url}`)] : []),
        ...(f.note ? ["", f.note] : []),
        "",
        fee > 0 ? `Biaya salinan: ${rupiah(fee)}. ${f.paymentNote ?? ""}` : "Tidak ada biaya.",
      ].join("\n"),
    );
    return { state: to, files: attached, references, fee };
  });
}
