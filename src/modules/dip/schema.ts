import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

export const DIP_KATEGORI = ["berkala", "serta_merta", "setiap_saat"] as const;
export const DIP_BENTUK = ["softcopy", "hardcopy", "keduanya"] as const;
export const PASAL17_LETTERS = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"] as const;
export const DIK_STATUS = ["proposed", "dikembalikan", "ditetapkan", "dicabut", "kedaluwarsa"] as const;
export const UJI_DILAKUKAN = ["sebelum_permohonan", "atas_permohonan", "perintah_majelis"] as const;

/** Daftar Informasi Publik: one row per information item an OPD holds (the columns of Perki 1/2021, domain §1.10). */
export const dipItems = pgTable(
  "dip_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The OPD (organisation's units.id; a plain column: drizzle-kit cannot load another module's index). */
    unitId: uuid("unit_id").notNull(),
    /** Running number within the OPD's list. */
    nomor: integer("nomor").notNull(),
    ringkasan: text("ringkasan").notNull(),
    pejabatPenguasa: text("pejabat_penguasa").notNull(),
    penanggungJawab: text("penanggung_jawab").notNull(),
    waktuPembuatan: text("waktu_pembuatan").notNull(),
    tempatPembuatan: text("tempat_pembuatan").notNull(),
    bentuk: text("bentuk", { enum: DIP_BENTUK }).notNull(),
    /** Jangka waktu penyimpanan (retensi arsip, per the JRA). */
    retensi: text("retensi").notNull(),
    kategori: text("kategori", { enum: DIP_KATEGORI }).notNull(),
    link: text("link"),
    tahun: integer("tahun").notNull(),
    published: boolean("published").notNull().default(true),
    /** When the content was last brought up to date: berkala staleness (6 months) counts from it. */
    lastUpdatedAt: timestamp("last_updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    /** When the OPD was last told this berkala item is overdue (the reminder repeats after 30 days). */
    staleNotifiedAt: timestamp("stale_notified_at", { withTimezone: true, mode: "date" }),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("dip_items_unit_nomor_uq").on(t.unitId, t.nomor),
    index("dip_items_public_idx").on(t.published, t.kategori, t.tahun),
    index("dip_items_search_idx").using("gin", sql`to_tsvector('indonesian', ${t.ringkasan} || ' ' || ${t.pejabatPenguasa})`),
  ],
);

/**
 * Daftar Informasi yang Dikecualikan: one exception (Pasal 17 UU KIP) with its
 * penetapan (PP 61/2010). Only Pasal 17 huruf g and h may be permanent (Pasal 20).
 */
export const dikItems = pgTable(
  "dik_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** DIK-2026-001, numbered per year when proposed. */
    nomor: text("nomor").notNull(),
    /** The OPD (organisation's units.id; a plain column: drizzle-kit cannot load another module's index). */
    unitId: uuid("unit_id").notNull(),
    informasi: text("informasi").notNull(),
    pasal17: text("pasal17", { enum: PASAL17_LETTERS }).notNull(),
    dasarHukumSektoral: text("dasar_hukum_sektoral"),
    konsekuensi: text("konsekuensi").notNull(),
    pertimbanganKepentinganPublik: text("pertimbangan_kepentingan_publik").notNull(),
    keputusan: text("keputusan", { enum: ["tertutup", "terbuka_sebagian"] }).notNull(),
    jangkaWaktu: text("jangka_waktu").notNull(),
    /** null only for Pasal 17 huruf g/h (permanent, Pasal 20). */
    expiresOn: date("expires_on", { mode: "string" }),
    /** Name and position of the PPID who set it (at penetapan). */
    pejabat: text("pejabat"),
    tempatPenetapan: text("tempat_penetapan"),
    tanggalPenetapan: date("tanggal_penetapan", { mode: "string" }),
    nomorSk: text("nomor_sk"),
    status: text("status", { enum: DIK_STATUS }).notNull().default("proposed"),
    proposedBy: uuid("proposed_by").notNull(),
    approvedBy: uuid("approved_by"),
    returnNote: text("return_note"),
    revokedReason: text("revoked_reason"),
    revokedBy: uuid("revoked_by"),
    revokedAt: timestamp("revoked_at", { withTimezone: true, mode: "date" }),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("dik_items_nomor_uq").on(t.nomor),
    index("dik_items_status_idx").on(t.status, t.unitId),
    check("dik_items_permanent_only_g_h", sql`${t.expiresOn} IS NOT NULL OR ${t.pasal17} IN ('g', 'h')`),
  ],
);

/** The uji konsekuensi (Perki 1/2021 Pasal 49) behind an exception; later tests (on a request, on a Majelis order) add rows. */
export const ujiKonsekuensi = pgTable(
  "uji_konsekuensi",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    dikId: uuid("dik_id")
      .notNull()
      .references(() => dikItems.id),
    dilakukan: text("dilakukan", { enum: UJI_DILAKUKAN }).notNull(),
    dokumen: text("dokumen").notNull(),
    yangDikecualikan: text("yang_dikecualikan").notNull(),
    analisisDasarHukum: text("analisis_dasar_hukum").notNull(),
    analisisKerugian: text("analisis_kerugian").notNull(),
    pertimbanganKepentinganPublik: text("pertimbangan_kepentingan_publik").notNull(),
    kesimpulan: text("kesimpulan").notNull(),
    tim: text("tim").notNull(),
    tanggal: date("tanggal", { mode: "string" }).notNull(),
    recordedBy: uuid("recorded_by"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index("uji_konsekuensi_dik_idx").on(t.dikId, t.tanggal)],
);
