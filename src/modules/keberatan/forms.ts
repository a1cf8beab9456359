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

/** A civil date YYYY-MM-DD that exists in the calendar (no 31 February), between 2000 and 2100. */
export const realDate = (v: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || v < "2000-01-01" || v > "2100-12-31") return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};

const date = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || realDate(v), `${label} harus tanggal yang benar: isi tanggal, bulan, dan tahun, misalnya 20 7 2026.`);

/**
 * Joins the day, month and year boxes of a DateInput named `name` into
 * YYYY-MM-DD ("" when all three are empty; a part left empty makes the date invalid).
 */
export function joinDate(values: Record<string, unknown>, name: string): string {
  const part = (k: string) => (typeof values[`${name}-${k}`] === "string" ? (values[`${name}-${k}`] as string).trim() : "");
  const [d, m, y] = [part("day"), part("month"), part("year")];
  if (!d && !m && !y) return "";
  const pad = (s: string) => (s.length === 1 ? `0${s}` : s);
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Splits a stored YYYY-MM-DD into the boxes of a DateInput (day and month without a leading zero). */
export function dateParts(v: string | null | undefined): { day: string; month: string; year: string } {
  const [year = "", month = "", day = ""] = (v ?? "").split("-");
  return { day: day ? String(Number(day)) : "", month: month ? String(Number(month)) : "", year };
}

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

/** The dates of a dispute, in the order they happen (each a DateInput on the case page). */
export const SENGKETA_DATES = ["filedOn", "mediasiOn", "ajudikasiOn", "putusanOn", "selesaiOn", "courtFiledOn", "courtDecidedOn"] as const;
export type SengketaDate = (typeof SENGKETA_DATES)[number];

export const SENGKETA_DATE_LABEL: Record<SengketaDate, string> = {
  filedOn: "Tanggal pengajuan ke Komisi Informasi",
  mediasiOn: "Tanggal mediasi",
  ajudikasiOn: "Tanggal sidang ajudikasi",
  putusanOn: "Tanggal putusan Komisi Informasi",
  selesaiOn: "Tanggal selesai",
  courtFiledOn: "Tanggal gugatan didaftarkan di pengadilan",
  courtDecidedOn: "Tanggal putusan pengadilan",
};

/** The form's values with each dispute date's three boxes joined into YYYY-MM-DD (a date sent whole is kept). */
export function withSengketaDates(values: Record<string, unknown>): Record<string, unknown> {
  const out = { ...values };
  for (const name of SENGKETA_DATES) if (values[name] === undefined) out[name] = joinDate(values, name);
  return out;
}

/** Each later date against the earlier ones it may not precede. */
const ORDER: [SengketaDate, SengketaDate[]][] = [
  ["mediasiOn", ["filedOn"]],
  ["ajudikasiOn", ["filedOn", "mediasiOn"]],
  ["putusanOn", ["filedOn", "mediasiOn", "ajudikasiOn"]],
  ["selesaiOn", ["filedOn", "mediasiOn", "ajudikasiOn", "putusanOn"]],
  ["courtFiledOn", ["filedOn", "putusanOn"]],
  ["courtDecidedOn", ["courtFiledOn"]],
];

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export const sengketaForm = z
  .object({
    filedOn: date(SENGKETA_DATE_LABEL.filedOn).refine((v) => v !== undefined, "Isi tanggal pengajuan ke Komisi Informasi."),
    registerNumber: optional(120, "Nomor register"),
    stage: z.enum(SENGKETA_STAGES, { error: "Pilih tahap sengketa." }),
    mediasiOn: date(SENGKETA_DATE_LABEL.mediasiOn),
    ajudikasiOn: date(SENGKETA_DATE_LABEL.ajudikasiOn),
    putusanOn: date(SENGKETA_DATE_LABEL.putusanOn),
    selesaiOn: date(SENGKETA_DATE_LABEL.selesaiOn),
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
    courtFiledOn: date(SENGKETA_DATE_LABEL.courtFiledOn),
    courtRegisterNumber: optional(120, "Nomor perkara"),
    courtDecidedOn: date(SENGKETA_DATE_LABEL.courtDecidedOn),
    courtOutcome: optional(4000, "Putusan pengadilan"),
  })
  .superRefine((v, ctx) => {
    const need = (field: keyof typeof v, ok: boolean, message: string) => {
      if (!ok) ctx.addIssue({ code: "custom", path: [field], message });
    };
    need("putusanOn", v.stage !== "putusan" || Boolean(v.putusanOn), "Isi tanggal putusan Komisi Informasi.");
    need("result", v.stage !== "selesai" || Boolean(v.result), "Pilih hasil sengketa yang sudah selesai.");
    need("courtType", !v.courtFiledOn || Boolean(v.courtType), "Pilih pengadilan tempat gugatan diajukan (PTUN atau PN).");
    need(
      "courtFiledOn",
      !v.courtFiledOn || Boolean(v.putusanOn),
      "Gugatan ke pengadilan diajukan atas putusan Komisi Informasi: isi tanggal putusan Komisi Informasi lebih dulu.",
    );
    need("courtDecidedOn", !v.courtDecidedOn || Boolean(v.courtFiledOn), "Isi tanggal gugatan didaftarkan sebelum tanggal putusannya.");
    for (const [later, earlier] of ORDER) {
      const at = v[later];
      const before = earlier.find((e) => at && v[e] && at < (v[e] as string));
      if (before) need(later, false, `${SENGKETA_DATE_LABEL[later]} tidak boleh sebelum ${lower(SENGKETA_DATE_LABEL[before])}.`);
    }
  });
export type SengketaFields = z.infer<typeof sengketaForm>;
