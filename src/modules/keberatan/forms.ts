/** Input schemas of the keberatan forms, with messages in Bahasa Indonesia. */
import { z } from "zod";
import { OBJECTION_DECISIONS, REASONS, SENGKETA_RESULTS, SENGKETA_STAGES } from "./schema.ts";

const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(item));

const optional = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} paling banyak ${max} karakter.`)
    .optional()
    .transform((v) => (v ? v : undefined));

const date = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine(
      (v) => v === undefined || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))),
      `${label} harus tanggal yang benar.`,
    );

/** What the requester writes: the reasons (Pasal 35(1)), the case, the purpose. */
export const objectionFields = z.object({
  reasons: list(z.enum(REASONS, { error: "Pilih alasan dari daftar." }))
    .refine((v) => v.length > 0, "Pilih paling sedikit satu alasan pengajuan keberatan.")
    .transform((v) => [...new Set(v)].sort()),
  kasusPosisi: z
    .string({ error: "Tuliskan kasus posisi." })
    .trim()
    .min(10, "Tuliskan kasus posisi (paling sedikit 10 karakter).")
    .max(4000, "Kasus posisi paling banyak 4000 karakter."),
  purpose: z
    .string({ error: "Tuliskan tujuan penggunaan informasi." })
    .trim()
    .min(3, "Tuliskan tujuan penggunaan informasi.")
    .max(1000, "Tujuan penggunaan informasi paling banyak 1000 karakter."),
  proxyName: optional(120, "Nama kuasa"),
  email: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v.toLowerCase() : undefined))
    .refine((v) => v === undefined || z.email().safeParse(v).success, "Alamat email tidak valid, misalnya nama@contoh.id."),
  phone: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v.replace(/[\s-]/g, "") : undefined))
    .refine((v) => v === undefined || /^(\+62|62|0)\d{7,13}$/.test(v), "Nomor telepon tidak valid, misalnya 0812 3456 7890."),
});
export type ObjectionFields = z.infer<typeof objectionFields>;

const ref = {
  nomor: z
    .string({ error: "Isi nomor pendaftaran permohonan." })
    .trim()
    .toUpperCase()
    .regex(/^PPID-\d{4}-\d{6}$/, "Nomor pendaftaran permohonan berbentuk PPID-2026-000123."),
};

/** The public form: the request by its number (and the tracking code unless signed in as its owner). */
export const publicObjectionForm = objectionFields.extend({
  ...ref,
  kode: z.string().trim().max(64, "Kode pelacakan tidak valid.").optional(),
  website: z.string().max(0, "Kiriman ditolak.").optional(),
});

/** The desk: the actual receipt date and time. */
export const deskObjectionForm = objectionFields.extend({
  ...ref,
  receivedDate: z.string({ error: "Isi tanggal keberatan diterima." }).regex(/^\d{4}-\d{2}-\d{2}$/, "Isi tanggal keberatan diterima."),
  receivedTime: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || "09:00")
    .refine((v) => /^([01]\d|2[0-3]):[0-5]\d$/.test(v), "Jam diterima berbentuk JJ:MM, misalnya 09:30."),
});

export const forwardForm = z.object({ note: optional(1000, "Catatan") });

export const decisionForm = z.object({
  decision: z.enum(OBJECTION_DECISIONS, { error: "Pilih keputusan: dikabulkan, dikabulkan sebagian, atau ditolak." }),
  decisionText: z
    .string({ error: "Tuliskan pertimbangan keputusan." })
    .trim()
    .min(20, "Tuliskan pertimbangan keputusan (paling sedikit 20 karakter).")
    .max(8000, "Pertimbangan paling banyak 8000 karakter."),
  position: z
    .string({ error: "Isi jabatan Atasan PPID." })
    .trim()
    .min(3, "Isi jabatan Atasan PPID.")
    .max(200, "Jabatan paling banyak 200 karakter."),
});

export const responseForm = z.object({
  response: z.enum(["puas", "tidak_puas"], { error: "Pilih apakah pemohon puas atau tidak puas dengan tanggapan Atasan PPID." }),
});

export const sengketaForm = z
  .object({
    filedOn: date("Tanggal pengajuan ke Komisi Informasi").refine((v) => v !== undefined, "Isi tanggal pengajuan ke Komisi Informasi."),
    registerNumber: optional(120, "Nomor register"),
    stage: z.enum(SENGKETA_STAGES, { error: "Pilih tahap sengketa." }),
    mediasiOn: date("Tanggal mediasi"),
    ajudikasiOn: date("Tanggal ajudikasi"),
    putusanOn: date("Tanggal putusan"),
    selesaiOn: date("Tanggal selesai"),
    result: z
      .string()
      .optional()
      .transform((v) => (v ? v : undefined))
      .pipe(z.enum(SENGKETA_RESULTS, { error: "Pilih hasil sengketa dari daftar." }).optional()),
    outcome: optional(4000, "Amar putusan/hasil"),
    courtType: z
      .string()
      .optional()
      .transform((v) => (v ? v : undefined))
      .pipe(z.enum(["ptun", "pn"], { error: "Pilih PTUN atau PN." }).optional()),
    courtFiledOn: date("Tanggal gugatan ke pengadilan"),
    courtRegisterNumber: optional(120, "Nomor perkara"),
    courtDecidedOn: date("Tanggal putusan pengadilan"),
    courtOutcome: optional(4000, "Putusan pengadilan"),
  })
  .superRefine((v, ctx) => {
    const need = (field: keyof typeof v, ok: boolean, message: string) => {
      if (!ok) ctx.addIssue({ code: "custom", path: [field], message });
    };
    need("putusanOn", v.stage !== "putusan" || Boolean(v.putusanOn), "Isi tanggal putusan Komisi Informasi.");
    need("result", v.stage !== "selesai" || Boolean(v.result), "Pilih hasil sengketa yang sudah selesai.");
    need("courtType", !v.courtFiledOn || Boolean(v.courtType), "Pilih pengadilan tempat gugatan diajukan (PTUN atau PN).");
    for (const k of ["mediasiOn", "ajudikasiOn", "putusanOn", "selesaiOn", "courtFiledOn"] as const) {
      need(k, !v[k] || !v.filedOn || v[k] >= v.filedOn, "Tanggal ini tidak boleh sebelum tanggal pengajuan sengketa.");
    }
  });
export type SengketaFields = z.infer<typeof sengketaForm>;
