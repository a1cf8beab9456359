/**
 * Words of the requester's case page (tracking), its clock explanation, its forms,
 * and the coded labels it shows. Indonesian first; English for a citizen who
 * switched the site to English. The Indonesian of the coded labels comes from the
 * PPID core (states.ts, labels.ts), so the two never drift apart.
 */
import { registerMessages } from "../../../platform/i18n/index.ts";
import { ACCESS_METHOD_LABEL, COPY_DELIVERY_LABEL, REQUESTER_TYPE_LABEL } from "../labels.ts";
import { ACCESS_METHODS, COPY_DELIVERIES, REQUESTER_TYPES } from "../schema.ts";
import { DECISION_LABEL, DECISIONS, type Decision, STATE_LABEL, STATES, type State } from "../states.ts";

const STATE_EN: Record<State, string> = {
  DIAJUKAN: "Submitted (awaiting registration)",
  TERREGISTRASI: "Registered",
  PERLU_KELENGKAPAN: "More details needed (clock paused)",
  DIPROSES: "Being handled by the PPID Pelaksana",
  DIPUTUS: "Decided (written notice sent)",
  INFORMASI_DISERAHKAN: "Information handed over",
  SELESAI: "Completed",
  DITARIK: "Withdrawn by the requester",
};

const DECISION_EN: Record<Decision, string> = {
  dikabulkan_seluruhnya: "Granted in full",
  dikabulkan_sebagian: "Granted in part",
  ditolak: "Refused (exempted information)",
  tidak_dikuasai: "Information not held",
  belum_didokumentasikan: "Information not yet documented",
};

const REQUESTER_TYPE_EN: Record<(typeof REQUESTER_TYPES)[number], string> = {
  perorangan: "An individual",
  badan_hukum: "A legal entity (badan hukum)",
  kelompok: "A group of people",
};

const ACCESS_METHOD_EN: Record<(typeof ACCESS_METHODS)[number], string> = {
  melihat: "Viewing",
  membaca: "Reading",
  mendengarkan: "Listening",
  mencatat: "Taking notes",
  salinan_hardcopy: "Getting a printed copy (hardcopy)",
  salinan_softcopy: "Getting an electronic copy (softcopy)",
};

const COPY_DELIVERY_EN: Record<(typeof COPY_DELIVERIES)[number], string> = {
  ambil_langsung: "Collect it in person",
  kurir: "Courier",
  pos: "Post",
  faksimili: "Fax",
  email: "Email",
};

function labelled<K extends string>(prefix: string, keys: readonly K[], id: Record<string, string>, en: Record<K, string>) {
  return Object.fromEntries(keys.map((k) => [`${prefix}.${k}`, { id: id[k], en: en[k] }]));
}

registerMessages({
  ...labelled("ppid.public.state", STATES, STATE_LABEL, STATE_EN),
  ...labelled("ppid.public.decision", DECISIONS, DECISION_LABEL, DECISION_EN),
  ...labelled("ppid.public.requesterType", REQUESTER_TYPES, REQUESTER_TYPE_LABEL, REQUESTER_TYPE_EN),
  ...labelled("ppid.public.access", ACCESS_METHODS, ACCESS_METHOD_LABEL, ACCESS_METHOD_EN),
  ...labelled("ppid.public.copy", COPY_DELIVERIES, COPY_DELIVERY_LABEL, COPY_DELIVERY_EN),
});

/** What happened, as the requester reads it in the history of the request. */
registerMessages({
  "ppid.public.event.received": { id: "Permohonan diterima", en: "Request received" },
  "ppid.public.event.registered": { id: "Permohonan diregistrasi", en: "Request registered" },
  "ppid.public.event.receipt_issued": {
    id: "Tanda bukti permohonan diterbitkan",
    en: "Receipt (tanda bukti) for the request issued",
  },
  "ppid.public.event.assigned": {
    id: "Diteruskan ke PPID Pelaksana perangkat daerah yang menguasai informasi",
    en: "Passed to the PPID Pelaksana of the regency office that holds the information",
  },
  "ppid.public.event.reassigned": {
    id: "Dialihkan ke PPID Pelaksana perangkat daerah lain",
    en: "Moved to the PPID Pelaksana of another regency office",
  },
  "ppid.public.event.clarification_requested": {
    id: "PPID meminta kelengkapan permohonan (waktu pelayanan berhenti)",
    en: "The PPID asked you for more details (the response time is paused)",
  },
  "ppid.public.event.clarification_received": {
    id: "Kelengkapan dari Anda diterima (waktu pelayanan dihitung kembali)",
    en: "Your additional details were received (the response time runs again)",
  },
  "ppid.public.event.extended": { id: "Waktu pelayanan diperpanjang", en: "Response time extended" },
  "ppid.public.event.decided": { id: "Pemberitahuan tertulis dikirim", en: "Written notice (pemberitahuan tertulis) sent" },
  "ppid.public.event.fee_notified": { id: "Biaya salinan disampaikan", en: "Copying fee communicated to you" },
  "ppid.public.event.handed_over": { id: "Informasi diserahkan", en: "Information handed over" },
  "ppid.public.event.closed": { id: "Permohonan selesai", en: "Request completed" },
  "ppid.public.event.withdrawn": { id: "Anda menarik permohonan", en: "You withdrew the request" },
  "ppid.public.event.notice_sent": { id: "Pemberitahuan tertulis dikirim", en: "Written notice (pemberitahuan tertulis) sent" },
  "ppid.public.event.objection_filed": { id: "Keberatan diajukan", en: "Objection (keberatan) filed" },
  "ppid.public.event.objection_decided": { id: "Atasan PPID memutus keberatan", en: "The Atasan PPID decided the objection" },
  "ppid.public.event.objection_response": {
    id: "Tanggapan Anda atas putusan keberatan",
    en: "Your response to the objection decision",
  },
  "ppid.public.event.clock_recomputed": {
    id: "Batas waktu dihitung ulang karena kalender hari libur berubah",
    en: "Deadline recalculated because the holiday calendar changed",
  },
});

/** English for the notes the system writes in Indonesian on some events (the Indonesian page shows the note as written). */
registerMessages({
  "ppid.public.note.objection_filed": { id: "Keberatan {number} diajukan.", en: "Objection {number} filed." },
  "ppid.public.note.objection_response.puas": {
    id: "Tanggapan pemohon atas keputusan keberatan {number}: puas.",
    en: "Your response to the decision on objection {number}: satisfied.",
  },
  "ppid.public.note.objection_response.tidak_puas": {
    id: "Tanggapan pemohon atas keputusan keberatan {number}: tidak puas.",
    en: "Your response to the decision on objection {number}: not satisfied.",
  },
});

/** What each file of the request is. */
registerMessages({
  "ppid.public.file.identitas": { id: "Identitas pemohon", en: "Requester's identity document" },
  "ppid.public.file.surat_kuasa": { id: "Surat kuasa", en: "Power of attorney (surat kuasa)" },
  "ppid.public.file.lampiran": { id: "Lampiran", en: "Attachment" },
  "ppid.public.file.tanda_bukti": { id: "Tanda bukti permohonan", en: "Receipt for the request (tanda bukti)" },
  "ppid.public.file.pemberitahuan": { id: "Pemberitahuan tertulis", en: "Written notice (pemberitahuan tertulis)" },
  "ppid.public.file.informasi": { id: "Informasi yang diminta", en: "The information requested" },
  "ppid.public.file.informasi_redaksi": {
    id: "Informasi yang diminta (sebagian dihitamkan)",
    en: "The information requested (partly blacked out)",
  },
});

/** The case page. */
registerMessages({
  "ppid.public.case.title": { id: "Permohonan {number}", en: "Request {number}" },
  "ppid.public.case.done.ditarik": { id: "Permohonan Anda telah ditarik.", en: "Your request has been withdrawn." },
  "ppid.public.case.done.kelengkapan": {
    id: "Kelengkapan Anda telah diterima. Waktu pelayanan dihitung kembali.",
    en: "Your additional details have been received. The response time is running again.",
  },
  "ppid.public.case.caption": { id: "Permohonan informasi", en: "Information request" },
  "ppid.public.case.awaitingRegistration": { id: "Menunggu registrasi", en: "Awaiting registration" },
  "ppid.public.case.paused": {
    id: "Berhenti sementara: menunggu kelengkapan dari Anda",
    en: "Paused: waiting for more details from you",
  },
  "ppid.public.case.dueExtended": { id: "{date} (sudah diperpanjang)", en: "{date} (extended)" },
  "ppid.public.case.letterNumber": { id: "Nomor surat", en: "Letter number" },
  "ppid.public.case.received": { id: "Diterima", en: "Received" },
  "ppid.public.case.dueThen": {
    id: "Batas waktu pemberitahuan tertulis (waktu itu)",
    en: "Deadline for the written notice (at the time)",
  },
  "ppid.public.case.due": { id: "Batas waktu pemberitahuan tertulis", en: "Deadline for the written notice" },
  "ppid.public.case.decidedAt": { id: "Pemberitahuan tertulis dikirim", en: "Written notice sent" },
  "ppid.public.case.decision": { id: "Keputusan", en: "Decision" },
  "ppid.public.case.objectionDue": { id: "Batas akhir mengajukan keberatan", en: "Last day to file an objection (keberatan)" },
  "ppid.public.case.objectionDueValue": {
    id: "{date} ({days} hari kerja sejak pemberitahuan tertulis)",
    en: "{date} ({days} working days from the written notice)",
  },
  "ppid.public.case.withdrawnAt": { id: "Ditarik", en: "Withdrawn" },
  "ppid.public.case.doc.receipt": { id: "Tanda bukti permohonan (PDF)", en: "Receipt for your request (tanda bukti, PDF)" },
  "ppid.public.case.doc.notice": { id: "Pemberitahuan tertulis (PDF)", en: "Written notice (pemberitahuan tertulis, PDF)" },
  "ppid.public.case.documents": { id: "Dokumen", en: "Documents" },
  "ppid.public.case.receiptPending": {
    id: "Tanda bukti permohonan sedang dibuat. Muat ulang halaman ini sebentar lagi.",
    en: "The receipt (tanda bukti) for your request is being prepared. Reload this page in a moment.",
  },
  "ppid.public.case.history": { id: "Riwayat permohonan", en: "History of your request" },
  "ppid.public.case.withNumber": { id: " dengan nomor {number}", en: " with number {number}" },
  "ppid.public.case.yourRequest": { id: "Permohonan Anda", en: "Your request" },
  "ppid.public.case.name": { id: "Nama pemohon", en: "Requester's name" },
  "ppid.public.case.details": { id: "Rincian informasi", en: "Information requested" },
  "ppid.public.case.purpose": { id: "Tujuan penggunaan", en: "Purpose" },
  "ppid.public.case.access": { id: "Cara memperoleh", en: "How you want to get it" },
  "ppid.public.case.copy": { id: "Cara mendapatkan salinan", en: "How you want to receive a copy" },
  "ppid.public.case.register": { id: "Di register publik", en: "In the public register" },
  "ppid.public.case.register.hidden": { id: "Rincian disembunyikan", en: "Details hidden" },
  "ppid.public.case.register.shown": {
    id: "Rincian ditampilkan tanpa identitas Anda",
    en: "Details shown without your identity",
  },
  "ppid.public.case.objection.heading": { id: "Tidak puas?", en: "Not satisfied?" },
  "ppid.public.case.objection.text": {
    id: "Jika permohonan Anda ditolak, tidak ditanggapi, tidak dijawab dalam batas waktu, dikenai biaya yang tidak wajar, atau Anda tidak puas dengan jawabannya, Anda dapat mengajukan keberatan kepada Atasan PPID paling lambat {days} hari kerja sejak alasannya muncul.",
    en: "If your request is refused, ignored or not answered in time, if you are charged an unreasonable fee, or if you are not satisfied with the answer, you can file an objection (keberatan) with the PPID's superior (Atasan PPID) within {days} working days of the reason arising.",
  },
  "ppid.public.case.objection.link": { id: "Ajukan keberatan", en: "File an objection (keberatan)" },
  "ppid.public.case.serviceLink": { id: "Layanan informasi publik", en: "Public information service" },
});

/** The clarification and withdrawal forms on the case page. */
registerMessages({
  "ppid.public.clar.heading": { id: "PPID meminta kelengkapan permohonan", en: "The PPID needs more details about your request" },
  "ppid.public.clar.asked": {
    id: "Diminta pada {date}. Pertanyaan atau kekurangan yang perlu Anda lengkapi:",
    en: "Asked on {date}. The question you need to answer, or what is missing:",
  },
  "ppid.public.clar.noQuestion": { id: "Lihat surel dari PPID untuk rinciannya.", en: "See the email from the PPID for the details." },
  "ppid.public.clar.clock": {
    id: "Waktu pelayanan berhenti sampai jawaban Anda diterima, lalu {next}.",
    en: "The response time is paused until your answer is received, then {next}.",
  },
  "ppid.public.clar.clock.restart": {
    id: "dihitung kembali dari awal ({days} hari kerja)",
    en: "starts again from the beginning ({days} working days)",
  },
  "ppid.public.clock.resumeShort": { id: "dilanjutkan dengan sisa harinya", en: "continues with the days that were left" },
  "ppid.public.clock.restartShort": { id: "dihitung kembali dari awal", en: "starts again from the beginning" },
  "ppid.public.clar.answer": { id: "Jawaban atau kelengkapan Anda", en: "Your answer or additional details" },
  "ppid.public.clar.file": { id: "Lampiran (tidak wajib)", en: "Attachment (optional)" },
  "ppid.public.clar.fileHint": {
    id: "PDF, JPG, atau PNG, paling besar 5 MB. Jika ada kesalahan pada isian, berkas perlu dipilih kembali.",
    en: "PDF, JPG or PNG, at most 5 MB. If there is a mistake in what you entered, you will need to choose the file again.",
  },
  "ppid.public.clar.submit": { id: "Kirim kelengkapan", en: "Send the details" },
  "ppid.public.withdraw.heading": { id: "Tarik permohonan", en: "Withdraw the request" },
  "ppid.public.withdraw.text": {
    id: "Jika Anda tidak lagi membutuhkan informasi ini, Anda dapat menarik permohonan sebelum PPID memberi pemberitahuan tertulis. Permohonan yang ditarik tidak diproses lebih lanjut dan tidak dapat dibuka kembali; Anda dapat mengajukan permohonan baru kapan saja.",
    en: "If you no longer need this information, you can withdraw your request before the PPID sends the written notice. A withdrawn request is not processed further and cannot be reopened; you can make a new request at any time.",
  },
  "ppid.public.withdraw.reason": { id: "Alasan (tidak wajib)", en: "Reason (optional)" },
  "ppid.public.withdraw.submit": { id: "Tarik permohonan", en: "Withdraw the request" },
});

/** "How this date was computed". */
registerMessages({
  "ppid.public.clock.heading": { id: "Cara batas waktu dihitung", en: "How the deadline was worked out" },
  "ppid.public.clock.intro": {
    id: "Batas waktu dihitung dalam hari kerja di Kabupaten Lebong (WIB). Sabtu, Minggu, libur nasional, cuti bersama, dan libur daerah tidak dihitung.",
    en: "Deadlines are counted in working days in Lebong Regency (WIB). Saturdays, Sundays, national holidays, collective leave days (cuti bersama) and regional holidays are not counted.",
  },
  "ppid.public.clock.introCutiWorking": {
    id: "Batas waktu dihitung dalam hari kerja di Kabupaten Lebong (WIB). Sabtu, Minggu, libur nasional dan libur daerah tidak dihitung.",
    en: "Deadlines are counted in working days in Lebong Regency (WIB). Saturdays, Sundays, national holidays and regional holidays are not counted.",
  },
  "ppid.public.clock.shift.afterHours": {
    id: "Karena diterima pukul {time} WIB atau sesudahnya, dihitung diterima pada hari kerja berikutnya: {date}.",
    en: "Because it was received at {time} WIB or later, it counts as received on the next working day: {date}.",
  },
  "ppid.public.clock.shift.nonWorkingDay": {
    id: "Karena hari itu bukan hari kerja, dihitung diterima pada hari kerja berikutnya: {date}.",
    en: "Because that day was not a working day, it counts as received on the next working day: {date}.",
  },
  "ppid.public.clock.shift.none": { id: "Dihitung diterima pada hari itu: {date}.", en: "It counts as received that day: {date}." },
  "ppid.public.clock.start.received": { id: "Permohonan diterima {at}.", en: "Request received on {at}." },
  "ppid.public.clock.start.due": {
    id: "Batas waktu adalah hari kerja ke-{days} sesudahnya: {due}.",
    en: "The deadline is working day {days} after that: {due}.",
  },
  "ppid.public.clock.pause": {
    id: "{date}: PPID meminta kelengkapan permohonan. Waktu pelayanan berhenti (saat itu tersisa {days} hari kerja) sampai jawaban Anda diterima.",
    en: "{date}: the PPID asked for more details. The response time is paused ({days} working days were left then) until your answer is received.",
  },
  "ppid.public.clock.clarReceived": { id: "Kelengkapan diterima {at}.", en: "Additional details received on {at}." },
  "ppid.public.clock.restart": {
    id: "Waktu pelayanan dihitung kembali dari awal, {days} hari kerja: batas waktu baru {due}.",
    en: "The response time starts again from the beginning, {days} working days: new deadline {due}.",
  },
  "ppid.public.clock.resume": {
    id: "Waktu pelayanan dilanjutkan dengan sisa {days} hari kerja: batas waktu baru {due}.",
    en: "The response time continues with the {days} working days that were left: new deadline {due}.",
  },
  "ppid.public.clock.extension": {
    id: "PPID memperpanjang waktu pelayanan {days} hari kerja sesudah {date}, dengan alasan tertulis: batas waktu menjadi {due}.",
    en: "The PPID extended the response time by {days} working days after {date}, giving written reasons: the deadline is now {due}.",
  },
  "ppid.public.clock.decided": {
    id: "Pemberitahuan tertulis dikirim {at}: waktu pelayanan selesai.",
    en: "Written notice sent on {at}: the response time has ended.",
  },
  "ppid.public.clock.skipped": { id: "{n} hari tidak dihitung", en: "Days not counted: {n}" },
});
