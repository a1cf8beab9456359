import { registerMessages } from "../../platform/i18n/index.ts";

registerMessages({
  "keb.title": { id: "Keberatan atas layanan informasi", en: "Objections to an information request" },
  "keb.start.lead": {
    id: "Jika permohonan informasi Anda ditolak, tidak ditanggapi, ditanggapi tidak sesuai permintaan, tidak dipenuhi, dikenai biaya tidak wajar, atau informasinya terlambat diserahkan, Anda dapat mengajukan keberatan kepada Atasan PPID (UU 14/2008 Pasal 35).",
    en: "If your request was refused, not answered, answered differently, not fulfilled, charged unreasonably or delivered late, you can object to the PPID's superior (Law 14/2008 Article 35).",
  },
  "keb.find": { id: "Cari permohonan Anda", en: "Find your request" },
  "keb.nomor": { id: "Nomor pendaftaran permohonan", en: "Request registration number" },
  "keb.nomor_hint": { id: "Misalnya PPID-2026-000123, tertera di tanda bukti dan surel Anda.", en: "For example PPID-2026-000123." },
  "keb.kode": { id: "Kode pelacakan", en: "Tracking code" },
  "keb.kode_hint": {
    id: "Bagian terakhir tautan rahasia di surel tanda terima permohonan (setelah nomor pendaftaran). Tidak perlu diisi bila Anda masuk dengan akun yang mengajukan permohonan.",
    en: "The last part of the secret link in your request's email. Not needed when signed in with the account that filed it.",
  },
  "keb.continue": { id: "Lanjutkan", en: "Continue" },
  "keb.file": { id: "Ajukan keberatan", en: "File an objection" },
  "keb.reasons": { id: "Alasan pengajuan keberatan", en: "Grounds for the objection" },
  "keb.kasus": { id: "Kasus posisi", en: "What happened" },
  "keb.kasus_hint": {
    id: "Ceritakan singkat apa yang terjadi dengan permohonan Anda dan apa yang Anda minta dari Atasan PPID.",
    en: "Briefly tell what happened and what you ask of the PPID's superior.",
  },
  "keb.purpose": { id: "Tujuan penggunaan informasi", en: "Purpose of use" },
  "keb.proxy": { id: "Nama kuasa (bila diajukan oleh kuasa)", en: "Proxy's name (if filed by a proxy)" },
  "keb.email": { id: "Email untuk pemberitahuan", en: "Email for notices" },
  "keb.phone": { id: "Nomor telepon", en: "Phone number" },
  "keb.track": { id: "Keberatan", en: "Objection" },
  "keb.history": { id: "Riwayat", en: "History" },
  "keb.staff.title": { id: "Keberatan dan sengketa informasi", en: "Objections and disputes" },
  "keb.staff.desk": { id: "Catat keberatan dari loket", en: "Record an objection from the desk" },
  "keb.staff.forward": { id: "Teruskan ke Atasan PPID", en: "Forward to the PPID's superior" },
  "keb.staff.decide": { id: "Putuskan keberatan", en: "Decide the objection" },
  "keb.staff.response": { id: "Catat tanggapan pemohon", en: "Record the requester's answer" },
  "keb.staff.sengketa": { id: "Sengketa di Komisi Informasi Provinsi Bengkulu", en: "Dispute at the Bengkulu Information Commission" },
  "keb.save": { id: "Simpan", en: "Save" },
});
