/**
 * Closed cases go to the archive: when a request ends (SELESAI, or DITARIK by
 * the requester) its case file is filed with the arsip module's `fileRecord`
 * in the same transaction as the closing, under the kode klasifikasi of the
 * law data (`caseFileClassification`, 500.12.18.1 Pelayanan Informasi by
 * default), so its retention is that code's JRA row. The record holds a
 * summary PDF of the case (the register fields and the whole history) and every
 * file of the case: tanda bukti, pemberitahuan tertulis, the information handed
 * over, and the requester's identity documents. It carries personal data, so it
 * is filed as Terbatas and never public.
 */
import { asc, eq } from "drizzle-orm";
import { formatCivilDate, jakartaDate } from "../../platform/calendar/index.ts";
import type { Platform } from "../../platform/context.ts";
import { ValidationError } from "../../platform/http/errors.ts";
import { renderPdfDocument } from "../../platform/pdf/index.ts";
import { blobs } from "../../platform/storage/schema.ts";
import { issuedDocuments } from "../../platform/verification/index.ts";
import type { Work } from "../../platform/work.ts";
import { fileRecord, type StoredFile } from "../arsip/index.ts";
import { units } from "../organisation/index.ts";
import type { PpidRequest } from "./case.ts";
import { LETTERHEAD } from "./jobs.ts";
import { CHANNEL_LABEL } from "./labels.ts";
import type { Law } from "./law.ts";
import { eventLabel, wibStamp } from "./public/views/text.ts";
import { ppidRequestEvents, ppidRequestFiles, ppidRequests } from "./schema.ts";
import { DECISION_LABEL, STATE_LABEL } from "./states.ts";

/** The OPD whose PPID Utama keeps case files not routed to any OPD (Diskominfo, code in db/seed/opd-lebong.csv). */
export const PPID_UTAMA_UNIT_CODE = "DISKOMINFO-SP";

const EVENT_NOTE_MAX = 600;

/** The summary of the case as filed: register fields, then every event of its history (staff notes included). */
async function summaryPdf(w: Work, req: PpidRequest, unitName: string | null): Promise<Uint8Array> {
  const events = await w.tx
    .select({
      at: ppidRequestEvents.at,
      kind: ppidRequestEvents.kind,
      actorName: ppidRequestEvents.actorName,
      note: ppidRequestEvents.note,
    })
    .from(ppidRequestEvents)
    .where(eq(ppidRequestEvents.requestId, req.id))
    .orderBy(asc(ppidRequestEvents.at), asc(ppidRequestEvents.id));
  const date = (d: Date | null) => (d ? wibStamp("id", d) : "—");
  return renderPdfDocument({
    letterhead: LETTERHEAD,
    title: "RINGKASAN BERKAS PERMOHONAN INFORMASI PUBLIK",
    subtitle: `Nomor pendaftaran ${req.number ?? "—"} · Nomor ${req.letterNumber ?? "—"}`,
    author: "PPID Pemerintah Kabupaten Lebong",
    subject: "Berkas permohonan informasi publik yang diberkaskan ke arsip",
    blocks: [
      {
        type: "fields",
        rows: [
          ["Nomor pendaftaran", req.number ?? "—"],
          ["Status akhir", STATE_LABEL[req.state]],
          ["Saluran", CHANNEL_LABEL[req.channel] ?? req.channel],
          ["Diterima", date(req.receivedAt)],
          ["Perangkat daerah", unitName ?? "—"],
          ["Keputusan", req.decision ? DECISION_LABEL[req.decision] : "—"],
          ["Pemberitahuan tertulis", date(req.decidedAt)],
          ["Informasi diserahkan", date(req.handedOverAt)],
          ["Selesai", date(req.closedAt)],
          ["Ditarik", date(req.withdrawnAt)],
          ["Nama pemohon", req.name],
        ],
      },
      { type: "heading", text: "Rincian informasi yang dibutuhkan" },
      { type: "paragraph", text: req.details },
      { type: "heading", text: "Tujuan penggunaan informasi" },
      { type: "paragraph", text: req.purpose },
      { type: "heading", text: "Riwayat permohonan" },
      ...events.map((e) => ({
        type: "paragraph" as const,
        text: `${wibStamp("id", e.at)} — ${eventLabel("id", e.kind)} (${e.actorName})${e.note ? `: ${e.note.slice(0, EVENT_NOTE_MAX)}${e.note.length > EVENT_NOTE_MAX ? "…" : ""}` : ""}`,
      })),
    ],
  });
}

/**
 * Files the case of request `requestId` (already in its final state in this
 * transaction, read again here) into the archive. A code the archive does not
 * know refuses the closing with a message that says where to fix it: nothing
 * is half done.
 */
export async function fileCase(p: Platform, w: Work, requestId: string, law: Law, by: string | null): Promise<{ recordId: string }> {
  const [fresh] = await w.tx.select().from(ppidRequests).where(eq(ppidRequests.id, requestId));
  const [unit] = await w.tx
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(fresh.unitId ? eq(units.id, fresh.unitId) : eq(units.code, PPID_UTAMA_UNIT_CODE));
  if (!unit) throw new Error(`no unit to file PPID case ${fresh.number ?? fresh.id} under (${PPID_UTAMA_UNIT_CODE} missing)`);

  const summary = await summaryPdf(w, fresh, fresh.unitId ? unit.name : null);
  const stored = await p.files.put(summary);
  const files: StoredFile[] = [
    { fileKey: stored.key, name: `ringkasan-${fresh.number ?? fresh.id}.pdf`, mime: "application/pdf", size: stored.size },
  ];
  if (fresh.receiptDocId) {
    // The size is the registered blob's: the file itself is not read.
    const [doc] = await w.tx
      .select({ fileKey: issuedDocuments.fileKey, size: blobs.size })
      .from(issuedDocuments)
      .innerJoin(blobs, eq(blobs.sha256, issuedDocuments.sha256))
      .where(eq(issuedDocuments.id, fresh.receiptDocId));
    if (doc?.fileKey)
      files.push({ fileKey: doc.fileKey, name: `tanda-bukti-${fresh.number}.pdf`, mime: "application/pdf", size: doc.size });
  }
  const attached = await w.tx
    .select({ fileKey: ppidRequestFiles.fileKey, name: ppidRequestFiles.name, mime: ppidRequestFiles.mime, size: ppidRequestFiles.size })
    .from(ppidRequestFiles)
    .where(eq(ppidRequestFiles.requestId, fresh.id))
    .orderBy(asc(ppidRequestFiles.createdAt));
  for (const f of attached) if (!files.some((x) => x.fileKey === f.fileKey)) files.push(f);

  const endedAt = fresh.closedAt ?? fresh.withdrawnAt ?? new Date();
  try {
    return await fileRecord(w, {
      title: `Berkas permohonan informasi ${fresh.number ?? "(belum bernomor)"}`,
      description:
        `${STATE_LABEL[fresh.state]}${fresh.decision ? ` — ${DECISION_LABEL[fresh.decision]}` : ""}. Diterima ${formatCivilDate("id", jakartaDate(fresh.receivedAt))}. ${fresh.details}`.slice(
          0,
          4000,
        ),
      unitId: unit.id,
      recordDate: jakartaDate(endedAt),
      classificationCode: law.caseFileClassification,
      documentType: "Berkas permohonan informasi publik",
      securityClass: "terbatas",
      isPublic: false,
      keywords: ["PPID", "permohonan informasi", fresh.number ?? "", fresh.letterNumber ?? ""].filter(Boolean),
      sourceModule: "ppid",
      sourceRef: fresh.number ?? fresh.id,
      files,
      createdBy: by,
    });
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    const why = Object.values(e.fields ?? {}).join(" ");
    throw new ValidationError(
      {
        state: `Berkas permohonan tidak dapat diberkaskan ke arsip dengan kode klasifikasi ${law.caseFileClassification}: ${why} Perbaiki kode di Pengaturan hukum PPID (/ppid/kelola/hukum). Permohonan belum ditutup.`,
      },
      e.message,
    );
  }
}
