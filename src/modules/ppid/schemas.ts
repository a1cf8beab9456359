/**
 * The input schemas of a request: one definition for the online form, the
 * desk intake and the JSON API (and the OpenAPI document generated from it).
 * Messages in Bahasa Indonesia.
 */
import { z } from "zod";
import { ACCESS_METHODS, COPY_DELIVERIES, REQUESTER_TYPES } from "./schema.ts";

/** NIK: 16 digits whose date part is a real day (day + 40 for women) and month. */
export function plausibleNik(v: string): boolean {
  if (!/^\d{16}$/.test(v) || /^0+$/.test(v)) return false;
  const day = Number(v.slice(6, 8));
  const month = Number(v.slice(8, 10));
  const d = day > 40 ? day - 40 : day;
  return d >= 1 && d <= 31 && month >= 1 && month <= 12 && Number(v.slice(0, 2)) >= 11;
}

const text = (label: string, min: number, max: number) =>
  z
    .string({ error: `Isi ${label}.` })
    .trim()
    .min(1, `Isi ${label}.`)
    .min(min, `${label[0].toUpperCase()}${label.slice(1)} paling sedikit ${min} karakter.`)
    .max(max, `${label[0].toUpperCase()}${label.slice(1)} paling banyak ${max} karakter.`);

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} paling banyak ${max} karakter.`)
    .optional()
    .transform((v) => (v ? v : undefined));

/** Accepts "on"/"true"/"1"/true (a checkbox or JSON boolean). */
const flag = z
  .union([z.boolean(), z.string()])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true" || v === "1");

const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(item));

/** The requester and the request: the fields of domain.md §1.5. */
export const requestFields = z
  .object({
    requesterType: z.enum(REQUESTER_TYPES, { error: "Pilih jenis pemohon: perorangan, badan hukum, atau kelompok." }),
    name: text("nama lengkap", 3, 120),
    nik: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? v.replace(/\s+/g, "") : undefined)),
    legalDocNumber: optionalText(120, "Nomor SK/akta badan hukum"),
    address: text("alamat", 5, 300),
    phone: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? v.replace(/[\s-]/g, "") : undefined))
      .refine((v) => v === undefined || /^(\+62|62|0)\d{7,13}$/.test(v), "Nomor telepon tidak valid, misalnya 0812 3456 7890."),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .optional()
      .transform((v) => (v ? v : undefined))
      .refine(
        (v) => v === undefined || (v.length <= 200 && z.email().safeParse(v).success),
        "Alamat email tidak valid, misalnya nama@contoh.id.",
      ),
    occupation: text("pekerjaan", 2, 100),
    proxy: flag,
    proxyName: optionalText(120, "Nama pemberi kuasa"),
    details: text("rincian informasi yang dibutuhkan", 10, 5000),
    purpose: text("tujuan penggunaan informasi", 5, 2000),
    accessMethods: list(z.enum(ACCESS_METHODS, { error: "Cara memperoleh informasi tidak dikenali." })).refine(
      (v) => v.length > 0,
      "Pilih paling sedikit satu cara memperoleh informasi.",
    ),
    copyDelivery: z
      .enum(COPY_DELIVERIES, { error: "Pilih cara mendapatkan salinan." })
      .optional()
      .or(z.literal("").transform(() => undefined)),
    hideText: flag,
  })
  .superRefine((v, ctx) => {
    if (v.requesterType === "badan_hukum") {
      if (!v.legalDocNumber)
        ctx.addIssue({ code: "custom", path: ["legalDocNumber"], message: "Isi nomor SK/akta pendirian badan hukum." });
    } else if (!v.nik) {
      ctx.addIssue({ code: "custom", path: ["nik"], message: "Isi NIK (16 angka sesuai KTP)." });
    }
    if (v.nik && !plausibleNik(v.nik)) {
      ctx.addIssue({
        code: "custom",
        path: ["nik"],
        message: "NIK harus 16 angka sesuai KTP (periksa kembali tanggal lahir di dalamnya).",
      });
    }
    if (!v.phone && !v.email) {
      ctx.addIssue({ code: "custom", path: ["email"], message: "Isi alamat email atau nomor telepon agar kami dapat menghubungi Anda." });
    }
    if (v.proxy && !v.proxyName) {
      ctx.addIssue({ code: "custom", path: ["proxyName"], message: "Isi nama pemohon yang memberi kuasa." });
    }
    const copies = v.accessMethods.some((m) => m.startsWith("salinan_"));
    if (copies && !v.copyDelivery) {
      ctx.addIssue({ code: "custom", path: ["copyDelivery"], message: "Pilih cara mendapatkan salinan informasi." });
    }
    if (v.copyDelivery === "email" && !v.email) {
      ctx.addIssue({ code: "custom", path: ["email"], message: "Isi alamat email untuk menerima salinan lewat email." });
    }
  });

export type RequestFields = z.infer<typeof requestFields>;

/** The online form adds the statement and the honeypot. */
export const onlineRequestForm = z.intersection(
  requestFields,
  z.object({
    statement: flag.refine((v) => v, "Centang pernyataan bahwa data yang Anda isi benar."),
    /** Honeypot: people never see or fill it. */
    website: z.string().max(0, "Kiriman ditolak.").optional(),
  }),
);

/** A file sent inside JSON (the API): base64 content with its name. */
export const base64File = z.object({
  filename: z.string().trim().min(1, "Isi nama berkas.").max(200, "Nama berkas paling banyak 200 karakter."),
  contentBase64: z
    .string()
    .min(8, "Isi berkas kosong.")
    .max(7_000_000, "Berkas paling besar 5 MB.")
    .regex(/^[A-Za-z0-9+/=\s]+$/, "Isi berkas harus base64."),
});

/** POST /api/v1/requests. */
export const apiRequestBody = z.intersection(
  requestFields,
  z.object({
    identityDocument: base64File.optional(),
    proxyLetter: base64File.optional(),
  }),
);

/** A request received at the desk (walk-in, letter, phone) with its actual receipt time. */
export const deskRequestForm = z.intersection(
  requestFields,
  z.object({
    channel: z.enum(["walk_in", "letter", "phone", "email"], { error: "Pilih saluran permohonan." }),
    receivedDate: z.string({ error: "Isi tanggal diterima." }).regex(/^\d{4}-\d{2}-\d{2}$/, "Tanggal diterima harus tanggal yang benar."),
    receivedTime: z
      .string({ error: "Isi jam diterima." })
      .regex(/^([01]\d|2[0-3])[:.][0-5]\d$/, "Jam diterima dalam bentuk JJ:MM, misalnya 09:30.")
      .transform((v) => v.replace(".", ":")),
    identityChecked: flag,
  }),
);

export const reasonSchema = z.object({ reason: text("alasan", 5, 2000) });
