/** The maklumat pelayanan and the fee table, kept as rows of the platform settings table. */
import { eq } from "drizzle-orm";
import type { Executor } from "../../platform/db/client.ts";
import { settings } from "../../platform/db/settings-schema.ts";
import { type Law, loadLaw } from "../kip/index.ts";
import { durationsOf } from "./law.ts";

export const MAKLUMAT_KEY = "ppid.maklumat";
export const BIAYA_KEY = "ppid.biaya";

/** The six parts Perki 1/2021 Pasal 47–48 require (domain §1.12). */
export const MAKLUMAT_PARTS = ["dasarHukum", "prosedur", "jangkaWaktu", "biaya", "jaminan", "evaluasi"] as const;
export type MaklumatPart = (typeof MAKLUMAT_PARTS)[number];

export interface Maklumat extends Record<MaklumatPart, string> {
  updatedBy: string | null;
  updatedAt: string | null;
  /** True while the text is the built-in example, not yet set by the PPID Utama. */
  example: boolean;
}

export interface BiayaItem {
  item: string;
  satuan: string;
  /** Rupiah; null: "sesuai tarif" of a third party (post, courier). */
  tarif: number | null;
}

export interface Biaya {
  items: BiayaItem[];
  updatedBy: string | null;
  updatedAt: string | null;
  example: boolean;
}

/** The built-in example maklumat, its jangka waktu from the law data in force. */
export function defaultMaklumat(law: Law): Maklumat {
  const d = durationsOf(law);
  return {
    dasarHukum: [
      "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik.",
      "Peraturan Pemerintah Nomor 61 Tahun 2010 tentang Pelaksanaan Undang-Undang Nomor 14 Tahun 2008.",
      "Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik.",
      "Peraturan Menteri Dalam Negeri Nomor 3 Tahun 2017 tentang Pedoman Pengelolaan Pelayanan Informasi dan Dokumentasi di Lingkungan Kementerian Dalam Negeri dan Pemerintahan Daerah.",
      "Peraturan Bupati Lebong tentang Pedoman Pengelolaan Informasi dan Dokumentasi.",
    ].join("\n"),
    prosedur: [
      "1. Ajukan permohonan informasi secara langsung di meja layanan PPID, melalui surel, pos, atau situs ini, dengan identitas diri (KTP atau akta badan hukum).",
      "2. Petugas mencatat permohonan dan memberikan nomor pendaftaran sebagai tanda terima.",
      "3. PPID memeriksa apakah informasi dikuasai, terbuka, atau dikecualikan.",
      "4. PPID menyampaikan pemberitahuan tertulis: dikabulkan seluruhnya, sebagian, atau ditolak dengan alasan.",
      "5. Informasi diserahkan dengan tanda bukti penyerahan.",
      "6. Bila tidak puas, ajukan keberatan kepada Atasan PPID, lalu sengketa ke Komisi Informasi.",
    ].join("\n"),
    jangkaWaktu: `Pemberitahuan tertulis paling lambat ${d.response} hari kerja sejak permohonan diterima, dan dapat diperpanjang paling lama ${d.extension} hari kerja dengan alasan tertulis. Keberatan dijawab Atasan PPID paling lambat ${d.atasanResponse} hari kerja.`,
    biaya:
      "Layanan informasi publik tidak dipungut biaya. Pemohon hanya menanggung biaya penggandaan atau pengiriman salinan sesuai standar biaya yang diumumkan. Salinan elektronik (softcopy) gratis.",
    jaminan:
      "Kami sanggup menyelenggarakan pelayanan informasi publik sesuai standar pelayanan yang telah ditetapkan. Apabila tidak menepati janji ini, kami siap menerima sanksi sesuai peraturan perundang-undangan yang berlaku.",
    evaluasi:
      "Kinerja pelaksana layanan dievaluasi setiap tahun melalui laporan layanan informasi publik, survei kepuasan pemohon, dan monitoring serta evaluasi Komisi Informasi.",
    updatedBy: null,
    updatedAt: null,
    example: true,
  };
}

/** Example fees (biaya ringan, domain §1.11): to be set by the PPID Utama to local rates. */
export const DEFAULT_BIAYA: Biaya = {
  items: [
    { item: "Salinan elektronik (softcopy) melalui surel", satuan: "permohonan", tarif: 0 },
    { item: "Fotokopi hitam putih A4/F4", satuan: "lembar", tarif: 500 },
    { item: "Cetak berwarna A4", satuan: "lembar", tarif: 2000 },
    { item: "Penjilidan", satuan: "dokumen", tarif: 5000 },
    { item: "Salinan pada CD/DVD (media dari PPID)", satuan: "keping", tarif: 10000 },
    { item: "Pengiriman melalui pos atau kurir", satuan: "kiriman", tarif: null },
  ],
  updatedBy: null,
  updatedAt: null,
  example: true,
};

async function readSetting(db: Executor, key: string): Promise<unknown> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, key));
  return row?.value ?? null;
}

export async function getMaklumat(db: Executor): Promise<Maklumat> {
  const [v, law] = await Promise.all([readSetting(db, MAKLUMAT_KEY) as Promise<Partial<Maklumat> | null>, loadLaw(db)]);
  const example = defaultMaklumat(law);
  return v ? { ...example, ...v, example: false } : example;
}

export async function getBiaya(db: Executor): Promise<Biaya> {
  const v = (await readSetting(db, BIAYA_KEY)) as Partial<Biaya> | null;
  return v?.items ? { ...DEFAULT_BIAYA, ...v, example: false } : DEFAULT_BIAYA;
}

export function rupiah(n: number): string {
  return `Rp ${n.toLocaleString("id-ID")}`;
}
