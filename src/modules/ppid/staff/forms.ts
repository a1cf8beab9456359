/** The input of the staff actions on a request, with messages in Bahasa Indonesia. */
import { z } from "zod";
import { ValidationError } from "../../../platform/http/errors.ts";

const cap = (s: string) => `${s[0].toUpperCase()}${s.slice(1)}`;

/** Required text with a length range. */
export const requiredText = (label: string, min: number, max: number) =>
  z
    .string({ error: `Isi ${label}.` })
    .trim()
    .min(1, `Isi ${label}.`)
    .min(min, `${cap(label)} paling sedikit ${min} karakter.`)
    .max(max, `${cap(label)} paling banyak ${max} karakter.`);

/** Optional text (empty becomes undefined). */
export const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${cap(label)} paling banyak ${max} karakter.`)
    .optional()
    .transform((v) => (v ? v : undefined));

export const assignForm = z.object({
  unitId: z.uuid({ error: "Pilih OPD yang menguasai informasi." }),
  reason: optionalText("alasan pengalihan", 2000),
});

export const clarificationForm = z.object({
  message: requiredText("pesan kepada pemohon", 10, 3000),
});

export const clarificationAnswerForm = z.object({
  answer: requiredText("ringkasan jawaban pemohon", 5, 3000),
  receivedDate: z
    .string({ error: "Isi tanggal jawaban diterima." })
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Tanggal jawaban diterima harus tanggal yang benar."),
  receivedTime: z
    .string({ error: "Isi jam jawaban diterima." })
    .regex(/^([01]?\d|2[0-3])[:.][0-5]\d$/, "Jam diterima dalam bentuk JJ:MM, misalnya 09:30.")
    .transform((v) => v.replace(".", ":").padStart(5, "0")),
});

export const extendForm = z.object({
  reason: requiredText("alasan perpanjangan", 10, 2000),
});

export const noteForm = z.object({
  note: requiredText("catatan", 2, 3000),
});

export const closeForm = z.object({
  note: optionalText("catatan penutupan", 2000),
});

/** A reference to a published document: "Judul | https://…" or just the address. */
export interface Reference {
  title: string;
  url: string;
}

export function parseReferences(raw: string | undefined): Reference[] {
  const out: Reference[] = [];
  const lines = (raw ?? "")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length > 20) throw new ValidationError({ references: "Paling banyak 20 rujukan dokumen." });
  for (const [i, line] of lines.entries()) {
    const m = /(https?:\/\/\S+)/.exec(line);
    const url = m?.[1];
    if (!url || !z.url({ protocol: /^https?$/ }).safeParse(url).success) {
      throw new ValidationError({
        references: `Rujukan baris ${i + 1} harus memuat alamat dokumen yang diawali http:// atau https://, misalnya "Laporan Keuangan 2025 | https://lebongkab.go.id/dokumen/lk-2025.pdf".`,
      });
    }
    const title = line
      .replace(url, "")
      .replace(/^[\s|:–—-]+|[\s|:–—-]+$/g, "")
      .trim();
    out.push({ title: title || url, url });
  }
  return out;
}

/** Rupiah as typed: "15000", "15.000", "Rp 15.000". Empty is free (0). */
export function parseRupiah(raw: string | undefined): number {
  const s = (raw ?? "").trim().replace(/^rp\.?\s*/i, "");
  if (!s) return 0;
  if (!/^\d{1,3}(\.\d{3})*$|^\d+$/.test(s)) {
    throw new ValidationError({ fee: "Biaya diisi dengan angka rupiah tanpa sen, misalnya 15000 atau 15.000." });
  }
  const n = Number(s.replace(/\./g, ""));
  if (!Number.isSafeInteger(n) || n > 100_000_000) throw new ValidationError({ fee: "Biaya paling banyak Rp100.000.000." });
  return n;
}

export const handOverForm = z.object({
  references: optionalText("rujukan dokumen", 5000),
  fee: z.string().optional(),
  paymentNote: optionalText("keterangan pembayaran", 1000),
  note: optionalText("keterangan penyerahan", 2000),
});

/** Joins the three parts of a DateInput into YYYY-MM-DD ("" when any part is missing or not a number). */
export function joinDate(day: unknown, month: unknown, year: unknown): string {
  const parts = [year, month, day].map((v) => (typeof v === "string" ? v.trim() : ""));
  if (parts.some((v) => !/^\d+$/.test(v))) return "";
  const [y, m, d] = parts;
  if (y.length !== 4) return "";
  return `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
}
