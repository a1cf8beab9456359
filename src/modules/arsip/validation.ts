/** The record's description as forms, the API and other modules give it; messages in Bahasa Indonesia. */
import { z } from "zod";
import { SECURITY_CLASSES } from "./schema.ts";

const isCivilDate = (s: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
};

/** Day, month and year fields as a civil date, or "" when any is missing or they make no date. */
export function civilDate(day: string, month: string, year: string): string {
  if (!day.trim() || !month.trim() || !/^\d{4}$/.test(year.trim())) return "";
  const s = `${year.trim()}-${month.trim().padStart(2, "0")}-${day.trim().padStart(2, "0")}`;
  return isCivilDate(s) ? s : "";
}

const flag = z.preprocess((v) => v === true || v === "1" || v === "on" || v === "ya", z.boolean());
const optText = (max: number, msg: string) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), z.string().trim().max(max, msg).optional());

/** Keywords typed with commas or semicolons: trimmed, without repeats, lower case. */
export function normaliseKeywords(v: unknown): string {
  const raw = Array.isArray(v) ? v.join(",") : typeof v === "string" ? v : "";
  const words = raw
    .split(/[,;\n]+/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  return [...new Set(words)].join(", ").slice(0, 1000);
}

export const metadataSchema = z.object({
  title: z.string({ error: "Isi judul arsip." }).trim().min(1, "Isi judul arsip.").max(500, "Judul paling panjang 500 karakter."),
  description: optText(5000, "Uraian paling panjang 5.000 karakter."),
  unitId: z.uuid({ error: "Pilih perangkat daerah pencipta arsip." }),
  recordDate: z
    .string({ error: "Isi tanggal arsip." })
    .refine((s) => s !== "", "Isi tanggal arsip lengkap (tanggal, bulan, tahun).")
    .refine((s) => s === "" || isCivilDate(s), "Tanggal arsip tidak valid.")
    .refine((s) => s === "" || s >= "1900-01-01", "Tanggal arsip terlalu lama (sebelum 1900)."),
  classificationCode: z
    .string({ error: "Isi kode klasifikasi." })
    .trim()
    .regex(/^\d{3}(\.\d{1,3}){0,4}$/, "Kode klasifikasi ditulis seperti 000.5.6.2 (Permendagri 83/2022)."),
  documentType: z
    .string({ error: "Isi jenis naskah." })
    .trim()
    .min(1, "Isi jenis naskah, misalnya surat dinas.")
    .max(120, "Jenis naskah paling panjang 120 karakter."),
  securityClass: z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z.enum(SECURITY_CLASSES, { error: "Pilih kelas keamanan yang tersedia." }).optional(),
  ),
  isPublic: flag.default(false),
  vital: flag.default(false),
  keywords: z.preprocess(normaliseKeywords, z.string()),
  physicalLocation: optText(500, "Lokasi fisik paling panjang 500 karakter."),
});
export type Metadata = z.infer<typeof metadataSchema>;

export const reasonSchema = z.object({
  reason: z
    .string({ error: "Tuliskan alasannya." })
    .trim()
    .min(5, "Tuliskan alasannya (paling sedikit 5 karakter).")
    .max(1000, "Alasan paling panjang 1.000 karakter."),
});
