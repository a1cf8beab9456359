/** The PDFs of an objection: the tanda terima and the Atasan PPID's decision letter, both registered for verification. */

import { eq } from "drizzle-orm";
import { formatCivilDate, jakartaDate, wibStamp } from "../../platform/calendar/index.ts";
import type { Platform } from "../../platform/context.ts";
import { renderPdfDocument } from "../../platform/pdf/index.ts";
import { issueDocument, renderDocument } from "../../platform/verification/index.ts";
import { inTransaction, SYSTEM_ACTOR, type Work } from "../../platform/work.ts";
import { getRequest, type Law, LETTERHEAD, loadLaw, type PpidRequest } from "../ppid/index.ts";
import { addObjectionEvent, loadObjectionForUpdate, type Objection } from "./case.ts";
import { REASON_LABEL } from "./reasons.ts";
import { keberatan, type Reason } from "./schema.ts";

export const DECISION_LABEL: Record<string, string> = {
  dikabulkan: "Keberatan dikabulkan",
  dikabulkan_sebagian: "Keberatan dikabulkan sebagian",
  ditolak: "Keberatan ditolak",
};

const identity = (k: Objection, req: PpidRequest) => [
  ["Nama pemohon", req.name] as [string, string],
  ["Alamat", req.address] as [string, string],
  ["Kuasa pemohon", k.proxyName ?? "—"] as [string, string],
  ["Nomor pendaftaran permohonan", req.number ?? "—"] as [string, string],
];

const reasonsText = (k: Objection) => (k.reasons as Reason[]).map((r) => `(${r}) ${REASON_LABEL[r]}`).join("\n");

/** Renders and registers the tanda terima of a filed objection (idempotent). */
export async function issueObjectionReceipt(p: Platform, id: string): Promise<string | null> {
  // Rendered before the transaction, as the request's tanda bukti is: the transaction then holds the
  // objection's row (and on PGlite the whole database) only for the inserts. A receipt issued
  // meanwhile by another worker wins, and this rendering is dropped.
  const [k] = await p.db.select().from(keberatan).where(eq(keberatan.id, id));
  if (!k || k.receiptDocId) return k?.receiptDocId ?? null;
  const req = await getRequest(p.db, k.requestId);
  if (!req) return null;
  const law = await loadLaw(p.db);
  const prepared = await renderDocument(p, (verifyUrl, documentId) =>
    renderPdfDocument({
      letterhead: LETTERHEAD,
      title: "TANDA TERIMA PERNYATAAN KEBERATAN ATAS PERMOHONAN INFORMASI",
      subtitle: `Nomor registrasi keberatan ${k.number}`,
      verifyUrl,
      documentId,
      author: "PPID Pemerintah Kabupaten Lebong",
      subject: "Tanda terima keberatan (UU 14/2008 Pasal 35–36, Perki 1/2021)",
      blocks: [
        {
          type: "fields",
          rows: [
            ["Nomor registrasi keberatan", k.number],
            ["Diterima", wibStamp("id", k.receivedAt)],
            ["Saluran", k.channel === "desk" ? "Loket/surat" : "Formulir daring"],
            ["Batas waktu tanggapan Atasan PPID", formatCivilDate("id", k.dueOn)],
            ...identity(k, req),
          ],
        },
        { type: "heading", text: "Informasi yang diminta" },
        { type: "paragraph", text: req.details },
        { type: "heading", text: "Tujuan penggunaan informasi" },
        { type: "paragraph", text: k.purpose },
        { type: "heading", text: "Alasan pengajuan keberatan (Pasal 35 ayat (1) UU 14/2008)" },
        { type: "paragraph", text: reasonsText(k) },
        { type: "heading", text: "Kasus posisi" },
        { type: "paragraph", text: k.kasusPosisi },
        {
          type: "paragraph",
          text: `Atasan PPID wajib memberikan tanggapan tertulis atas keberatan ini paling lambat ${law.atasanDecisionDays} hari kerja sejak keberatan diterima (UU 14/2008 Pasal 36 ayat (2)). Keaslian tanda terima ini dapat diperiksa lewat kode QR di bawah.`,
        },
      ],
    }),
  );
  return inTransaction(p, SYSTEM_ACTOR, async (w) => {
    const locked = await loadObjectionForUpdate(w, id);
    if (locked.receiptDocId) return locked.receiptDocId;
    const issued = await issueDocument(w, p, {
      kind: "Tanda terima keberatan informasi",
      title: `Tanda terima keberatan ${locked.number}`,
      subjectType: "keberatan",
      subjectId: locked.id,
      prepared,
    });
    await w.tx.update(keberatan).set({ receiptDocId: issued.document.id }).where(eq(keberatan.id, id));
    await addObjectionEvent(w, id, SYSTEM_ACTOR, { kind: "receipt_issued", data: { documentId: issued.document.id } });
    return issued.document.id;
  });
}

/** Renders and registers the decision letter in the deciding transaction; returns its document id. */
export async function issueDecisionLetter(w: Work, p: Platform, k: Objection, req: PpidRequest, law: Law): Promise<string> {
  const decidedAt = k.decidedAt ?? new Date();
  const issued = await issueDocument(w, p, {
    kind: "Tanggapan Atasan PPID atas keberatan",
    title: `Tanggapan atas keberatan ${k.number}`,
    subjectType: "keberatan",
    subjectId: k.id,
    render: (verifyUrl, documentId) =>
      renderPdfDocument({
        letterhead: LETTERHEAD,
        title: "TANGGAPAN ATASAN PPID ATAS KEBERATAN",
        subtitle: `Nomor registrasi keberatan ${k.number}`,
        verifyUrl,
        documentId,
        author: "Atasan PPID Pemerintah Kabupaten Lebong",
        subject: "Tanggapan tertulis atas keberatan (UU 14/2008 Pasal 36)",
        blocks: [
          {
            type: "fields",
            rows: [
              ["Nomor registrasi keberatan", k.number],
              ["Tanggal keberatan diterima", formatCivilDate("id", jakartaDate(k.receivedAt))],
              ...identity(k, req),
            ],
          },
          { type: "heading", text: "Alasan pengajuan keberatan" },
          { type: "paragraph", text: reasonsText(k) },
          { type: "heading", text: "Keputusan" },
          { type: "paragraph", text: DECISION_LABEL[k.decision ?? ""] ?? "" },
          { type: "heading", text: "Pertimbangan" },
          { type: "paragraph", text: k.decisionText ?? "" },
          {
            type: "paragraph",
            text: `Apabila Saudara tidak puas dengan tanggapan ini, Saudara dapat mengajukan permohonan penyelesaian sengketa informasi kepada Komisi Informasi Provinsi Bengkulu paling lambat ${law.disputeWindowDays} hari kerja sejak tanggapan ini diterima (UU 14/2008 Pasal 37).`,
          },
          {
            type: "fields",
            rows: [
              ["Ditetapkan di", "Tubei"],
              ["Pada tanggal", formatCivilDate("id", jakartaDate(decidedAt))],
              ["Atasan PPID", `${k.decidedByName ?? ""}`],
              ["Jabatan", k.decidedByPosition ?? ""],
            ],
          },
        ],
      }),
  });
  return issued.document.id;
}
