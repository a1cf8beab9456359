/** Indonesian labels of the request's coded fields (forms, pages, PDFs, registers). */
export const REQUESTER_TYPE_LABEL: Record<string, string> = {
  perorangan: "Perorangan",
  badan_hukum: "Badan hukum",
  kelompok: "Kelompok orang",
};

export const ACCESS_METHOD_LABEL: Record<string, string> = {
  melihat: "Melihat",
  membaca: "Membaca",
  mendengarkan: "Mendengarkan",
  mencatat: "Mencatat",
  salinan_hardcopy: "Mendapatkan salinan cetak (hardcopy)",
  salinan_softcopy: "Mendapatkan salinan elektronik (softcopy)",
};

export const COPY_DELIVERY_LABEL: Record<string, string> = {
  ambil_langsung: "Mengambil langsung",
  kurir: "Kurir",
  pos: "Pos",
  faksimili: "Faksimili",
  email: "Email",
};

export const CHANNEL_LABEL: Record<string, string> = {
  online: "Formulir daring",
  api: "API",
  walk_in: "Datang langsung",
  letter: "Surat",
  phone: "Telepon",
  email: "Email",
};

export const INFORMATION_STATUS_LABEL: Record<string, string> = {
  dikuasai: "Dikuasai",
  belum_didokumentasikan: "Belum didokumentasikan",
  tidak_dikuasai: "Tidak dikuasai",
};

/** A NIK as printed on documents others may see: only the last four digits. */
export const maskNik = (nik: string | null) => (nik ? `${"•".repeat(12)}${nik.slice(-4)}` : "—");
