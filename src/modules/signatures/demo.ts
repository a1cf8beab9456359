import { eq } from "drizzle-orm";
import { deadlineFromReceipt, explain, formatCivilDate, jakartaTime, loadCalendar } from "../../platform/calendar/index.ts";
import type { Platform } from "../../platform/context.ts";
import { renderPdfDocument } from "../../platform/pdf/index.ts";
import { issueDocument, issuedDocuments } from "../../platform/verification/index.ts";
import { inTransaction, SYSTEM_ACTOR } from "../../platform/work.ts";
import { getUnitBySlug } from "../organisation/index.ts";

export const DEMO_DOCUMENT_KIND = "contoh.tanda_bukti_permohonan";

/**
 * Issues one example document (only when none exists yet) so that a newcomer can
 * try /verifikasi: scan its QR code, download it, upload it, change a byte.
 * Returns the new id, or null when the example already exists.
 */
export async function seedDemoDocuments(p: Platform, now: Date = new Date()): Promise<string | null> {
  const [existing] = await p.db
    .select({ id: issuedDocuments.id })
    .from(issuedDocuments)
    .where(eq(issuedDocuments.kind, DEMO_DOCUMENT_KIND))
    .limit(1);
  if (existing) return null;
  const unit = await getUnitBySlug(p.db, "diskominfo-sp");
  const deadline = deadlineFromReceipt(await loadCalendar(p.db), now, 10);
  const title = "Contoh: Tanda Bukti Permohonan Informasi";
  const issued = await inTransaction(p, SYSTEM_ACTOR, (w) =>
    issueDocument(w, p, {
      kind: DEMO_DOCUMENT_KIND,
      title,
      unitId: unit?.id ?? null,
      subjectType: "demo",
      render: (verifyUrl, id) =>
        renderPdfDocument({
          letterhead: ["PEMERINTAH KABUPATEN LEBONG", unit?.name ?? "Pejabat Pengelola Informasi dan Dokumentasi (PPID)"],
          title,
          subtitle: "DOKUMEN CONTOH untuk demonstrasi — bukan dokumen resmi",
          author: unit?.name ?? "Pemerintah Kabupaten Lebong",
          createdAt: now,
          verifyUrl,
          documentId: id,
          blocks: [
            {
              type: "fields",
              rows: [
                ["Nomor pendaftaran", "CONTOH/001/PPID/2026"],
                ["Nama pemohon", "Contoh: Budi Santoso"],
                ["Informasi yang diminta", "Contoh: Daftar Informasi Publik Dinas Kominfo SP tahun berjalan"],
                ["Diterima", `${formatCivilDate("id", deadline.receipt.receivedDate)} pukul ${jakartaTime(now).replace(":", ".")} WIB`],
                ["Batas waktu pemberitahuan tertulis", formatCivilDate("id", deadline.due)],
              ],
            },
            { type: "heading", text: "Cara batas waktu dihitung" },
            ...explain(deadline, "id").map((text) => ({ type: "paragraph" as const, text })),
            { type: "heading", text: "Catatan" },
            {
              type: "paragraph",
              text: "Sesuai Pasal 22 ayat (7) UU No. 14 Tahun 2008 tentang Keterbukaan Informasi Publik, pemberitahuan tertulis disampaikan paling lambat 10 hari kerja sejak permohonan diterima dan dapat diperpanjang paling lama 7 hari kerja dengan alasan tertulis.",
            },
            {
              type: "paragraph",
              text: "Dokumen ini adalah contoh. Pindai kode QR di bawah atau buka alamat verifikasi untuk memeriksa keasliannya; unggah berkas ini di halaman Verifikasi Dokumen untuk memastikan isinya tidak diubah.",
            },
          ],
        }),
    }),
  );
  return issued.document.id;
}
