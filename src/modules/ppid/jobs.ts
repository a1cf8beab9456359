/** The PPID module's background jobs: the receipt PDF, and recomputing open clocks when the calendar changes. */
import { and, eq, inArray, isNull } from "drizzle-orm";
import { formatCivilDate, wibStamp } from "../../platform/calendar/index.ts";
import type { Platform } from "../../platform/context.ts";
import { renderPdfDocument } from "../../platform/pdf/index.ts";
import { issueDocument, renderDocument } from "../../platform/verification/index.ts";
import { inTransaction, SYSTEM_ACTOR } from "../../platform/work.ts";
import { CALENDAR_CHANGED_JOB } from "../calendar/index.ts";
import { addEvent, loadForUpdate, refreshClock } from "./case.ts";
import { RECEIPT_JOB } from "./commands/submitRequest.ts";
import { ACCESS_METHOD_LABEL, CHANNEL_LABEL, COPY_DELIVERY_LABEL, maskNik, REQUESTER_TYPE_LABEL } from "./labels.ts";
import { loadLaw } from "./law.ts";
import { ppidRequests } from "./schema.ts";
import { OPEN_STATES } from "./states.ts";

export const LETTERHEAD = ["PEMERINTAH KABUPATEN LEBONG", "PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI (PPID)"];

/** Renders and registers the tanda bukti of a registered request (idempotent: once per request). */
export async function issueReceipt(p: Platform, id: string): Promise<string | null> {
  // Rendered before the transaction, which then holds the request's row (and on PGlite the whole
  // database) only for the inserts; a receipt issued meanwhile by another worker wins, and this
  // rendering is dropped (its stored blob stays unreferenced).
  const [req] = await p.db.select().from(ppidRequests).where(eq(ppidRequests.id, id));
  if (!req || req.receiptDocId || !req.number) return req?.receiptDocId ?? null;
  const law = await loadLaw(p.db);
  const prepared = await renderDocument(p, (verifyUrl, documentId) =>
    renderPdfDocument({
      letterhead: LETTERHEAD,
      title: "TANDA BUKTI PENERIMAAN PERMOHONAN INFORMASI PUBLIK",
      subtitle: `Nomor pendaftaran ${req.number} · Nomor ${req.letterNumber ?? ""}`,
      verifyUrl,
      documentId,
      author: "PPID Pemerintah Kabupaten Lebong",
      subject: "Tanda bukti permohonan informasi publik (UU 14/2008, Perki 1/2021)",
      blocks: [
        {
          type: "fields",
          rows: [
            ["Nomor pendaftaran", req.number ?? ""],
            ["Diterima", wibStamp("id", req.receivedAt)],
            ["Saluran", CHANNEL_LABEL[req.channel] ?? req.channel],
            ["Batas waktu pemberitahuan tertulis", req.dueOn ? formatCivilDate("id", req.dueOn) : "—"],
            ["Nama pemohon", req.name],
            ["Jenis pemohon", REQUESTER_TYPE_LABEL[req.requesterType]],
            [
              req.requesterType === "badan_hukum" ? "Nomor SK/akta" : "NIK",
              req.requesterType === "badan_hukum" ? (req.legalDocNumber ?? "—") : maskNik(req.nik),
            ],
            ["Alamat", req.address],
            ["Pekerjaan", req.occupation],
            ["Kuasa dari", req.proxyName ?? "—"],
          ],
        },
        { type: "heading", text: "Rincian informasi yang dibutuhkan" },
        { type: "paragraph", text: req.details },
        { type: "heading", text: "Tujuan penggunaan informasi" },
        { type: "paragraph", text: req.purpose },
        {
          type: "fields",
          rows: [
            ["Cara memperoleh informasi", req.accessMethods.map((m) => ACCESS_METHOD_LABEL[m] ?? m).join(", ")],
            ["Cara mendapatkan salinan", req.copyDelivery ? COPY_DELIVERY_LABEL[req.copyDelivery] : "—"],
          ],
        },
        {
          type: "paragraph",
          text: `PPID wajib memberikan pemberitahuan tertulis paling lambat ${law.responseDays} hari kerja sejak permohonan diterima dan dapat memperpanjangnya satu kali paling lama ${law.extensionDays} hari kerja dengan alasan tertulis (UU 14/2008 Pasal 22). Keaslian tanda bukti ini dapat diperiksa lewat kode QR di bawah.`,
        },
      ],
    }),
  );
  return inTransaction(p, SYSTEM_ACTOR, async (w) => {
    const locked = await loadForUpdate(w, id);
    if (locked.receiptDocId || !locked.number) return locked.receiptDocId;
    const issued = await issueDocument(w, p, {
      kind: "Tanda bukti permohonan informasi",
      title: `Tanda bukti permohonan informasi ${locked.number}`,
      unitId: null,
      subjectType: "ppid_request",
      subjectId: locked.id,
      prepared,
    });
    await w.tx.update(ppidRequests).set({ receiptDocId: issued.document.id }).where(eq(ppidRequests.id, id));
    await addEvent(w, id, SYSTEM_ACTOR, { kind: "receipt_issued", data: { documentId: issued.document.id } });
    return issued.document.id;
  });
}

/**
 * When the holiday calendar (or the law data) changes, every open request's
 * clock is rebuilt; where the due date moves, the change is recorded on the case.
 */
export async function recomputeOpenClocks(p: Platform, reason: string): Promise<{ checked: number; changed: number }> {
  const open = await p.db
    .select({ id: ppidRequests.id })
    .from(ppidRequests)
    .where(and(inArray(ppidRequests.state, [...OPEN_STATES]), isNull(ppidRequests.closedAt)));
  let changed = 0;
  for (const { id } of open) {
    const moved = await inTransaction(p, SYSTEM_ACTOR, async (w) => {
      const req = await loadForUpdate(w, id);
      const law = await loadLaw(w.tx);
      const r = await refreshClock(w, req, law);
      if (!r.changed) return false;
      await addEvent(w, id, SYSTEM_ACTOR, {
        kind: "clock_recomputed",
        note: reason,
        data: { before: req.dueOn, after: r.clock.due },
      });
      await w.audit({
        action: "ppid.clock.recomputed",
        subjectType: "ppid_request",
        subjectId: id,
        before: { due: req.dueOn },
        after: { due: r.clock.due, reason },
      });
      return true;
    });
    if (moved) changed++;
  }
  return { checked: open.length, changed };
}

/** The core jobs (receipt, calendar change); register.ts adds the rest. */
export function registerCoreJobs(p: Platform): void {
  p.jobs.define<{ id: string }>(RECEIPT_JOB, async (data) => {
    await issueReceipt(p, data.id);
  });
  p.jobs.define<{ action: string; dates: string[]; reason: string }>(CALENDAR_CHANGED_JOB, async (data) => {
    const { invalidateCalendar } = await import("../../platform/calendar/index.ts");
    invalidateCalendar();
    const r = await recomputeOpenClocks(p, `Kalender libur diubah (${data.dates.join(", ")}): ${data.reason}`);
    p.log.info({ ...r }, "open PPID clocks recomputed after a calendar change");
  });
}
