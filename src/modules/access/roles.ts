/** Staff roles and security clearances: the vocabulary of the named policies. */
export const CLEARANCES = ["biasa", "terbatas", "rahasia", "sangat_rahasia"] as const;
export type Clearance = (typeof CLEARANCES)[number];

export const ROLES = [
  "admin",
  "ppid_utama",
  "ppid_pelaksana",
  "atasan_ppid",
  "petugas_layanan",
  "redaktur",
  "kontributor",
  "verifikator",
  "arsiparis",
  "unit_kearsipan",
  "pencatat_surat",
  "pimpinan",
  "auditor",
  "walidata",
  "produsen_data",
  "panitia_penilai_arsip",
  "tim_pertimbangan",
  "pejabat_penyetuju_pemusnahan",
] as const;
export type Role = (typeof ROLES)[number];

/** Roles that act for every OPD: they are always held regency-wide (unit_id null). */
export const REGENCY_ONLY_ROLES: readonly Role[] = ["admin", "ppid_utama", "atasan_ppid", "redaktur"];
