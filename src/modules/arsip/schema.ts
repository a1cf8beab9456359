import { type SQL, sql } from "drizzle-orm";
import { bigint, boolean, customType, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

/** SKKAAD security classes (Perka ANRI 17/2011; domain.md §5), lowest first. */
export const SECURITY_CLASSES = ["biasa", "terbatas", "rahasia", "sangat_rahasia"] as const;
export type SecurityClass = (typeof SECURITY_CLASSES)[number];
/** Nasib akhir of a JRA row. */
export const DISPOSITIONS = ["musnah", "permanen", "dinilai_kembali"] as const;
export type Disposition = (typeof DISPOSITIONS)[number];
/** Arsip dinamis aktif → inaktif → statis (permanen, handed over) or musnah (UU 43/2009). */
export const LIFECYCLES = ["aktif", "inaktif", "statis", "musnah"] as const;
/**
 * ditetapkan: dates computed from the record date; menunggu_pemicu: the JRA row counts from an event
 * (e.g. "Setelah Hak dan Kewajiban Selesai") not yet recorded, so no dates; belum_ditetapkan: no JRA row
 * for the code or any ancestor. Only `ditetapkan` dates may ever lead to a disposal proposal.
 */
export const RETENTION_STATUSES = ["ditetapkan", "menunggu_pemicu", "belum_ditetapkan"] as const;
export const EXTRACTION_STATES = ["pending", "done", "failed", "none"] as const;

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * The default security class of a kode klasifikasi (the codes themselves are organisation's
 * `classifications`). A code without a row inherits its nearest ancestor's; none at all: biasa.
 */
export const arsipClassificationDefaults = pgTable("arsip_classification_defaults", {
  code: text("code").primaryKey(),
  securityClass: text("security_class", { enum: SECURITY_CLASSES }).notNull(),
  reason: text("reason"),
  source: text("source").notNull(),
  updatedBy: uuid("updated_by"),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

/** Jadwal Retensi Arsip rows: kode klasifikasi → active/inactive years (or an event trigger) → nasib akhir. */
export const arsipRetentionRules = pgTable("arsip_retention_rules", {
  code: text("code").primaryKey(),
  description: text("description").notNull(),
  activeYears: integer("active_years").notNull(),
  inactiveYears: integer("inactive_years").notNull(),
  /** The event the active period counts from, when not the record's date. */
  trigger: text("trigger"),
  disposition: text("disposition", { enum: DISPOSITIONS }).notNull(),
  source: text("source").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

/** One archival record (arsip): its description, classification, access class and retention. */
export const arsipRecords = pgTable(
  "arsip_records",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    title: text("title").notNull(),
    description: text("description"),
    /** The creating OPD (organisation's units.id; a plain column as in dip). */
    unitId: uuid("unit_id").notNull(),
    recordDate: date("record_date", { mode: "string" }).notNull(),
    classificationCode: text("classification_code").notNull(),
    documentType: text("document_type").notNull(),
    securityClass: text("security_class", { enum: SECURITY_CLASSES }).notNull(),
    /** Open to citizens on the portal; only ever true for biasa. */
    isPublic: boolean("is_public").notNull().default(false),
    vital: boolean("vital").notNull().default(false),
    /** Comma-separated keywords as typed (normalised). */
    keywords: text("keywords").notNull().default(""),
    physicalLocation: text("physical_location"),
    lifecycle: text("lifecycle", { enum: LIFECYCLES }).notNull().default("aktif"),
    retentionStatus: text("retention_status", { enum: RETENTION_STATUSES }).notNull(),
    /** The code whose JRA row applies (the record's own or its nearest ancestor). */
    retentionCode: text("retention_code"),
    activeUntil: date("active_until", { mode: "string" }),
    inactiveUntil: date("inactive_until", { mode: "string" }),
    disposition: text("disposition", { enum: DISPOSITIONS }),
    legalHold: boolean("legal_hold").notNull().default(false),
    legalHoldReason: text("legal_hold_reason"),
    /** Declared final: no new version, no metadata change. */
    final: boolean("final").notNull().default(false),
    finalAt: timestamp("final_at", { withTimezone: true, mode: "date" }),
    finalBy: uuid("final_by"),
    currentVersion: integer("current_version").notNull().default(1),
    /** The extracted text of the current version's files (what the search reads). */
    contentText: text("content_text").notNull().default(""),
    sourceModule: text("source_module"),
    sourceRef: text("source_ref"),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    /** Weighted: title A, keywords B, description C, extracted text D (first 200,000 characters). */
    tsv: tsvector("tsv")
      .notNull()
      .generatedAlwaysAs(
        (): SQL =>
          sql`setweight(to_tsvector('indonesian'::regconfig, coalesce("title", '')), 'A') || setweight(to_tsvector('indonesian'::regconfig, coalesce("keywords", '')), 'B') || setweight(to_tsvector('indonesian'::regconfig, coalesce("description", '')), 'C') || setweight(to_tsvector('indonesian'::regconfig, left(coalesce("content_text", ''), 200000)), 'D')`,
      ),
  },
  (t) => [
    index("arsip_records_tsv_idx").using("gin", t.tsv),
    index("arsip_records_unit_date_idx").on(t.unitId, t.recordDate),
    index("arsip_records_code_idx").on(t.classificationCode),
    index("arsip_records_date_idx").on(t.recordDate),
    index("arsip_records_source_idx").on(t.sourceModule, t.sourceRef),
  ],
);

/**
 * The files of each version of a record: one row per file (a version may hold several).
 * Rows are only ever added: a new version never overwrites an old one.
 */
export const arsipVersions = pgTable(
  "arsip_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    recordId: uuid("record_id")
      .notNull()
      .references(() => arsipRecords.id),
    versionNo: integer("version_no").notNull(),
    /** Order of the file within its version. */
    part: integer("part").notNull(),
    /** The FileStore key: the SHA-256 of the bytes. */
    fileKey: text("file_key").notNull(),
    name: text("name").notNull(),
    mime: text("mime").notNull(),
    size: bigint("size", { mode: "number" }).notNull(),
    extractedText: text("extracted_text"),
    extractionState: text("extraction_state", { enum: EXTRACTION_STATES }).notNull(),
    extractionAttempts: integer("extraction_attempts").notNull().default(0),
    extractionError: text("extraction_error"),
    extractedAt: timestamp("extracted_at", { withTimezone: true, mode: "date" }),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("arsip_versions_record_version_part_uq").on(t.recordId, t.versionNo, t.part),
    index("arsip_versions_file_key_idx").on(t.fileKey),
  ],
);
