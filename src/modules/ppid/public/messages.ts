/**
 * Words of the citizen's PPID pages: the landing page, the request form, the
 * confirmation, tracking and the small pages. Indonesian first; English for a
 * citizen who switched the site to English (/en/…). Validation messages of the
 * commands stay Indonesian. The case page's words are in messages-case.ts.
 */
import { registerMessages } from "../../../platform/i18n/index.ts";
import "./messages-case.ts";

/** GET /ppid. Tags like <b>…</b> and <a>…</a> are filled by the view (views/text.ts `tr`). */
registerMessages({
  "ppid.public.landing.title": { id: "Layanan informasi publik (PPID)", en: "Public information service (PPID)" },
  "ppid.public.landing.lead": {
    id: "Setiap orang berhak meminta informasi yang dikuasai Pemerintah Kabupaten Lebong, misalnya anggaran, laporan kegiatan, data, atau keputusan perangkat daerah. Hak ini dijamin Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik.",
    en: "Everyone has the right to ask for information held by the Lebong Regency Government, such as budgets, activity reports, data, or decisions of the regency's offices. This right is guaranteed by Law No. 14 of 2008 on Public Information Disclosure.",
  },
  "ppid.public.landing.what": {
    id: "Pejabat Pengelola Informasi dan Dokumentasi (PPID) menerima permohonan Anda, meneruskannya ke perangkat daerah yang menguasai informasinya, dan wajib menjawab secara tertulis dalam batas waktu yang ditetapkan undang-undang. Layanan ini gratis; Anda hanya membayar biaya salinan atau pengiriman bila ada.",
    en: "The Information and Documentation Management Officer (Pejabat Pengelola Informasi dan Dokumentasi, PPID) receives your request, passes it to the regency office that holds the information, and must answer you in writing within the time limits set by law. The service is free; you pay only for copies or delivery, if any.",
  },
  "ppid.public.landing.start": { id: "Ajukan permohonan informasi", en: "Request information" },
  "ppid.public.landing.before": { id: "Sebelum mulai", en: "Before you start" },
  "ppid.public.landing.prepare": { id: "Siapkan:", en: "You will need:" },
  "ppid.public.landing.prepare.identity": {
    id: "foto atau pindaian KTP (untuk badan hukum: SK atau akta pendirian), dalam bentuk PDF, JPG, atau PNG paling besar 5 MB;",
    en: "a photo or scan of your identity card (KTP) (for a legal entity: its decree or deed of establishment), as a PDF, JPG or PNG file of at most 5 MB;",
  },
  "ppid.public.landing.prepare.proxy": {
    id: "surat kuasa, jika Anda mengajukan atas nama orang lain;",
    en: "a power of attorney (surat kuasa), if you are asking on someone else's behalf;",
  },
  "ppid.public.landing.prepare.details": {
    id: "rincian informasi yang Anda butuhkan dan tujuan penggunaannya.",
    en: "the details of the information you need and what you will use it for.",
  },
  "ppid.public.landing.checkFirst": {
    id: "Banyak informasi sudah terbuka tanpa perlu mengajukan permohonan. Periksa dulu <dip>Daftar Informasi Publik</dip> dan <register>register permohonan</register> yang pernah diajukan orang lain.",
    en: "A lot of information is already public, without any request. Check the <dip>list of public information (Daftar Informasi Publik, DIP)</dip> and the <register>register of requests</register> made by others first.",
  },
  "ppid.public.landing.track": { id: "Lacak permohonan", en: "Track a request" },
  "ppid.public.landing.trackText": {
    id: "Setelah mengirim permohonan, Anda mendapat nomor pendaftaran dan kode rahasia (juga dikirim ke email Anda). Dengan keduanya Anda dapat melihat setiap langkah dan batas waktunya.",
    en: "When you send a request, you get a registration number and a secret code (also sent to your email). With them you can see every step and its deadline.",
  },
  "ppid.public.landing.limits": { id: "Jangka waktu menurut undang-undang", en: "Time limits set by law" },
  "ppid.public.landing.limitsIntro": {
    id: "Semua jangka waktu dihitung dalam hari kerja: Sabtu, Minggu, libur nasional, dan cuti bersama tidak dihitung.",
    en: "All time limits are counted in working days: Saturdays, Sundays, national holidays and collective leave days (cuti bersama) are not counted.",
  },
  "ppid.public.landing.limit.response": {
    id: "PPID wajib memberikan pemberitahuan tertulis paling lambat <b>{days} hari kerja</b> sejak permohonan diterima. Permohonan yang diterima pada hari libur, atau pukul {time} WIB atau sesudahnya, dihitung diterima pada hari kerja berikutnya.",
    en: "The PPID must give you a written notice (pemberitahuan tertulis) within <b>{days} working days</b> of receiving your request. A request received on a holiday, or at {time} WIB or later, counts as received on the next working day.",
  },
  "ppid.public.landing.limit.extension": {
    id: "PPID dapat memperpanjang waktu itu satu kali, paling lama <b>{days} hari kerja</b>, dengan alasan tertulis kepada Anda.",
    en: "The PPID may extend that time once, by at most <b>{days} working days</b>, giving you its reasons in writing.",
  },
  "ppid.public.landing.limit.clarification": {
    id: "Jika permohonan perlu dilengkapi, waktu berhenti sampai kelengkapan Anda diterima, lalu {next}.",
    en: "If your request needs more details, the clock stops until your answer is received, then {next}.",
  },
  "ppid.public.landing.limit.objection": {
    id: "Jika Anda tidak puas dengan jawabannya, atau permohonan tidak dijawab tepat waktu, Anda dapat mengajukan <b>keberatan</b> kepada Atasan PPID paling lambat <b>{days} hari kerja</b> sejak alasan keberatan itu muncul.",
    en: "If you are not satisfied with the answer, or your request is not answered in time, you can file an objection (<b>keberatan</b>) with the PPID's superior (Atasan PPID) within <b>{days} working days</b> of the reason for the objection arising.",
  },
  "ppid.public.landing.limit.atasan": {
    id: "Atasan PPID wajib menanggapi keberatan paling lambat <b>{days} hari kerja</b> sejak keberatan diterima.",
    en: "The Atasan PPID must respond to the objection within <b>{days} working days</b> of receiving it.",
  },
  "ppid.public.landing.limit.dispute": {
    id: "Jika tanggapan Atasan PPID tidak memuaskan, Anda dapat mengajukan sengketa ke Komisi Informasi paling lambat <b>{days} hari kerja</b> sejak tanggapan itu diterima.",
    en: "If the Atasan PPID's response does not satisfy you, you can take the dispute to the Information Commission (Komisi Informasi) within <b>{days} working days</b> of receiving that response.",
  },
  "ppid.public.landing.calculator": {
    id: "Hitung sendiri tanggalnya dengan <a>kalkulator tenggat hari kerja</a>.",
    en: "Work out the dates yourself with the <a>working-day deadline calculator</a>.",
  },
  "ppid.public.landing.more": { id: "Informasi PPID", en: "PPID information" },
  "ppid.public.landing.link.dip": { id: "Daftar Informasi Publik (DIP)", en: "List of public information (DIP)" },
  "ppid.public.landing.link.dik": { id: "Daftar Informasi yang Dikecualikan", en: "List of exempted information" },
  "ppid.public.landing.link.register": { id: "Register permohonan informasi", en: "Register of information requests" },
  "ppid.public.landing.link.stats": { id: "Statistik layanan dan definisinya", en: "Service statistics and their definitions" },
  "ppid.public.landing.link.objection": { id: "Mengajukan keberatan", en: "Filing an objection (keberatan)" },
  "ppid.public.landing.link.charter": { id: "Maklumat pelayanan", en: "Service charter (maklumat pelayanan)" },
  "ppid.public.landing.link.standards": { id: "Standar layanan dan biaya", en: "Service standards and fees" },
  "ppid.public.landing.link.calculator": { id: "Kalkulator tenggat hari kerja", en: "Working-day deadline calculator" },
  "ppid.public.landing.link.api": { id: "API permohonan informasi (OpenAPI)", en: "Information request API (OpenAPI)" },
});

/** GET/POST /ppid/permohonan. */
registerMessages({
  "ppid.public.form.title": { id: "Ajukan permohonan informasi", en: "Request information" },
  "ppid.public.back": { id: "Kembali ke layanan informasi publik", en: "Back to the public information service" },
  "ppid.public.form.intro": {
    id: "Isi formulir ini untuk meminta informasi kepada PPID Kabupaten Lebong. Setelah terkirim, Anda langsung mendapat nomor pendaftaran, tanda bukti, dan batas waktu jawaban.",
    en: "Fill in this form to ask the PPID of Lebong Regency for information. As soon as you send it, you get a registration number, a receipt (tanda bukti) and the deadline for the answer.",
  },
  "ppid.public.form.signedIn": {
    id: "Anda masuk sebagai {email}. Permohonan ini akan tercatat di akun Anda dan dapat dilihat di <a>Permohonan saya</a>.",
    en: "You are signed in as {email}. This request will be kept in your account, where you can see it under <a>My requests</a>.",
  },
  "ppid.public.warning": { id: "Peringatan: ", en: "Warning: " },
  "ppid.public.form.filesLost": {
    id: "Demi keamanan, berkas yang sudah Anda pilih tidak disimpan. Pilih kembali berkas KTP (dan surat kuasa bila ada) sebelum mengirim.",
    en: "For your security, the files you chose were not kept. Choose your KTP file (and the power of attorney, if any) again before sending.",
  },
  "ppid.public.form.requester": { id: "Data pemohon", en: "About you" },
  "ppid.public.form.requesterType": { id: "Anda mengajukan sebagai", en: "You are asking as" },
  "ppid.public.form.requesterType.badan_hukum.hint": {
    id: "Lembaga, yayasan, perkumpulan, atau perusahaan berbadan hukum.",
    en: "An institution, foundation, association or company that is a legal entity.",
  },
  "ppid.public.form.requesterType.kelompok.hint": {
    id: "Beberapa orang yang mengajukan bersama; isi data salah satu sebagai wakil.",
    en: "Several people asking together; give the details of one of you as the representative.",
  },
  "ppid.public.form.name": { id: "Nama lengkap", en: "Full name" },
  "ppid.public.form.name.hint": {
    id: "Sesuai KTP. Untuk badan hukum: nama badan hukum.",
    en: "As on your KTP. For a legal entity: the name of the legal entity.",
  },
  "ppid.public.form.nik": { id: "NIK (Nomor Induk Kependudukan)", en: "NIK (national identity number)" },
  "ppid.public.form.nik.hint": {
    id: "16 angka yang tertera pada KTP. Tidak perlu diisi untuk badan hukum.",
    en: "The 16 digits on your KTP. Not needed for a legal entity.",
  },
  "ppid.public.form.legalDocNumber": {
    id: "Nomor SK atau akta pendirian (khusus badan hukum)",
    en: "Number of the decree or deed of establishment (legal entities only)",
  },
  "ppid.public.form.address": { id: "Alamat", en: "Address" },
  "ppid.public.form.phone": { id: "Nomor telepon atau HP", en: "Phone or mobile number" },
  "ppid.public.form.phone.hint": {
    id: "Misalnya 0812 3456 7890. Isi nomor telepon atau email, atau keduanya.",
    en: "For example 0812 3456 7890. Give a phone number or an email address, or both.",
  },
  "ppid.public.form.email": { id: "Alamat email", en: "Email address" },
  "ppid.public.form.email.hint": {
    id: "Kami mengirim tanda bukti dan tautan untuk memantau permohonan ke alamat ini.",
    en: "We send the receipt (tanda bukti) and a link to follow your request to this address.",
  },
  "ppid.public.form.occupation": { id: "Pekerjaan", en: "Occupation" },
  "ppid.public.form.proxySection": { id: "Kuasa", en: "Asking for someone else" },
  "ppid.public.form.proxy": { id: "Apakah Anda mengajukan atas nama orang lain?", en: "Are you asking on behalf of someone else?" },
  "ppid.public.form.proxy.hint": {
    id: "Centang jika Anda diberi kuasa oleh pemohon. Surat kuasa wajib dilampirkan.",
    en: "Tick this if the requester has given you power of attorney. The power of attorney (surat kuasa) must be attached.",
  },
  "ppid.public.form.proxy.yes": { id: "Ya, saya mengajukan sebagai kuasa", en: "Yes, I am asking as their representative" },
  "ppid.public.form.proxyName": {
    id: "Nama pemohon yang memberi kuasa (jika sebagai kuasa)",
    en: "Name of the requester who gave you power of attorney (if you are asking for them)",
  },
  "ppid.public.form.proxyLetter": {
    id: "Surat kuasa (jika sebagai kuasa)",
    en: "Power of attorney (surat kuasa), if you are asking for someone else",
  },
  "ppid.public.form.fileHint": { id: "PDF, JPG, atau PNG, paling besar 5 MB.", en: "PDF, JPG or PNG, at most 5 MB." },
  "ppid.public.form.information": { id: "Informasi yang Anda minta", en: "The information you want" },
  "ppid.public.form.details": { id: "Rincian informasi yang dibutuhkan", en: "Details of the information you need" },
  "ppid.public.form.details.hint": {
    id: "Tulis sejelas mungkin informasi apa yang Anda minta: jenis atau judul dokumen, perangkat daerah yang menguasainya jika Anda tahu, dan periode waktunya. Contoh: Dokumen Pelaksanaan Anggaran (DPA) Dinas Kesehatan tahun 2026.",
    en: "Describe as clearly as you can the information you want: the kind or title of the document, the regency office that holds it if you know, and the period it covers. Example: the budget implementation document (Dokumen Pelaksanaan Anggaran, DPA) of the Health Office (Dinas Kesehatan) for 2026.",
  },
  "ppid.public.form.purpose": { id: "Tujuan penggunaan informasi", en: "What you will use the information for" },
  "ppid.public.form.purpose.hint": {
    id: "Misalnya untuk penelitian, pengawasan, atau kebutuhan pribadi.",
    en: "For example research, public oversight, or personal needs.",
  },
  "ppid.public.form.accessMethods": { id: "Cara memperoleh informasi", en: "How you want to get the information" },
  "ppid.public.form.accessMethods.hint": { id: "Pilih satu atau lebih.", en: "Choose one or more." },
  "ppid.public.form.copyDelivery": { id: "Cara mendapatkan salinan informasi", en: "How you want to receive a copy" },
  "ppid.public.form.copyDelivery.hint": {
    id: "Jika memilih salinan cetak atau elektronik. Biaya pengiriman atau penggandaan, bila ada, ditanggung pemohon.",
    en: "If you chose a printed or electronic copy. Any delivery or copying costs are paid by the requester.",
  },
  "ppid.public.form.hideText": { id: "Register publik", en: "Public register" },
  "ppid.public.form.hideText.hint": {
    id: "Register permohonan yang terbuka untuk umum tidak pernah menampilkan nama atau identitas Anda. Anda juga dapat meminta agar rincian permohonan tidak ditampilkan.",
    en: "The public register of requests never shows your name or identity. You can also ask for the details of your request not to be shown.",
  },
  "ppid.public.form.hideText.yes": {
    id: "Jangan tampilkan rincian permohonan saya di register publik",
    en: "Do not show the details of my request in the public register",
  },
  "ppid.public.form.identitySection": { id: "Dokumen identitas", en: "Identity document" },
  "ppid.public.form.identityDocument": {
    id: "Foto atau pindaian KTP (badan hukum: SK atau akta pendirian)",
    en: "Photo or scan of your KTP (legal entity: decree or deed of establishment)",
  },
  "ppid.public.form.identityDocument.hint": {
    id: "PDF, JPG, atau PNG, paling besar 5 MB. Dokumen ini hanya dilihat petugas PPID.",
    en: "PDF, JPG or PNG, at most 5 MB. Only PPID staff see this document.",
  },
  "ppid.public.form.honeypot": { id: "Jangan isi kolom ini", en: "Leave this field empty" },
  "ppid.public.form.statement": { id: "Pernyataan", en: "Statement" },
  "ppid.public.form.statement.text": {
    id: "Saya menyatakan data yang saya isi benar, dan informasi yang saya peroleh akan saya gunakan sesuai tujuan yang saya tulis dan ketentuan peraturan perundang-undangan.",
    en: "I declare that the details I have given are true, and that I will use the information I receive for the purpose I have stated and in line with the law.",
  },
  "ppid.public.form.submit": { id: "Kirim permohonan", en: "Send request" },
});

/** The confirmation after a successful POST /ppid/permohonan. */
registerMessages({
  "ppid.public.sent.title": { id: "Permohonan informasi terkirim", en: "Information request sent" },
  "ppid.public.sent.yourNumber": { id: "Nomor pendaftaran Anda", en: "Your registration number" },
  "ppid.public.sent.awaiting": {
    id: "Permohonan Anda menunggu registrasi oleh petugas layanan.",
    en: "Your request is waiting to be registered by the service desk staff.",
  },
  "ppid.public.sent.number": { id: "Nomor pendaftaran", en: "Registration number" },
  "ppid.public.sent.dueAfterRegistration": { id: "Dihitung setelah registrasi", en: "Worked out after registration" },
  "ppid.public.sent.secret": { id: "Kode rahasia", en: "Secret code" },
  "ppid.public.sent.keep": {
    id: "Simpan nomor pendaftaran dan kode rahasia ini. Kode rahasia hanya ditampilkan sekali di halaman ini dan tidak dapat kami lihat kembali. Jangan berikan kepada orang lain.",
    en: "Keep this registration number and secret code. The secret code is shown only once, on this page, and we cannot look it up again. Do not give it to anyone else.",
  },
  "ppid.public.sent.emailed": {
    id: "Kami juga mengirim tanda terima beserta tautan pemantauan ke <b>{email}</b>. Periksa folder spam jika tidak ada di kotak masuk.",
    en: "We have also sent an acknowledgement with the tracking link to <b>{email}</b>. Check your spam folder if it is not in your inbox.",
  },
  "ppid.public.sent.noEmail": {
    id: "Anda tidak mengisi alamat email, jadi catat nomor dan kode rahasia di atas.",
    en: "You did not give an email address, so write down the number and secret code above.",
  },
  "ppid.public.sent.next": { id: "Selanjutnya", en: "What happens next" },
  "ppid.public.sent.nextText": {
    id: "PPID meneruskan permohonan Anda ke perangkat daerah yang menguasai informasinya dan wajib memberi pemberitahuan tertulis paling lambat tanggal di atas. Anda dapat melihat setiap langkahnya, cara batas waktu itu dihitung, dan mengunduh tanda bukti permohonan (PDF) di halaman pemantauan.",
    en: "The PPID passes your request to the regency office that holds the information and must send you a written notice by the date above at the latest. On the tracking page you can see every step and how the deadline was worked out, and download the receipt (tanda bukti) for your request (PDF).",
  },
  "ppid.public.sent.trackLink": {
    id: "Buka halaman pemantauan permohonan dan unduh tanda bukti",
    en: "Open the tracking page and download the receipt (tanda bukti)",
  },
  "ppid.public.sent.inAccount": {
    id: "Permohonan ini juga ada di <a>Permohonan saya</a>.",
    en: "This request is also under <a>My requests</a>.",
  },
});

/** Tracking lookup, the citizen's own requests, and the short message pages. */
registerMessages({
  "ppid.public.track.title": { id: "Lacak permohonan informasi", en: "Track an information request" },
  "ppid.public.track.intro": {
    id: "Masukkan nomor pendaftaran dan kode rahasia yang Anda terima setelah mengirim permohonan. Keduanya juga ada di surel tanda terima.",
    en: "Enter the registration number and secret code you received when you sent your request. Both are also in the acknowledgement email.",
  },
  "ppid.public.track.number.hint": { id: "Misalnya PPID-2026-000123", en: "For example PPID-2026-000123" },
  "ppid.public.track.secret.hint": {
    id: "24 huruf dan angka pada halaman konfirmasi atau di surel Anda",
    en: "The 24 letters and digits on the confirmation page or in your email",
  },
  "ppid.public.track.submit": { id: "Lacak", en: "Track" },
  "ppid.public.track.account": {
    id: "Punya akun warga? <a>Lihat permohonan di akun Anda</a>.",
    en: "Have a citizen account? <a>See the requests in your account</a>.",
  },
  "ppid.public.track.error.number": {
    id: "Isi nomor pendaftaran dalam bentuk PPID-TAHUN-NOMOR, misalnya PPID-2026-000123.",
    en: "Enter the registration number in the form PPID-YEAR-NUMBER, for example PPID-2026-000123.",
  },
  "ppid.public.track.error.secret": {
    id: "Isi kode rahasia persis seperti pada halaman konfirmasi atau surel Anda.",
    en: "Enter the secret code exactly as it is on the confirmation page or in your email.",
  },
  "ppid.public.mine.title": { id: "Permohonan saya", en: "My requests" },
  "ppid.public.mine.empty": {
    id: "Anda belum mengajukan permohonan informasi dari akun ini.",
    en: "You have not made any information request from this account.",
  },
  "ppid.public.mine.caption": { id: "Permohonan informasi yang Anda ajukan", en: "Information requests you have made" },
  "ppid.public.mine.number": { id: "Nomor", en: "Number" },
  "ppid.public.mine.objections": { id: "Keberatan saya", en: "My objections" },
  "ppid.public.mine.submitted": { id: "Diajukan", en: "Submitted" },
  "ppid.public.mine.status": { id: "Status", en: "Status" },
  "ppid.public.mine.due": { id: "Batas waktu", en: "Deadline" },
  "ppid.public.mine.new": { id: "Ajukan permohonan baru", en: "Make a new request" },
  "ppid.public.limit.title": { id: "Terlalu banyak kiriman", en: "Too many submissions" },
  "ppid.public.limit.why": {
    id: "Kami menerima terlalu banyak kiriman dari alamat internet Anda dalam waktu singkat. Ini kami batasi untuk melindungi layanan dari penyalahgunaan.",
    en: "We have received too many submissions from your internet address in a short time. We limit this to protect the service from abuse.",
  },
  "ppid.public.limit.retry": {
    id: "Coba lagi dalam {minutes} menit. Isian Anda belum tersimpan.",
    en: "Try again in {minutes} minutes. What you entered has not been saved.",
  },
  "ppid.public.limit.shared": {
    id: "Jika Anda memakai jaringan bersama (misalnya warnet atau kantor) dan tetap terhalang, datang langsung atau hubungi PPID Kabupaten Lebong.",
    en: "If you use a shared network (for example an internet café or an office) and are still blocked, come in person or contact the PPID of Lebong Regency.",
  },
  "ppid.public.notFound.title": { id: "Permohonan tidak ditemukan", en: "Request not found" },
  "ppid.public.notFound.text": {
    id: "Kami tidak menemukan permohonan dengan nomor pendaftaran dan kode rahasia itu.",
    en: "We could not find a request with that registration number and secret code.",
  },
  "ppid.public.notFound.check": {
    id: "Periksa kembali keduanya pada halaman konfirmasi atau surel tanda terima. Huruf besar dan kecil pada kode rahasia berbeda.",
    en: "Check both again on the confirmation page or in the acknowledgement email. Capital and small letters in the secret code are different.",
  },
  "ppid.public.notFound.retry": { id: "Coba lagi", en: "Try again" },
  "ppid.public.refused.title": { id: "Kiriman ditolak", en: "Submission refused" },
  "ppid.public.refused.text": {
    id: "Kiriman ini terlihat seperti dikirim otomatis, jadi tidak kami simpan.",
    en: "This submission looks as if it was sent automatically, so we have not saved it.",
  },
  "ppid.public.refused.retry": {
    id: "Jika Anda mengisi formulir sendiri, coba lagi.",
    en: "If you filled in the form yourself, please try again.",
  },
  "ppid.public.refused.back": { id: "Kembali ke formulir", en: "Back to the form" },
});
