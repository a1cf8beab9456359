/** Shared set-up of this module's tests (not imported by the app). */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll } from "vitest";
import { createTestPlatform, type TestPlatform } from "../../../test/platform.ts";
import { listUnits } from "../organisation/index.ts";
import type { StaffLookup } from "./jobs.ts";

export async function unitsByCode(t: TestPlatform) {
  const all = await listUnits(t.p.db);
  const get = (code: string) => {
    const u = all.find((x) => x.code === code);
    if (!u) throw new Error(`no unit ${code}`);
    return u;
  };
  return { kominfo: get("DISKOMINFO-SP"), dinkes: get("DINKES"), bkd: get("BKD") };
}

/** Declares the suite's set-up: a fresh test platform and the OPDs the tests use (read them inside tests). */
export function dipSuite() {
  const suite = {} as { t: TestPlatform; u: Awaited<ReturnType<typeof unitsByCode>> };
  beforeAll(async () => {
    suite.t = await createTestPlatform();
    suite.u = await unitsByCode(suite.t);
  });
  afterAll(() => suite.t.close());
  return suite;
}

/** The lookup bootstrap will take from accounts, written here in SQL over its tables. */
export const sqlStaffLookup =
  (t: TestPlatform): StaffLookup =>
  async (role, unitId) => {
    const rows = await t.p.db.execute(
      sql`SELECT DISTINCT u.email, u.name FROM users u JOIN role_assignments r ON r.user_id = u.id
          WHERE r.role = ${role} AND r.revoked_at IS NULL AND u.status = 'active'
          AND ${unitId === null ? sql`r.unit_id IS NULL` : sql`r.unit_id = ${unitId}`}`,
    );
    return (rows as unknown as { rows: { email: string; name: string }[] }).rows;
  };

export const dipForm = (unitId: string, extra: Record<string, string> = {}) => ({
  unitId,
  ringkasan: "Laporan keuangan Dinas Kesehatan Tahun 2025",
  pejabatPenguasa: "Subbagian Keuangan dan Aset",
  penanggungJawab: "Sekretaris Dinas Kesehatan",
  waktuPembuatan: "Maret 2026",
  tempatPembuatan: "Tubei",
  bentuk: "softcopy",
  retensi: "10 tahun (JRA keuangan)",
  kategori: "berkala",
  link: "https://lebongkab.go.id/dokumen/lk-dinkes-2025.pdf",
  tahun: "2025",
  ...extra,
});

export const dikForm = (unitId: string, extra: Record<string, string> = {}) => ({
  unitId,
  informasi: "Data pribadi peserta program bantuan iuran jaminan kesehatan",
  pasal17: "h",
  dasarHukumSektoral: "UU 27/2022 tentang Pelindungan Data Pribadi",
  konsekuensi: "Membuka data mengungkap NIK, alamat, dan kondisi ekonomi perorangan.",
  pertimbanganKepentinganPublik: "Jumlah peserta per desa tetap dibuka; identitas perorangan tidak menambah manfaat publik.",
  keputusan: "tertutup",
  jangkaWaktu: "Tanpa batas waktu",
  "expires-day": "",
  "expires-month": "",
  "expires-year": "",
  dilakukan: "sebelum_permohonan",
  "uji-day": "2",
  "uji-month": "1",
  "uji-year": "2026",
  dokumen: "Daftar peserta PBI JK per desa",
  yangDikecualikan: "NIK, nama, alamat peserta",
  analisisDasarHukum: "Pasal 17 huruf h UU 14/2008 jo. UU 27/2022.",
  kesimpulan: "Dikecualikan: rahasia pribadi; rekap per desa dibuka.",
  tim: "Tim Pertimbangan PPID (uji)",
  ...extra,
});
