import { registerMessages } from "../../../platform/i18n/index.ts";

registerMessages({
  "ppid.response.draft_title": { id: "Tanggapan atas permohonan {number}", en: "Response to request {number}" },
  "ppid.response.review_title": { id: "Tinjau tanggapan permohonan {number}", en: "Review the response to request {number}" },
  "ppid.response.closed_title": { id: "Tanggapan tidak dapat disusun", en: "A response cannot be drafted" },
  "ppid.response.closed": {
    id: 'Permohonan ini berstatus "{state}". Tanggapan hanya disusun untuk permohonan yang sedang diproses PPID Pelaksana.',
    en: 'This request is "{state}". A response is drafted only while the request is with the PPID Pelaksana.',
  },
  "ppid.response.back": { id: "Kembali ke permohonan", en: "Back to the request" },
});
