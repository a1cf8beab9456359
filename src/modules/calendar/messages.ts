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
