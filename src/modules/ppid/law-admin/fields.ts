/**
 * The fields of the law data form: one entry per key of lawSchema, with its
 * label, the legal basis it comes from, and whether the value is set by statute
 * (changing such a value departs from UU KIP and must be confirmed).
 */
import { z } from "zod";
import { DEFAULT_LAW, type Law, lawSchema } from "../law.ts";

type Text = { id: string; en: string };

export interface LawField {
  key: keyof Law;
  kind: "days" | "months" | "time" | "bool" | "clarification" | "code";
  label: Text;
  hint: Text;
  /** Set by UU 14/2008: a different value departs from the statute. */
  statutory: boolean;
  min?: number;
  max?: number;
}

export const LAW_GROUPS: { title: Text; keys: (keyof Law)[] }[] = [
  {
    title: { id: "Jangka waktu menurut undang-undang", en: "Statutory periods" },
    keys: ["responseDays", "extensionDays", "objectionWindowDays", "atasanDecisionDays", "disputeWindowDays", "berkalaMonths"],
  },
  { title: { id: "Cara menghitung", en: "How the clock counts" }, keys: ["clarification", "officeHoursEnd", "cutiBersamaIsWorkingDay"] },
  {
    title: { id: "Penanda dan pendaftaran", en: "Flags and registration" },
    keys: ["dueSoonDays", "longOverdueDays", "autoRegisterOnline"],
  },
  { title: { id: "Pemberkasan arsip", en: "Filing in the archive" }, keys: ["caseFileClassification"] },
];

export const LAW_FIELDS: Record<keyof Law, LawField> = {
  responseDays: {
    key: "responseDays",
    kind: "days",
    statutory: true,
    min: 1,
    max: 60,
    label: { id: "Jangka waktu pemberitahuan tertulis (hari kerja)", en: "Written notice due within (working days)" },
    hint: {
      id: "UU 14/2008 Pasal 22 ayat (7): paling lambat 10 hari kerja sejak permohonan diterima.",
      en: "Law 14/2008 Art. 22(7): within 10 working days of receipt.",
    },
  },
  extensionDays: {
    key: "extensionDays",
    kind: "days",
    statutory: true,
    min: 0,
    max: 30,
    label: { id: "Perpanjangan (hari kerja)", en: "Extension (working days)" },
    hint: {
      id: "UU 14/2008 Pasal 22 ayat (8): dapat diperpanjang satu kali paling lama 7 hari kerja dengan alasan tertulis.",
      en: "Law 14/2008 Art. 22(8): one extension of at most 7 working days, with written reasons.",
    },
  },
  objectionWindowDays: {
    key: "objectionWindowDays",
    kind: "days",
    statutory: true,
    min: 1,
    max: 90,
    label: { id: "Batas pengajuan keberatan (hari kerja)", en: "Objection window (working days)" },
    hint: {
      id: "UU 14/2008 Pasal 35 dan Pasal 36 ayat (1): keberatan diajukan paling lambat 30 hari kerja setelah alasannya timbul.",
      en: "Law 14/2008 Art. 35 and 36(1): within 30 working days after its reason arose.",
    },
  },
  atasanDecisionDays: {
    key: "atasanDecisionDays",
    kind: "days",
    statutory: true,
    min: 1,
    max: 90,
    label: { id: "Tanggapan atasan PPID atas keberatan (hari kerja)", en: "Atasan PPID answers an objection within (working days)" },
    hint: {
      id: "UU 14/2008 Pasal 36 ayat (2): tanggapan tertulis paling lambat 30 hari kerja sejak keberatan diterima.",
      en: "Law 14/2008 Art. 36(2): a written answer within 30 working days of receipt.",
    },
  },
  disputeWindowDays: {
    key: "disputeWindowDays",
    kind: "days",
    statutory: true,
    min: 1,
    max: 90,
    label: { id: "Batas pengajuan sengketa ke Komisi Informasi (hari kerja)", en: "Dispute filing window (working days)" },
    hint: {
      id: "UU 14/2008 Pasal 37 ayat (2): paling lambat 14 hari kerja setelah tanggapan atasan PPID diterima.",
      en: "Law 14/2008 Art. 37(2): within 14 working days after the atasan's answer.",
    },
  },
  berkalaMonths: {
    key: "berkalaMonths",
    kind: "months",
    statutory: true,
    min: 1,
    max: 24,
    label: { id: "Informasi berkala diperbarui paling lama setiap (bulan)", en: "Periodic information updated at least every (months)" },
    hint: {
      id: "UU 14/2008 Pasal 9 ayat (4): informasi berkala disampaikan paling singkat 6 bulan sekali.",
      en: "Law 14/2008 Art. 9(4): periodic information at least every 6 months.",
    },
  },
  clarification: {
    key: "clarification",
    kind: "clarification",
    statutory: false,
    label: { id: "Setelah kelengkapan permohonan diterima", en: "After a clarification is received" },
    hint: {
      id: "Perki 1/2021: selama permohonan belum lengkap, waktu berhenti. Pilih apakah waktu dihitung ulang penuh atau dilanjutkan dengan sisa hari.",
      en: "Perki 1/2021: the clock stops while a request is incomplete. Choose whether it restarts in full or resumes with the days left.",
    },
  },
  officeHoursEnd: {
    key: "officeHoursEnd",
    kind: "time",
    statutory: false,
    label: { id: "Jam layanan berakhir (WIB)", en: "Office hours end (WIB)" },
    hint: {
      id: "Perki 1/2021: permohonan yang diterima pada atau setelah jam ini, atau pada hari libur, dihitung diterima pada hari kerja berikutnya. Contoh: 16:00.",
      en: "Perki 1/2021: a request received at or after this time, or on a holiday, counts as received on the next working day. Example: 16:00.",
    },
  },
  cutiBersamaIsWorkingDay: {
    key: "cutiBersamaIsWorkingDay",
    kind: "bool",
    statutory: false,
    label: { id: "Cuti bersama dihitung sebagai hari kerja?", en: "Does cuti bersama count as a working day?" },
    hint: {
      id: "UU 14/2008 menghitung hari kerja; kantor tutup pada cuti bersama (SKB tiga menteri), maka bawaannya: tidak dihitung.",
      en: "Law 14/2008 counts working days; offices close on cuti bersama (joint ministerial decree), so by default it does not count.",
    },
  },
  dueSoonDays: {
    key: "dueSoonDays",
    kind: "days",
    statutory: false,
    min: 0,
    max: 30,
    label: {
      id: "Tanda \u201csegera jatuh tempo\u201d (hari kerja sebelum batas waktu)",
      en: "\u201cDue soon\u201d flag (working days before the due date)",
    },
    hint: {
      id: "Pengaturan internal untuk antrean petugas, bukan ketentuan undang-undang.",
      en: "An internal setting for staff queues, not a statutory value.",
    },
  },
  longOverdueDays: {
    key: "longOverdueDays",
    kind: "days",
    statutory: false,
    min: 1,
    max: 90,
    label: {
      id: "Tanda \u201csangat terlambat\u201d (hari kerja setelah batas waktu)",
      en: "\u201cLong overdue\u201d flag (working days after the due date)",
    },
    hint: {
      id: "Pengaturan internal untuk antrean petugas, bukan ketentuan undang-undang.",
      en: "An internal setting for staff queues, not a statutory value.",
    },
  },
  autoRegisterOnline: {
    key: "autoRegisterOnline",
    kind: "bool",
    statutory: false,
    label: { id: "Permohonan daring yang lengkap langsung diregistrasi?", en: "Register complete online requests at once?" },
    hint: {
      id: "Perki 1/2021: permohonan dicatat dan diberi nomor pendaftaran. Jika tidak, petugas layanan meregistrasinya dari meja layanan.",
      en: "Perki 1/2021: requests are recorded and numbered. If not, the desk registers them.",
    },
  },
  caseFileClassification: {
    key: "caseFileClassification",
    kind: "code",
    statutory: false,
    label: { id: "Kode klasifikasi arsip berkas permohonan", en: "Archive classification code of request case files" },
    hint: {
      id: "Permendagri 83/2022: permohonan yang selesai atau ditarik diberkaskan ke arsip dengan kode ini; retensinya mengikuti JRA kode itu (500.12.18.1 Pelayanan Informasi).",
      en: "Permendagri 83/2022: closed and withdrawn requests are filed in the archive under this code, with that code's retention (500.12.18.1 Pelayanan Informasi).",
    },
  },
};

export const LAW_KEYS = Object.keys(DEFAULT_LAW) as (keyof Law)[];
export const STATUTORY_KEYS = LAW_KEYS.filter((k) => LAW_FIELDS[k].statutory);
/** The keys that change how the response clock counts: a change recomputes every open request. */
export const CLOCK_KEYS: (keyof Law)[] = ["responseDays", "extensionDays", "clarification", "officeHoursEnd", "cutiBersamaIsWorkingDay"];

/** How a value reads on the page. */
export function showValue(key: keyof Law, v: Law[keyof Law], lang: "id" | "en" = "id"): string {
  const f = LAW_FIELDS[key];
  if (f.kind === "bool") return v ? (lang === "id" ? "Ya" : "Yes") : lang === "id" ? "Tidak" : "No";
  if (f.kind === "clarification") {
    if (lang === "en") return v === "restart" ? "Restart in full" : "Resume with the days left";
    return v === "restart" ? "Dihitung ulang penuh" : "Dilanjutkan dengan sisa hari";
  }
  if (f.kind === "time") return `${v} WIB`;
  if (f.kind === "code") return String(v);
  if (f.kind === "months") return `${v} ${lang === "id" ? "bulan" : "months"}`;
  return `${v} ${lang === "id" ? "hari kerja" : "working days"}`;
}

const count = (f: LawField) =>
  z
    .string({ error: `Isi ${f.label.id.toLowerCase()}.` })
    .trim()
    .regex(/^\d{1,3}$/, `${f.label.id} harus berupa bilangan bulat, misalnya ${DEFAULT_LAW[f.key]}.`)
    .transform(Number)
    .pipe(
      z
        .number()
        .min(f.min ?? 0, `${f.label.id} paling sedikit ${f.min}.`)
        .max(f.max ?? 999, `${f.label.id} paling banyak ${f.max}.`),
    );

const yesNo = (f: LawField) =>
  z.enum(["ya", "tidak"], { error: `Pilih Ya atau Tidak untuk \u201c${f.label.id}\u201d.` }).transform((v) => v === "ya");

/** The form as submitted (strings) → a Law, the reason and the confirmation. Messages in Bahasa Indonesia. */
export const lawForm = z.object({
  responseDays: count(LAW_FIELDS.responseDays),
  extensionDays: count(LAW_FIELDS.extensionDays),
  objectionWindowDays: count(LAW_FIELDS.objectionWindowDays),
  atasanDecisionDays: count(LAW_FIELDS.atasanDecisionDays),
  disputeWindowDays: count(LAW_FIELDS.disputeWindowDays),
  berkalaMonths: count(LAW_FIELDS.berkalaMonths),
  clarification: z.enum(["restart", "resume"], { error: "Pilih cara menghitung waktu setelah kelengkapan diterima." }),
  officeHoursEnd: z
    .string({ error: "Isi jam layanan berakhir." })
    .trim()
    .regex(/^([01]\d|2[0-3])[:.][0-5]\d$/, "Jam layanan berakhir dalam bentuk JJ:MM, misalnya 16:00.")
    .transform((v) => v.replace(".", ":")),
  cutiBersamaIsWorkingDay: yesNo(LAW_FIELDS.cutiBersamaIsWorkingDay),
  dueSoonDays: count(LAW_FIELDS.dueSoonDays),
  longOverdueDays: count(LAW_FIELDS.longOverdueDays),
  autoRegisterOnline: yesNo(LAW_FIELDS.autoRegisterOnline),
  caseFileClassification: z
    .string({ error: "Isi kode klasifikasi arsip berkas permohonan." })
    .trim()
    .regex(/^\d{3}(\.\d{1,3}){0,5}$/, "Kode klasifikasi ditulis seperti 500.12.18.1 (angka dipisah titik)."),
  reason: z
    .string({ error: "Isi alasan perubahan." })
    .trim()
    .min(1, "Isi alasan perubahan.")
    .min(5, "Alasan perubahan paling sedikit 5 karakter.")
    .max(2000, "Alasan perubahan paling banyak 2000 karakter."),
  confirmDeparture: z
    .union([z.boolean(), z.string()])
    .optional()
    .transform((v) => v === true || v === "on" || v === "ya"),
});

/** The form values that show a Law (GET, or a form shown again). */
export function formOfLaw(law: Law): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of LAW_KEYS) {
    const v = law[k];
    out[k] = typeof v === "boolean" ? (v ? "ya" : "tidak") : String(v);
  }
  return out;
}

/** Splits the parsed form into the Law (checked once more against lawSchema) and the rest. */
export function lawOfForm(f: z.infer<typeof lawForm>): Law {
  const { reason: _r, confirmDeparture: _c, ...values } = f;
  return lawSchema.parse(values);
}

/** Statutory keys whose value differs from the statute. */
export const departures = (law: Law) => STATUTORY_KEYS.filter((k) => law[k] !== DEFAULT_LAW[k]);
