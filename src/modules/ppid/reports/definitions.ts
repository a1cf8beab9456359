/**
 * How every published figure is computed, in Bahasa Indonesia: shown on the
 * statistics page, in the annual report (PDF and XLSX), and kept in step with
 * stats.ts and workdays.ts (a test reads both).
 */
import type { Law } from "../law.ts";

export function metricDefinitions(
  law: Pick<Law, "officeHoursEnd" | "cutiBersamaIsWorkingDay" | "clarification" | "responseDays" | "extensionDays">,
): [string, string][] {
  const jam = law.officeHoursEnd.replace(":", ".");
  return [
    [
      "Periode",
      "Permohonan dihitung pada periode tanggal diterimanya (WIB). Keputusan, perpanjangan, dan penyerahan dihitung untuk permohonan yang diterima dalam periode itu, walaupun terjadi sesudahnya.",
    ],
    ["Permohonan diterima", "Semua permohonan yang masuk lewat formulir daring, API, atau meja layanan, termasuk yang belum diregistrasi."],
    ["Permohonan teregistrasi", "Permohonan yang sudah mendapat nomor pendaftaran (PPID-TTTT-NNNNNN)."],
    [
      "Diputus",
      "Permohonan yang sudah mendapat pemberitahuan tertulis, dirinci menurut keputusan: dikabulkan seluruhnya, dikabulkan sebagian, ditolak (dikecualikan), tidak dikuasai, belum didokumentasikan.",
    ],
    [
      "Hari kerja",
      `Senin–Jumat, kecuali libur nasional, libur daerah, dan hari libur khusus menurut kalender libur yang berlaku${law.cutiBersamaIsWorkingDay ? "; cuti bersama dihitung sebagai hari kerja" : "; cuti bersama tidak dihitung sebagai hari kerja"}.`,
    ],
    [
      "Waktu respons",
      `Jumlah hari kerja sesudah tanggal diterima sampai dengan tanggal pemberitahuan tertulis. Permohonan yang diterima pada hari libur atau pukul ${jam} WIB ke atas dihitung diterima pada hari kerja berikutnya. Jeda menunggu kelengkapan (perlu kelengkapan) tidak dihitung: hari kerja sesudah tanggal permintaan kelengkapan sampai dengan hari kelengkapan diterima dikurangkan. Pemberitahuan pada hari diterima dihitung 0 hari.`,
    ],
    ["Median", "Nilai tengah waktu respons permohonan yang diputus (separuh permohonan lebih cepat, separuh lebih lambat)."],
    ["Rata-rata", "Jumlah waktu respons dibagi banyaknya permohonan yang diputus, dibulatkan satu angka di belakang koma."],
    [
      "Tepat waktu",
      `Tanggal pemberitahuan tertulis tidak melewati batas waktu yang berlaku: ${law.responseDays} hari kerja sejak diterima, ditambah perpanjangan ${law.extensionDays} hari kerja bila ada, dan ${law.clarification === "restart" ? "dimulai ulang penuh" : "dilanjutkan dengan sisa hari"} sejak kelengkapan diterima. Persentase dihitung dari permohonan yang diputus.`,
    ],
    ["Perpanjangan", "Permohonan yang batas waktunya diperpanjang satu kali dengan alasan tertulis (UU 14/2008 Pasal 22 ayat 8)."],
    ["Perlu kelengkapan", "Permohonan yang pernah diminta melengkapi (waktu berhenti sampai kelengkapan diterima)."],
    ["Masih diproses / terlambat", "Permohonan yang belum diputus pada saat laporan dibuat; terlambat bila batas waktunya sudah lewat."],
    [
      "Alasan penolakan",
      "Huruf Pasal 17 UU 14/2008 yang disebut dalam pemberitahuan tertulis yang disetujui PPID Utama, termasuk huruf dari entri Daftar Informasi yang Dikecualikan (DIK) yang dirujuk. Satu permohonan dapat menyebut beberapa huruf.",
    ],
    [
      "Keberatan dan sengketa",
      "Keberatan yang diterima pada periode itu menurut alasan Pasal 35 ayat 1, keputusan Atasan PPID, tanggapan pemohon, dan sengketa di Komisi Informasi beserta hasilnya.",
    ],
  ];
}

/** A number the Indonesian way (9,3; 1.250). */
export const idNumber = (n: number | null, digits = 1) =>
  n === null ? "—" : n.toLocaleString("id-ID", { maximumFractionDigits: digits, minimumFractionDigits: 0 });

export const percent = (part: number, whole: number) => (whole === 0 ? "—" : `${idNumber((part / whole) * 100)}%`);
