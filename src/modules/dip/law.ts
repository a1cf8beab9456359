/** The legal vocabulary of the lists: Pasal 17 UU KIP grounds, categories, forms, and the service durations. */
import type { Law } from "../kip/index.ts";
import type { DIK_STATUS, DIP_BENTUK, DIP_KATEGORI, PASAL17_LETTERS, UJI_DILAKUKAN } from "./schema.ts";

export type Pasal17 = (typeof PASAL17_LETTERS)[number];
export type DipKategori = (typeof DIP_KATEGORI)[number];
export type DipBentuk = (typeof DIP_BENTUK)[number];
export type DikStatus = (typeof DIK_STATUS)[number];
export type UjiDilakukan = (typeof UJI_DILAKUKAN)[number];

/** UU 14/2008 Pasal 17 huruf a–j: information exempt from disclosure (domain §1.9). */
export const PASAL17: Record<Pasal17, string> = {
  a: "Informasi yang apabila dibuka dapat menghambat proses penegakan hukum",
  b: "Informasi yang apabila dibuka dapat mengganggu perlindungan hak atas kekayaan intelektual dan perlindungan dari persaingan usaha tidak sehat",
  c: "Informasi yang apabila dibuka dapat membahayakan pertahanan dan keamanan negara",
  d: "Informasi yang apabila dibuka dapat mengungkapkan kekayaan alam Indonesia",
  e: "Informasi yang apabila dibuka dapat merugikan ketahanan ekonomi nasional",
  f: "Informasi yang apabila dibuka dapat merugikan kepentingan hubungan luar negeri",
  g: "Informasi yang apabila dibuka dapat mengungkapkan isi akta otentik yang bersifat pribadi dan kemauan terakhir ataupun wasiat seseorang",
  h: "Informasi yang apabila dibuka dapat mengungkap rahasia pribadi",
  i: "Memorandum atau surat-surat antar atau intra Badan Publik yang menurut sifatnya dirahasiakan, kecuali atas putusan Komisi Informasi atau pengadilan",
  j: "Informasi yang tidak boleh diungkapkan berdasarkan Undang-Undang",
};

/** Pasal 20 UU KIP: only these grounds may be closed without an end date. */
export const PERMANENT_GROUNDS: readonly Pasal17[] = ["g", "h"];

/** Law enforcement (huruf a): at most 30 years (PP 61/2010). */
export const MAX_YEARS_LAW_ENFORCEMENT = 30;

/** The reminder about an overdue berkala item repeats after this many days. */
export const STALE_REMINDER_DAYS = 30;

/** The service durations in working days (UU KIP Pasal 22, 36, 37), from the law data in force. */
export function durationsOf(law: Law) {
  return {
    response: law.responseDays,
    extension: law.extensionDays,
    keberatan: law.objectionWindowDays,
    atasanResponse: law.atasanDecisionDays,
    sengketa: law.disputeWindowDays,
  };
}

export type Durations = ReturnType<typeof durationsOf>;
