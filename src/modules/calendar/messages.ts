import { registerMessages } from "../../platform/i18n/index.ts";

registerMessages({
  "cal.title": { id: "Kalkulator tenggat hari kerja", en: "Working-day deadline calculator" },
  "cal.intro": {
    id: "Hitung tanggal jatuh tempo sebuah tenggat dalam hari kerja, seperti yang dipakai untuk permohonan informasi publik: akhir pekan, libur nasional, dan cuti bersama tidak dihitung.",
    en: "Work out when a deadline counted in working days falls due, as for public-information requests: weekends, national holidays and collective leave days are not counted.",
  },
  "cal.from": { id: "Tanggal diterima", en: "Date received" },
  "cal.from_hint": { id: "Misalnya 13 3 2026", en: "For example 13 3 2026" },
  "cal.time": { id: "Jam diterima (WIB, tidak wajib)", en: "Time received (WIB, optional)" },
  "cal.time_hint": {
    id: "Permohonan yang diterima pukul 16.00 WIB atau sesudahnya dihitung diterima pada hari kerja berikutnya. Contoh: 16:30",
    en: "A request received at 16:00 WIB or later counts as received on the next working day. Example: 16:30",
  },
  "cal.days": { id: "Jumlah hari kerja", en: "Number of working days" },
  "cal.days_hint": {
    id: "10 untuk jawaban PPID, 7 untuk perpanjangan, 30 untuk keberatan.",
    en: "10 for a PPID answer, 7 for an extension, 30 for an objection.",
  },
  "cal.cuti": { id: "Cuti bersama", en: "Collective leave (cuti bersama)" },
  "cal.cuti.libur": { id: "Tidak dihitung sebagai hari kerja (bawaan)", en: "Not counted as working days (default)" },
  "cal.cuti.kerja": { id: "Dihitung sebagai hari kerja", en: "Counted as working days" },
  "cal.submit": { id: "Hitung", en: "Calculate" },
  "cal.result": { id: "Jatuh tempo", en: "Due" },
  "cal.how": { id: "Cara perhitungan", en: "How it was computed" },
  "cal.skipped": { id: "Hari yang tidak dihitung", en: "Days not counted" },
  "cal.none_skipped": { id: "Tidak ada hari libur di antaranya.", en: "No non-working day in between." },
  "cal.api": {
    id: "Perhitungan yang sama tersedia sebagai API: GET /api/v1/calendar/deadline?from=2026-03-13&workingDays=10",
    en: "The same computation is available as an API: GET /api/v1/calendar/deadline?from=2026-03-13&workingDays=10",
  },
});

registerMessages({
  "cal.admin.title": { id: "Kalender hari libur", en: "Holiday calendar" },
  "cal.admin.intro": {
    id: "Hari libur nasional, cuti bersama, dan libur daerah yang tidak dihitung sebagai hari kerja pada setiap tenggat. Setiap perubahan dicatat di jejak audit beserta alasannya.",
    en: "National holidays, collective leave and regional holidays that no deadline counts as working days. Every change is kept in the audit trail with its reason.",
  },
  "cal.admin.year": { id: "Tahun {year}", en: "Year {year}" },
  "cal.admin.prev": { id: "Tahun sebelumnya", en: "Previous year" },
  "cal.admin.next": { id: "Tahun berikutnya", en: "Next year" },
  "cal.admin.count": { id: "{n} hari libur tercatat", en: "{n} holidays entered" },
  "cal.admin.missing": {
    id: "Kalender libur {year} belum diisi: tenggat yang melewati tahun itu hanya mengecualikan Sabtu dan Minggu. Tambahkan hari libur nasional dan cuti bersama dari SKB 3 Menteri.",
    en: "The {year} holiday calendar has not been entered: deadlines running into that year exclude only Saturdays and Sundays. Add the national holidays and collective leave days of the joint ministerial decree.",
  },
  "cal.admin.add": { id: "Tambah hari libur", en: "Add a holiday" },
  "cal.admin.edit": { id: "Ubah hari libur", en: "Change a holiday" },
  "cal.admin.edit_link": { id: "Ubah", en: "Change" },
  "cal.admin.date": { id: "Tanggal", en: "Date" },
  "cal.admin.kind": { id: "Jenis", en: "Type" },
  "cal.admin.name": { id: "Nama hari libur", en: "Name of the holiday" },
  "cal.admin.basis": { id: "Dasar hukum", en: "Legal basis" },
  "cal.admin.basis_hint": {
    id: "Misalnya SKB Menag, Menaker, MenPANRB No. … atau Keppres No. …",
    en: "For example the SKB number or the Keppres number",
  },
  "cal.admin.reason": { id: "Alasan perubahan", en: "Reason for the change" },
  "cal.admin.reason_hint": { id: "Dicatat di jejak audit.", en: "Kept in the audit trail." },
  "cal.admin.save": { id: "Simpan", en: "Save" },
  "cal.admin.saved": {
    id: "Kalender disimpan. Tenggat dihitung ulang dengan kalender baru.",
    en: "Calendar saved. Deadlines are now computed with it.",
  },
  "cal.admin.remove": { id: "Hapus hari libur ini", en: "Remove this holiday" },
  "cal.admin.choose": { id: "Pilih jenis", en: "Choose a type" },
  "cal.kind.libur_nasional": { id: "Libur nasional", en: "National holiday" },
  "cal.kind.cuti_bersama": { id: "Cuti bersama", en: "Collective leave (cuti bersama)" },
  "cal.kind.libur_daerah": { id: "Libur daerah", en: "Regional holiday" },
  "cal.kind.ad_hoc": { id: "Libur khusus", en: "Special holiday" },
});
