/** What the staff forms accept, with the messages in Bahasa Indonesia. */
import { z } from "zod";
import { addDays, jakartaDate } from "../../platform/calendar/index.ts";
import { MAX_YEARS_LAW_ENFORCEMENT, PERMANENT_GROUNDS } from "./law.ts";
import { DIP_BENTUK, DIP_KATEGORI, PASAL17_LETTERS, UJI_DILAKUKAN } from "./schema.ts";

/** A real `YYYY-MM-DD` between 2000 and 2100. */
export function realDate(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3] && +m[1] >= 2000 && +m[1] <= 2100;
}

/** `YYYY-MM-DD` from a date input's three fields; "" when all are empty. */
export function civilDateOf(day: string, month: string, year: string): string {
  if (!day.trim() && !month.trim() && !year.trim()) return "";
  const pad = (s: string) => (s.trim().length === 1 ? `0${s.trim()}` : s.trim());
  return `${year.trim()}-${pad(month)}-${pad(day)}`;
}

const text = (min: number, max: number, empty: string, long: string) => z.string({ error: empty }).trim().min(min, empty).max(max, long);

const optionalText = (max: number, long: string) =>
  z
    .string()
    .trim()
    .max(max, long)
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .optional();

const uuidOf = (msg: string) => z.uuid({ error: msg });

export const dipSchema = z.object({
  unitId: uuidOf("Pilih perangkat daerah yang menguasai informasi ini."),
  ringkasan: text(5, 1000, "Tuliskan ringkasan isi informasi (minimal 5 karakter).", "Ringkasan paling banyak 1.000 karakter."),
  pejabatPenguasa: text(3, 300, "Tuliskan pejabat atau unit yang menguasai informasi.", "Pejabat atau unit paling banyak 300 karakter."),
  penanggungJawab: text(
    3,
    300,
    "Tuliskan penanggung jawab pembuatan atau penerbitan informasi.",
    "Penanggung jawab paling banyak 300 karakter.",
  ),
  waktuPembuatan: text(
    2,
    100,
    "Tuliskan waktu pembuatan, misalnya “Maret 2026” atau “setiap triwulan”.",
    "Waktu pembuatan paling banyak 100 karakter.",
  ),
  tempatPembuatan: text(2, 200, "Tuliskan tempat pembuatan, misalnya “Tubei”.", "Tempat pembuatan paling banyak 200 karakter."),
  bentuk: z.enum(DIP_BENTUK, { error: "Pilih bentuk informasi yang tersedia." }),
  retensi: text(
    2,
    200,
    "Tuliskan jangka waktu penyimpanan, misalnya “2 tahun aktif, 3 tahun inaktif (JRA)”.",
    "Jangka waktu penyimpanan paling banyak 200 karakter.",
  ),
  kategori: z.enum(DIP_KATEGORI, { error: "Pilih kategori informasi: berkala, serta merta, atau setiap saat." }),
  link: z
    .string()
    .trim()
    .max(500, "Tautan paling banyak 500 karakter.")
    .refine((v) => v === "" || /^https?:\/\/[^\s]+$/.test(v), "Tautan harus diawali http:// atau https://")
    .transform((v) => (v === "" ? null : v))
    .nullable()
    .optional(),
  tahun: z.coerce
    .number({ error: "Isi tahun dengan 4 angka, misalnya 2026." })
    .int("Isi tahun dengan 4 angka, misalnya 2026.")
    .min(2000, "Tahun paling awal 2000.")
    .max(2100, "Isi tahun dengan 4 angka, misalnya 2026."),
  /** "ya": the content itself was brought up to date (resets the berkala clock). */
  diperbarui: z
    .string()
    .optional()
    .transform((v) => v === "ya"),
});
export type DipInput = z.infer<typeof dipSchema>;

const civil = (empty: string) =>
  z
    .string({ error: empty })
    .refine((v) => v !== "", empty)
    .refine(realDate, "Isi tanggal yang benar, misalnya 31 12 2027.");

export const dikSchema = z
  .object({
    unitId: uuidOf("Pilih perangkat daerah yang menguasai informasi ini."),
    informasi: text(5, 1000, "Tuliskan informasi yang dikecualikan (minimal 5 karakter).", "Informasi paling banyak 1.000 karakter."),
    pasal17: z.enum(PASAL17_LETTERS, { error: "Pilih dasar pengecualian menurut Pasal 17 UU KIP." }),
    dasarHukumSektoral: optionalText(500, "Dasar hukum sektoral paling banyak 500 karakter."),
    konsekuensi: text(
      10,
      2000,
      "Uraikan akibat bila informasi dibuka (minimal 10 karakter).",
      "Uraian akibat paling banyak 2.000 karakter.",
    ),
    pertimbanganKepentinganPublik: text(
      10,
      2000,
      "Uraikan pertimbangan kepentingan publik: mengapa menutup melindungi kepentingan yang lebih besar (minimal 10 karakter).",
      "Pertimbangan paling banyak 2.000 karakter.",
    ),
    keputusan: z.enum(["tertutup", "terbuka_sebagian"], { error: "Pilih keputusan: tertutup atau terbuka sebagian." }),
    jangkaWaktu: text(2, 200, "Tuliskan jangka waktu pengecualian, misalnya “5 tahun”.", "Jangka waktu paling banyak 200 karakter."),
    expiresOn: z.string().refine((v) => v === "" || realDate(v), "Isi tanggal berakhir yang benar, misalnya 31 12 2030."),
    dilakukan: z.enum(UJI_DILAKUKAN, { error: "Pilih kapan uji konsekuensi dilakukan." }),
    dokumen: text(5, 2000, "Sebutkan dokumen yang diuji (minimal 5 karakter).", "Daftar dokumen paling banyak 2.000 karakter."),
    yangDikecualikan: text(
      5,
      2000,
      "Sebutkan dengan tepat bagian yang dikecualikan (minimal 5 karakter).",
      "Bagian yang dikecualikan paling banyak 2.000 karakter.",
    ),
    analisisDasarHukum: text(
      10,
      2000,
      "Tuliskan analisis dasar hukumnya (minimal 10 karakter).",
      "Analisis dasar hukum paling banyak 2.000 karakter.",
    ),
    kesimpulan: text(5, 1000, "Tuliskan kesimpulan uji konsekuensi (minimal 5 karakter).", "Kesimpulan paling banyak 1.000 karakter."),
    tim: text(3, 500, "Tuliskan nama anggota tim penguji.", "Nama tim paling banyak 500 karakter."),
    tanggalUji: civil("Isi tanggal uji konsekuensi."),
  })
  .superRefine((v, ctx) => {
    const today = jakartaDate(Date.now());
    if (v.pasal17 === "j" && !v.dasarHukumSektoral) {
      ctx.addIssue({
        code: "custom",
        path: ["dasarHukumSektoral"],
        message: "Untuk huruf j, sebutkan undang-undang yang menutup informasi ini.",
      });
    }
    if (v.expiresOn === "" && !PERMANENT_GROUNDS.includes(v.pasal17)) {
      ctx.addIssue({
        code: "custom",
        path: ["expiresOn"],
        message: "Isi tanggal berakhir: pengecualian tidak permanen, kecuali Pasal 17 huruf g dan h (Pasal 20 UU KIP).",
      });
    }
    if (v.expiresOn !== "" && realDate(v.expiresOn) && v.expiresOn <= today) {
      ctx.addIssue({ code: "custom", path: ["expiresOn"], message: "Tanggal berakhir harus sesudah hari ini." });
    }
    const max = addDays(today, Math.floor(365.25 * MAX_YEARS_LAW_ENFORCEMENT));
    if (v.pasal17 === "a" && v.expiresOn > max) {
      ctx.addIssue({ code: "custom", path: ["expiresOn"], message: "Pengecualian huruf a paling lama 30 tahun." });
    }
    if (realDate(v.tanggalUji) && v.tanggalUji > today) {
      ctx.addIssue({ code: "custom", path: ["tanggalUji"], message: "Tanggal uji konsekuensi tidak boleh sesudah hari ini." });
    }
  });
export type DikInput = z.infer<typeof dikSchema>;

export const approveSchema = z.object({
  nomorSk: text(3, 100, "Tuliskan nomor SK penetapan.", "Nomor SK paling banyak 100 karakter."),
  tanggalPenetapan: civil("Isi tanggal penetapan.").refine(
    (v) => v <= jakartaDate(Date.now()),
    "Tanggal penetapan tidak boleh sesudah hari ini.",
  ),
  tempatPenetapan: text(2, 100, "Tuliskan tempat penetapan, misalnya “Tubei”.", "Tempat penetapan paling banyak 100 karakter."),
  pejabat: text(3, 200, "Tuliskan nama dan jabatan pejabat yang menetapkan.", "Nama dan jabatan paling banyak 200 karakter."),
});

const reasonOf = (empty: string) => text(5, 1000, empty, "Alasan paling banyak 1.000 karakter.");
export const returnSchema = z.object({ note: reasonOf("Tuliskan apa yang perlu diperbaiki (minimal 5 karakter).") });
export const revokeSchema = z.object({ reason: reasonOf("Tuliskan alasan pencabutan (minimal 5 karakter).") });

const part = (label: string) =>
  text(10, 4000, `Isi bagian ${label} (minimal 10 karakter).`, `Bagian ${label} paling banyak 4.000 karakter.`);
export const maklumatSchema = z.object({
  dasarHukum: part("dasar hukum"),
  prosedur: part("prosedur pelayanan"),
  jangkaWaktu: part("jangka waktu"),
  biaya: part("biaya"),
  jaminan: part("jaminan pelayanan"),
  evaluasi: part("evaluasi kinerja"),
});
export type MaklumatInput = z.infer<typeof maklumatSchema>;

/** Rows of the fee form (item_N, satuan_N, tarif_N); blank rows are dropped. */
export const BIAYA_ROWS = 8;
export function parseBiaya(values: Record<string, unknown>): {
  items: { item: string; satuan: string; tarif: number | null }[];
  errors: Record<string, string>;
} {
  const items: { item: string; satuan: string; tarif: number | null }[] = [];
  const errors: Record<string, string> = {};
  const s = (k: string) => (typeof values[k] === "string" ? (values[k] as string).trim() : "");
  for (let i = 0; i < BIAYA_ROWS; i++) {
    const item = s(`item_${i}`);
    const satuan = s(`satuan_${i}`);
    const tarif = s(`tarif_${i}`).replace(/[.\s]/g, "");
    if (!item && !satuan && !tarif) continue;
    if (item.length < 3 || item.length > 200) errors[`item_${i}`] = `Baris ${i + 1}: tuliskan jenis layanan (3–200 karakter).`;
    if (satuan.length < 2 || satuan.length > 50) errors[`satuan_${i}`] = `Baris ${i + 1}: tuliskan satuannya, misalnya “lembar”.`;
    if (tarif && (!/^\d{1,9}$/.test(tarif) || Number(tarif) > 1_000_000)) {
      errors[`tarif_${i}`] =
        `Baris ${i + 1}: tarif ditulis dengan angka rupiah, misalnya 500; kosongkan bila mengikuti tarif jasa pengiriman.`;
    }
    items.push({ item, satuan, tarif: tarif ? Number(tarif) : null });
  }
  if (items.length === 0) errors.item_0 = "Isi paling sedikit satu baris standar biaya.";
  return { items, errors };
}
