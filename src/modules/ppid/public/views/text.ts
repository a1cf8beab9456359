/** Plain-language words of the requester's pages. */
import { formatCivilDate, jakartaDate, jakartaTime } from "../../../../platform/calendar/index.ts";

/** "Jumat, 13 Maret 2026 pukul 16.30 WIB". */
export const wibStamp = (d: Date) => `${formatCivilDate("id", jakartaDate(d))} pukul ${jakartaTime(d).replace(":", ".")} WIB`;

/** What happened, as the requester reads it in the history of the request. */
export const EVENT_LABEL: Record<string, string> = {
  received: "Permohonan diterima",
  registered: "Permohonan diregistrasi",
  receipt_issued: "Tanda bukti permohonan diterbitkan",
  assigned: "Diteruskan ke PPID Pelaksana perangkat daerah yang menguasai informasi",
  reassigned: "Dialihkan ke PPID Pelaksana perangkat daerah lain",
  clarification_requested: "PPID meminta kelengkapan permohonan (waktu pelayanan berhenti)",
  clarification_received: "Kelengkapan dari Anda diterima (waktu pelayanan dihitung kembali)",
  extended: "Waktu pelayanan diperpanjang",
  decided: "Pemberitahuan tertulis dikirim",
  fee_notified: "Biaya salinan disampaikan",
  handed_over: "Informasi diserahkan",
  closed: "Permohonan selesai",
  withdrawn: "Anda menarik permohonan",
  clock_recomputed: "Batas waktu dihitung ulang karena kalender hari libur berubah",
};

export const eventLabel = (kind: string) => EVENT_LABEL[kind] ?? kind.replaceAll("_", " ");

export const FILE_PURPOSE_LABEL: Record<string, string> = {
  identitas: "Identitas pemohon",
  surat_kuasa: "Surat kuasa",
  lampiran: "Lampiran",
  tanda_bukti: "Tanda bukti permohonan",
  pemberitahuan: "Pemberitahuan tertulis",
  informasi: "Informasi yang diminta",
  informasi_redaksi: "Informasi yang diminta (sebagian dihitamkan)",
};

export const kb = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
