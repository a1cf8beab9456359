/**
 * The pemberitahuan tertulis (written notice) of a decision, with the minimum
 * content of domain.md §1.6: the requester and the request, the decision, and
 * for a grant the form, fee and payment, delivery and timing; for a refusal
 * the Pasal 17 ground, the uji konsekuensi result and the exception period;
 * for a partial grant each redaction reason with its pages and count — never
 * the withheld words (they are not even passed in); and the right to object.
 */
import { formatCivilDate, jakartaDate } from "../../platform/calendar/index.ts";
import { type PdfBlock, renderPdfDocument } from "../../platform/pdf/index.ts";
import type { PpidRequest } from "./case.ts";
import { LETTERHEAD } from "./jobs.ts";
import { INFORMATION_STATUS_LABEL } from "./labels.ts";
import {
  BENTUK_LABEL,
  type CitedExemption,
  exemptionPeriod,
  isGrant,
  PENYAMPAIAN_LABEL,
  type ResponseContent,
} from "./response/content.ts";
import { DECISION_LABEL, type Decision } from "./states.ts";

export interface NoticeInput {
  request: Pick<
    PpidRequest,
    "number" | "letterNumber" | "name" | "address" | "occupation" | "phone" | "email" | "details" | "purpose" | "proxyName"
  >;
  decision: Decision;
  content: Omit<ResponseContent, "contributors">;
  /** Pasal 17 letter → its words (the DIK module's PASAL17). */
  pasal17Labels: Record<string, string>;
  unitName: string | null;
  approver: { name: string };
  decidedAt: Date;
  /** Objection window in working days (law data). */
  objectionDays: number;
}

export const NOTICE_KIND = "ppid.pemberitahuan_tertulis";

export function noticeTitle(d: Decision): string {
  return d === "ditolak" ? "SURAT KEPUTUSAN PPID TENTANG PENOLAKAN PERMOHONAN INFORMASI" : "PEMBERITAHUAN TERTULIS";
}

const rupiah = (n: number) => (n === 0 ? "Tidak dipungut biaya (gratis)" : `Rp${n.toLocaleString("id-ID")}`);

function exemptionBlocks(list: CitedExemption[], labels: Record<string, string>): PdfBlock[] {
  return list.flatMap((e, i): PdfBlock[] => [
    { type: "paragraph", text: `${i + 1}. ${e.informasi} (DIK ${e.nomor})` },
    {
      type: "fields",
      rows: [
        ["Dasar pengecualian", `Pasal 17 huruf ${e.pasal17} UU 14/2008: ${labels[e.pasal17] ?? ""}`],
        ...(e.dasarHukumSektoral ? [["Dasar hukum sektoral", e.dasarHukumSektoral] as [string, string]] : []),
        ["Konsekuensi bila dibuka", e.konsekuensi],
        ["Hasil uji konsekuensi", e.ujiKonsekuensiSummary ?? "—"],
        ["Jangka waktu pengecualian", exemptionPeriod(e, (d) => formatCivilDate("id", d))],
      ],
    },
  ]);
}

/** The blocks of the notice (exported for tests and the staff preview). */
export function noticeBlocks(n: NoticeInput): PdfBlock[] {
  const r = n.request;
  const c = n.content;
  const blocks: PdfBlock[] = [
    { type: "heading", text: "Identitas pemohon" },
    {
      type: "fields",
      rows: [
        ["Nomor pendaftaran", r.number ?? "—"],
        ["Nama", r.name],
        ...(r.proxyName ? [["Kuasa dari", r.proxyName] as [string, string]] : []),
        ["Alamat", r.address],
        ["Pekerjaan", r.occupation],
        ["Telepon", r.phone ?? "—"],
        ["Email", r.email ?? "—"],
      ],
    },
    { type: "heading", text: "Informasi yang diminta" },
    { type: "paragraph", text: r.details },
    { type: "heading", text: "Keputusan" },
    {
      type: "fields",
      rows: [
        ["Keputusan", DECISION_LABEL[n.decision]],
        ["Status informasi", INFORMATION_STATUS_LABEL[c.informationStatus] ?? c.informationStatus],
        ...(n.unitName ? [["Unit yang menguasai", n.unitName] as [string, string]] : []),
      ],
    },
  ];
  if (isGrant(n.decision)) {
    blocks.push({
      type: "fields",
      rows: [
        ["Bentuk informasi", (c.bentuk ?? []).map((b) => BENTUK_LABEL[b] ?? b).join("; ")],
        ["Biaya", rupiah(c.biaya ?? 0)],
        ["Cara pembayaran", (c.biaya ?? 0) > 0 ? (c.caraPembayaran ?? "—") : "Tidak ada pembayaran"],
        ["Cara penyampaian", PENYAMPAIAN_LABEL[c.caraPenyampaian ?? ""] ?? c.caraPenyampaian ?? "—"],
        ["Waktu penyampaian", c.waktuPenyampaian ?? "—"],
      ],
    });
  }
  if (n.decision === "dikabulkan_sebagian" && c.redaction) {
    blocks.push(
      { type: "heading", text: "Bagian informasi yang dihitamkan (redaksi)" },
      {
        type: "paragraph",
        text: `Sebagian isi dokumen "${c.redaction.fileName}" dikecualikan dan telah dihapus dari salinan yang diberikan. Alasan setiap bagian yang dihitamkan:`,
      },
      ...c.redaction.reasons.map(
        (x, i): PdfBlock => ({
          type: "paragraph",
          text: `${i + 1}. ${x.reason}: ${x.count} bagian pada halaman ${x.pages.join(", ")}.`,
        }),
      ),
    );
    if (c.exemptions?.length) {
      blocks.push({ type: "heading", text: "Dasar pengecualian dan uji konsekuensi" }, ...exemptionBlocks(c.exemptions, n.pasal17Labels));
    }
  }
  if (n.decision === "ditolak") {
    blocks.push(
      { type: "heading", text: "Alasan penolakan" },
      { type: "paragraph", text: c.alasan ?? "" },
      { type: "paragraph", text: "Informasi yang diminta termasuk informasi yang dikecualikan:" },
      ...exemptionBlocks(c.exemptions ?? [], n.pasal17Labels),
    );
  }
  if (n.decision === "tidak_dikuasai") {
    blocks.push({
      type: "fields",
      rows: [["Badan publik yang menguasai informasi", c.pemegang ?? "Tidak diketahui"]],
    });
  }
  if (n.decision === "belum_didokumentasikan") {
    blocks.push({ type: "fields", rows: [["Informasi akan tersedia", c.tersediaPada ?? "—"]] });
  }
  blocks.push(
    { type: "heading", text: "Hak mengajukan keberatan" },
    {
      type: "paragraph",
      text: `Apabila Saudara tidak puas dengan keputusan ini, Saudara dapat mengajukan keberatan kepada Atasan PPID Pemerintah Kabupaten Lebong paling lambat ${n.objectionDays} hari kerja sejak pemberitahuan tertulis ini diterima (UU 14/2008 Pasal 35 dan 36).`,
    },
    { type: "spacer" },
    {
      type: "fields",
      rows: [
        ["Tanggal", formatCivilDate("id", jakartaDate(n.decidedAt))],
        ["Pejabat", n.approver.name],
        ["Jabatan", "PPID Utama Pemerintah Kabupaten Lebong"],
      ],
    },
  );
  return blocks;
}

/** Renders the notice as a registered document's PDF (called from issueDocument's render). */
export function renderNotice(n: NoticeInput, verifyUrl: string, documentId: string): Promise<Uint8Array> {
  return renderPdfDocument({
    letterhead: LETTERHEAD,
    title: noticeTitle(n.decision),
    subtitle: `Nomor ${n.request.letterNumber ?? "—"} · Nomor pendaftaran ${n.request.number ?? "—"}`,
    blocks: noticeBlocks(n),
    verifyUrl,
    documentId,
    author: `${n.approver.name}, PPID Utama Pemerintah Kabupaten Lebong`,
    subject: `Pemberitahuan tertulis atas permohonan informasi ${n.request.number ?? ""} (UU 14/2008 Pasal 22)`,
    createdAt: n.decidedAt,
  });
}
