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

registerMessages({
  "cal.import.link": { id: "Impor dari berkas iCal (.ics)", en: "Import from an iCal file (.ics)" },
  "cal.import.title": { id: "Impor hari libur dari berkas iCal", en: "Import holidays from an iCal file" },
  "cal.import.intro": {
    id: "Unggah kalender hari libur dalam format iCalendar (.ics), misalnya hasil ekspor kalender libur nasional. Anda akan melihat pratinjau setiap tanggal sebelum ada yang disimpan. Tanggal yang sudah tercatat dengan jenis yang sama dilewati.",
    en: "Upload a holiday calendar in iCalendar format (.ics), such as an export of the national holidays. You will see a preview of every date before anything is saved. Dates already entered with the same type are skipped.",
  },
  "cal.import.file": { id: "Berkas kalender (.ics)", en: "Calendar file (.ics)" },
  "cal.import.file_hint": {
    id: "Paling besar {kb} KB dan {n} acara. Acara sehari penuh dihitung per tanggal; acara beberapa hari menjadi satu baris per hari; acara berjam dihitung pada tanggal mulainya menurut WIB.",
    en: "At most {kb} KB and {n} events. All-day events count per date; multi-day events become one row per day; timed events count on their start date in WIB.",
  },
  "cal.import.kind": { id: "Jenis untuk acara yang diimpor", en: "Type for the imported events" },
  "cal.import.kind.tebak": {
    id: "Tebak dari nama: cuti bersama bila namanya memuat “cuti bersama”, selain itu libur nasional",
    en: "Guess from the name: collective leave when it contains “cuti bersama”, otherwise national holiday",
  },
  "cal.import.preview_button": { id: "Lihat pratinjau", en: "Preview" },
  "cal.import.preview": { id: "Pratinjau impor hari libur", en: "Preview of the holiday import" },
  "cal.import.file_name": { id: "Berkas", en: "File" },
  "cal.import.sha256": { id: "SHA-256 berkas", en: "SHA-256 of the file" },
  "cal.import.summary": {
    id: "{n} tanggal baru akan ditambahkan; {dup} sudah tercatat atau ganda dan dilewati.",
    en: "{n} new dates will be added; {dup} already entered or repeated and skipped.",
  },
  "cal.import.cancelled": {
    id: "{n} acara berstatus dibatalkan (CANCELLED) tidak diimpor.",
    en: "{n} cancelled events (CANCELLED) are not imported.",
  },
  "cal.import.nothing": {
    id: "Semua tanggal di berkas ini sudah tercatat; tidak ada yang perlu diimpor.",
    en: "Every date in this file is already entered; there is nothing to import.",
  },
  "cal.import.status": { id: "Status", en: "Status" },
  "cal.import.status.baru": { id: "Baru", en: "New" },
  "cal.import.status.sudah_ada": { id: "Sudah tercatat", en: "Already entered" },
  "cal.import.status.ganda": { id: "Ganda di berkas", en: "Repeated in the file" },
  "cal.import.recurring": {
    id: "Acara berulang: hanya tanggal pertamanya yang diimpor.",
    en: "Recurring event: only its first date is imported.",
  },
  "cal.import.confirm": { id: "Impor {n} hari libur", en: "Import {n} holidays" },
  "cal.import.again": { id: "Unggah berkas lain", en: "Upload another file" },
  "cal.import.done": {
    id: "{n} hari libur diimpor. Tenggat dihitung ulang dengan kalender baru.",
    en: "{n} holidays imported. Deadlines are now computed with them.",
  },
});
