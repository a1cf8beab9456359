import { sql } from "drizzle-orm";
import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** Administrative regions (kode wilayah Kemendagri): kabupaten, kecamatan, kelurahan, desa. */
export const regions = pgTable(
  "regions",
  {
    code: text("code").primaryKey(),
    name: text("name").notNull(),
    level: text("level", { enum: ["provinsi", "kabupaten", "kecamatan", "kelurahan", "desa"] }).notNull(),
    parentCode: text("parent_code"),
  },
  (t) => [index("regions_parent_idx").on(t.parentCode)],
);

/** Organisational units (perangkat daerah / OPD, and kecamatan). */
export const units = pgTable(
  "units",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    code: text("code").notNull().unique(),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    kind: text("kind", {
      enum: ["sekretariat", "inspektorat", "badan", "dinas", "satpol", "rsud", "kecamatan", "kantor", "lainnya"],
    }).notNull(),
    regionCode: text("region_code"),
    headName: text("head_name"),
    address: text("address"),
    phone: text("phone"),
    email: text("email"),
    website: text("website"),
    tasks: text("tasks"),
    ppidContact: text("ppid_contact"),
    /** Field names whose current values are demo examples, not verified facts. */
    exampleFields: jsonb("example_fields").$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    source: text("source"),
    status: text("status", { enum: ["active", "retired"] })
      .notNull()
      .default("active"),
    retiredAt: timestamp("retired_at", { withTimezone: true, mode: "date" }),
    retiredReason: text("retired_reason"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index("units_name_trgm_idx").using("gin", sql`${t.name} gin_trgm_ops`), index("units_status_idx").on(t.status, t.name)],
);

/** Every earlier state of a unit (renames, retirements, profile edits). */
export const unitHistory = pgTable(
  "unit_history",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => units.id),
    changedAt: timestamp("changed_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    changedBy: uuid("changed_by"),
    change: text("change", { enum: ["created", "renamed", "updated", "retired", "reactivated"] }).notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
    reason: text("reason"),
  },
  (t) => [index("unit_history_unit_idx").on(t.unitId, t.changedAt)],
);

/** Kode klasifikasi arsip (Permendagri 83/2022), seeded from db/seed. */
export const classifications = pgTable(
  "classifications",
  {
    code: text("code").primaryKey(),
    name: text("name").notNull(),
    parentCode: text("parent_code"),
    source: text("source").notNull(),
  },
  (t) => [index("classifications_parent_idx").on(t.parentCode)],
);
