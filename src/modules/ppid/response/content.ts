/**
 * What a response (tanggapan) holds: the decision and the minimum content of
 * the pemberitahuan tertulis for it (domain.md §1.6), as typed by the PPID
 * Pelaksana and stored in ppid_responses.content. One zod schema for the form,
 * with messages in Bahasa Indonesia.
 */
import { z } from "zod";
import { INFORMATION_STATUSES } from "../schema.ts";
import { DECISIONS, type Decision } from "../states.ts";

export const BENTUK = ["softcopy", "hardcopy"] as const;
export const BENTUK_LABEL: Record<string, string> = {
  softcopy: "Salinan elektronik (softcopy)",
  hardcopy: "Salinan cetak (hardcopy)",
};

/** Cara penyampaian: how the information reaches the requester. */
export const PENYAMPAIAN = ["email", "ambil_langsung", "pos", "kurir", "faksimili", "melihat_di_kantor"] as const;
export const PENYAMPAIAN_LABEL: Record<string, string> = {
  email: "Dikirim lewat email",
  ambil_langsung: "Diambil langsung di kantor PPID",
  pos: "Dikirim lewat pos",
  kurir: "Dikirim lewat kurir",
  faksimili: "Dikirim lewat faksimili",
  melihat_di_kantor: "Melihat/membaca langsung di kantor PPID",
};

/** Redaction rows offered on the form (no script needed to add rows). */
export const REDACTION_ROWS = 6;
/** Larger documents are refused: redaction takes about a second a page, inside the officer's request. */
export const MAX_REDACT_PAGES = 20;

/** A DIK entry as cited by a response (a copy taken when drafted; refreshed at approval). */
export interface CitedExemption {
  id: string;
  nomor: string;
  pasal17: string;
  informasi: string;
  dasarHukumSektoral: string | null;
  konsekuensi: string;
  jangkaWaktu: string;
  expiresOn: string | null;
  ujiKonsekuensiSummary: string | null;
}

/** The notice-side summary of a redacted document: reasons with pages and counts, never the withheld words. */
export interface RedactionSummary {
  /** ppid_request_files ids: the original (lampiran, staff only) and the redacted copy (informasi_redaksi). */
  originalFileId: string;
  originalFileKey: string;
  redactedFileId: string;
  fileName: string;
  pageCount: number;
  pagesRasterized: number[];
  reasons: { reason: string; pages: number[]; count: number }[];
  /** Rules that matched nothing (staff only: the officer's own phrases). */
  unmatched: { text: string; dikId: string }[];
  /** The officer's rules, kept (staff only) so a returned draft can be redacted again. */
  rules: { text: string; dikId: string }[];
}

export interface ResponseContent {
  informationStatus: (typeof INFORMATION_STATUSES)[number];
  bentuk?: string[];
  biaya?: number;
  caraPembayaran?: string;
  caraPenyampaian?: string;
  waktuPenyampaian?: string;
  exemptions?: CitedExemption[];
  alasan?: string;
  pemegang?: string;
  tersediaPada?: string;
  redaction?: RedactionSummary;
  /** Everyone who drafted, changed or submitted it: none of them may approve it. */
  contributors: string[];
}

export const isGrant = (d: Decision) => d === "dikabulkan_seluruhnya" || d === "dikabulkan_sebagian";

const list = (v: unknown) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]);
const opt = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} paling banyak ${max} karakter.`)
    .optional()
    .transform((v) => (v ? v : undefined));

/** "Rp 25.000", "25000", "0" → 25000; anything else is refused. */
const rupiah = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx) => {
    if (!v) return undefined;
    const digits = v.replace(/^rp\.?\s*/i, "").replace(/[.\s]/g, "");
    if (!/^\d{1,9}$/.test(digits)) {
      ctx.addIssue({ code: "custom", message: "Biaya ditulis dalam rupiah tanpa sen, misalnya 25000 atau 0 bila gratis." });
      return z.NEVER;
    }
    return Number(digits);
  });

/** The draft form as posted (redaction rows come as redaksi-N-teks / redaksi-N-dik). */
export const draftForm = z
  .object({
    decision: z.enum(DECISIONS, { error: "Pilih keputusan atas permohonan ini." }),
    informationStatus: z.enum(INFORMATION_STATUSES, {
      error: "Pilih status informasi: dikuasai, belum didokumentasikan, atau tidak dikuasai.",
    }),
    bentuk: z.preprocess(list, z.array(z.enum(BENTUK, { error: "Pilih bentuk informasi yang tersedia." }))),
    biaya: rupiah,
    caraPembayaran: opt(300, "Cara pembayaran"),
    caraPenyampaian: z
      .enum(PENYAMPAIAN, { error: "Pilih cara penyampaian informasi." })
      .optional()
      .or(z.literal("").transform(() => undefined)),
    waktuPenyampaian: opt(300, "Waktu penyampaian"),
    dik: z.preprocess(list, z.array(z.uuid({ error: "Pilihan daftar informasi yang dikecualikan tidak dikenal." }))),
    alasan: opt(3000, "Alasan penolakan"),
    pemegang: opt(300, "Badan publik yang menguasai informasi"),
    tersediaPada: opt(300, "Waktu informasi tersedia"),
    redactions: z.array(z.object({ text: z.string(), dikId: z.string() })),
  })
  .superRefine((f, ctx) => {
    const need = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    const expected =
      f.decision === "tidak_dikuasai" ? "tidak_dikuasai" : f.decision === "belum_didokumentasikan" ? "belum_didokumentasikan" : "dikuasai";
    if (f.informationStatus !== expected) {
      need(
        "informationStatus",
        expected === "dikuasai"
          ? "Informasi yang dikabulkan atau ditolak harus berstatus dikuasai."
          : `Keputusan ini berarti status informasi "${expected.replace("_", " ")}".`,
      );
    }
    if (isGrant(f.decision)) {
      if (f.bentuk.length === 0) need("bentuk", "Pilih bentuk informasi: softcopy, hardcopy, atau keduanya.");
      if (f.biaya === undefined) need("biaya", "Isi biaya dalam rupiah (0 bila gratis).");
      else if (f.biaya > 0 && !f.caraPembayaran) need("caraPembayaran", "Tuliskan cara pembayaran biaya salinan.");
      if (!f.caraPenyampaian) need("caraPenyampaian", "Pilih cara penyampaian informasi.");
      if (!f.waktuPenyampaian) need("waktuPenyampaian", "Tuliskan kapan informasi disampaikan, misalnya paling lambat 3 hari kerja.");
    }
    if (f.decision === "ditolak") {
      if (f.dik.length === 0) {
        need(
          "dik",
          "Penolakan wajib menyebut sedikitnya satu informasi dalam Daftar Informasi yang Dikecualikan (Pasal 17 dan uji konsekuensi).",
        );
      }
      if (!f.alasan || f.alasan.length < 20) need("alasan", "Tuliskan alasan penolakan (paling sedikit 20 karakter).");
    }
    if (f.decision === "tidak_dikuasai" && !f.pemegang) {
      need("pemegang", 'Tuliskan badan publik yang menguasai informasi, atau "tidak diketahui".');
    }
    if (f.decision === "belum_didokumentasikan" && !f.tersediaPada) need("tersediaPada", "Tuliskan kapan informasi akan tersedia.");
    if (f.decision === "dikabulkan_sebagian") {
      f.redactions.forEach((r, i) => {
        const text = r.text.trim();
        if (text && !r.dikId) need(`redaksi-${i + 1}-dik`, `Baris redaksi ${i + 1}: pilih alasan pengecualian (DIK).`);
        if (!text && r.dikId) need(`redaksi-${i + 1}-teks`, `Baris redaksi ${i + 1}: tuliskan kata atau frasa yang dihitamkan.`);
        if (text.length > 200) need(`redaksi-${i + 1}-teks`, `Baris redaksi ${i + 1}: frasa paling banyak 200 karakter.`);
      });
    }
  });

export type DraftInput = z.infer<typeof draftForm>;

/** Picks the redaction rows out of a posted form. */
export function redactionRows(values: Record<string, unknown>): { text: string; dikId: string }[] {
  const rows: { text: string; dikId: string }[] = [];
  for (let i = 1; i <= 50; i++) {
    const text = values[`redaksi-${i}-teks`];
    const dikId = values[`redaksi-${i}-dik`];
    if (text === undefined && dikId === undefined) {
      if (i > REDACTION_ROWS) break;
      continue;
    }
    rows.push({ text: typeof text === "string" ? text : "", dikId: typeof dikId === "string" ? dikId : "" });
  }
  return rows;
}

/** The label a redaction box and the notice show for a DIK entry. */
export const exemptionReason = (e: Pick<CitedExemption, "pasal17" | "nomor">) => `Pasal 17 huruf ${e.pasal17} UU 14/2008 (DIK ${e.nomor})`;

/** The exception period as the notice states it. */
export function exemptionPeriod(e: Pick<CitedExemption, "jangkaWaktu" | "expiresOn">, formatDate: (d: string) => string): string {
  return e.expiresOn ? `${e.jangkaWaktu} (sampai ${formatDate(e.expiresOn)})` : e.jangkaWaktu;
}
