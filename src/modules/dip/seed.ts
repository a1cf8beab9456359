/** Demo rows for the DIP and DIK of Diskominfo SP and Dinas Kesehatan (demo data only; marked as examples). */
import { count } from "drizzle-orm";
import { addDays, jakartaDate } from "../../platform/calendar/index.ts";
import type { Platform } from "../../platform/context.ts";
import { inTransaction, SYSTEM_ACTOR } from "../../platform/work.ts";
import { listUnits } from "../organisation/index.ts";
import { dikItems, dipItems, ujiKonsekuensi } from "./schema.ts";

const DEMO_PROPOSER = "00000000-0000-4000-8000-00000000d1b0";

/** Seeds once (when the DIP is empty); returns how many DIP rows it added. */
export async function seedDipDemo(p: Platform): Promise<number> {
  const [{ n }] = await p.db.select({ n: count() }).from(dipItems);
  if (n > 0) return 0;
  const units = await listUnits(p.db);
  const kominfo = units.find((u) => u.code === "DISKOMINFO-SP");
  const dinkes = units.find((u) => u.code === "DINKES");
  if (!kominfo || !dinkes) return 0;
  const months = (m: number) => new Date(Date.now() - m * 30.5 * 86_400_000);
  const today = jakartaDate(Date.now());
  const year = Number(today.slice(0, 4));
  const base = { tempatPembuatan: "Tubei", createdBy: null } as const;
  const rows: (typeof dipItems.$inferInsert)[] = [
    {
      ...base,
      unitId: kominfo.id,
      nomor: 1,
      ringkasan: "Profil Dinas Komunikasi, Informatika, Statistik dan Persandian: tugas, fungsi, struktur organisasi, dan pejabat",
      pejabatPenguasa: "Sekretariat Diskominfo SP",
      penanggungJawab: "Sekretaris Dinas",
      waktuPembuatan: `Januari ${year}`,
      bentuk: "softcopy",
      retensi: "Selama berlaku (diperbarui bila ada perubahan)",
      kategori: "berkala",
      tahun: year,
      lastUpdatedAt: months(1),
    },
    {
      ...base,
      unitId: kominfo.id,
      nomor: 2,
      ringkasan: "Rencana Strategis (Renstra) Diskominfo SP 2025–2029",
      pejabatPenguasa: "Subbagian Perencanaan dan Keuangan",
      penanggungJawab: "Kepala Dinas Komunikasi, Informatika, Statistik dan Persandian",
      waktuPembuatan: "Juni 2025",
      bentuk: "keduanya",
      retensi: "5 tahun aktif, 5 tahun inaktif, permanen (JRA)",
      kategori: "setiap_saat",
      tahun: 2025,
      lastUpdatedAt: months(8),
    },
    {
      ...base,
      unitId: kominfo.id,
      nomor: 3,
      ringkasan: "Laporan Kinerja Instansi Pemerintah (LKjIP) Diskominfo SP Tahun 2024",
      pejabatPenguasa: "Subbagian Perencanaan dan Keuangan",
      penanggungJawab: "Sekretaris Dinas",
      waktuPembuatan: "Maret 2025",
      bentuk: "softcopy",
      retensi: "2 tahun aktif, 3 tahun inaktif (JRA)",
      kategori: "berkala",
      tahun: 2024,
      lastUpdatedAt: months(9),
    },
    {
      ...base,
      unitId: kominfo.id,
      nomor: 4,
      ringkasan: "Keputusan Bupati tentang Pejabat Pengelola Informasi dan Dokumentasi (PPID) Kabupaten Lebong",
      pejabatPenguasa: "Bidang Informasi dan Komunikasi Publik",
      penanggungJawab: "PPID Utama Kabupaten Lebong",
      waktuPembuatan: "Februari 2025",
      bentuk: "keduanya",
      retensi: "Permanen (JRA)",
      kategori: "setiap_saat",
      tahun: 2025,
      lastUpdatedAt: months(10),
    },
    {
      ...base,
      unitId: dinkes.id,
      nomor: 1,
      ringkasan: "Cakupan imunisasi dasar lengkap per puskesmas",
      pejabatPenguasa: "Bidang Pencegahan dan Pengendalian Penyakit",
      penanggungJawab: "Kepala Bidang P2P",
      waktuPembuatan: "Setiap semester",
      bentuk: "softcopy",
      retensi: "2 tahun aktif, 3 tahun inaktif (JRA)",
      kategori: "berkala",
      tahun: year,
      lastUpdatedAt: months(2),
    },
    {
      ...base,
      unitId: dinkes.id,
      nomor: 2,
      ringkasan: "Peringatan dini dan imbauan kejadian luar biasa (KLB) demam berdarah dengue",
      pejabatPenguasa: "Bidang Pencegahan dan Pengendalian Penyakit",
      penanggungJawab: "Kepala Dinas Kesehatan",
      waktuPembuatan: "Saat terjadi",
      bentuk: "keduanya",
      retensi: "1 tahun aktif, 2 tahun inaktif (JRA)",
      kategori: "serta_merta",
      tahun: year,
      lastUpdatedAt: months(0.5),
    },
    {
      ...base,
      unitId: dinkes.id,
      nomor: 3,
      ringkasan: "Standar operasional prosedur (SOP) pelayanan di puskesmas",
      pejabatPenguasa: "Bidang Pelayanan Kesehatan",
      penanggungJawab: "Kepala Bidang Pelayanan Kesehatan",
      waktuPembuatan: "Agustus 2024",
      bentuk: "hardcopy",
      retensi: "Selama berlaku",
      kategori: "setiap_saat",
      tahun: 2024,
      lastUpdatedAt: months(14),
    },
    {
      ...base,
      unitId: dinkes.id,
      nomor: 4,
      ringkasan: "Laporan realisasi anggaran Dinas Kesehatan Semester I 2025",
      pejabatPenguasa: "Subbagian Keuangan dan Aset",
      penanggungJawab: "Sekretaris Dinas Kesehatan",
      waktuPembuatan: "Juli 2025",
      bentuk: "softcopy",
      retensi: "10 tahun (JRA keuangan)",
      kategori: "berkala",
      tahun: 2025,
      lastUpdatedAt: months(7),
    },
  ];
  await inTransaction(p, SYSTEM_ACTOR, async (w) => {
    await w.tx.insert(dipItems).values(rows);
    const [rekam] = await w.tx
      .insert(dikItems)
      .values({
        nomor: `DIK-${year}-001`,
        unitId: dinkes.id,
        informasi: "Rekam medis dan data kesehatan pribadi pasien puskesmas",
        pasal17: "h",
        dasarHukumSektoral: "UU 17/2023 tentang Kesehatan (rahasia kesehatan pribadi pasien)",
        konsekuensi: "Membuka rekam medis mengungkap rahasia pribadi pasien dan dapat menimbulkan stigma serta diskriminasi.",
        pertimbanganKepentinganPublik:
          "Kepentingan publik terpenuhi oleh data agregat (jumlah kasus per puskesmas) yang tetap terbuka; identitas pasien tidak menambah manfaat bagi publik.",
        keputusan: "tertutup",
        jangkaWaktu: "Tanpa batas waktu (Pasal 20 UU 14/2008)",
        expiresOn: null,
        pejabat: "Kepala Diskominfo SP selaku PPID Utama (contoh)",
        tempatPenetapan: "Tubei",
        tanggalPenetapan: addDays(today, -60),
        nomorSk: "488/012/PPID/2026 (contoh)",
        status: "ditetapkan",
        proposedBy: DEMO_PROPOSER,
      })
      .returning();
    const [sandi] = await w.tx
      .insert(dikItems)
      .values({
        nomor: `DIK-${year}-002`,
        unitId: kominfo.id,
        informasi: "Konfigurasi jaringan, kata sandi, dan kunci kriptografi sistem elektronik Pemerintah Kabupaten Lebong",
        pasal17: "c",
        dasarHukumSektoral: "PP 71/2019 tentang Penyelenggaraan Sistem dan Transaksi Elektronik",
        konsekuensi: "Membuka konfigurasi dan kunci memudahkan serangan siber terhadap layanan publik dan data warga.",
        pertimbanganKepentinganPublik: "Keamanan layanan dan data seluruh warga lebih besar daripada manfaat membuka rincian teknis ini.",
        keputusan: "tertutup",
        jangkaWaktu: "5 tahun sejak penetapan",
        expiresOn: addDays(today, 5 * 365),
        pejabat: "Kepala Diskominfo SP selaku PPID Utama (contoh)",
        tempatPenetapan: "Tubei",
        tanggalPenetapan: addDays(today, -30),
        nomorSk: "488/013/PPID/2026 (contoh)",
        status: "ditetapkan",
        proposedBy: DEMO_PROPOSER,
      })
      .returning();
    const uji = {
      dilakukan: "sebelum_permohonan" as const,
      analisisDasarHukum: "Memenuhi unsur Pasal 17 UU 14/2008 dan peraturan sektoral yang disebut.",
      tim: "Tim Pertimbangan PPID Kabupaten Lebong (contoh)",
    };
    await w.tx.insert(ujiKonsekuensi).values([
      {
        ...uji,
        dikId: rekam.id,
        dokumen: "Berkas rekam medis elektronik dan kartu pasien puskesmas",
        yangDikecualikan: "Identitas pasien, diagnosis, dan riwayat pengobatan perorangan",
        analisisKerugian: rekam.konsekuensi,
        pertimbanganKepentinganPublik: rekam.pertimbanganKepentinganPublik,
        kesimpulan: "Dikecualikan: rahasia pribadi; data agregat tetap dibuka.",
        tanggal: addDays(today, -75),
      },
      {
        ...uji,
        dikId: sandi.id,
        dokumen: "Dokumen konfigurasi jaringan, daftar akun, berkas kunci persandian",
        yangDikecualikan: "Alamat internal, kata sandi, kunci privat, dan aturan firewall",
        analisisKerugian: sandi.konsekuensi,
        pertimbanganKepentinganPublik: sandi.pertimbanganKepentinganPublik,
        kesimpulan: "Dikecualikan selama 5 tahun; kebijakan keamanan informasi tetap terbuka.",
        tanggal: addDays(today, -45),
      },
    ]);
    await w.audit({ action: "dip.demo_seeded", subjectType: "reference", after: { dip: rows.length, dik: 2 } });
  });
  return rows.length;
}
