import { integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const REPORT_PERIODS = ["tahunan", "semester1", "semester2"] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];

/** The narrative parts of the laporan layanan informasi publik (domain.md §1.13 a, b, e, f). */
export const NARRATIVE_PARTS = ["kebijakan", "sarana", "kendala", "rekomendasi"] as const;
export type NarrativePart = (typeof NARRATIVE_PARTS)[number];
export type NarrativeParts = Partial<Record<NarrativePart, string>>;

/**
 * What the PPID Utama writes into the annual (or semester) report; the figures
 * are computed from the registers each time. One row per year and period.
 */
export const ppidReportNarratives = pgTable(
  "ppid_report_narratives",
  {
    year: integer("year").notNull(),
    period: text("period", { enum: REPORT_PERIODS }).notNull(),
    parts: jsonb("parts").$type<NarrativeParts>().notNull(),
    updatedBy: uuid("updated_by"),
    updatedByName: text("updated_by_name").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.year, t.period] })],
);
