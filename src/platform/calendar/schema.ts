import { date, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

/** Non-working days: libur nasional, cuti bersama, and ad-hoc or local holidays. */
export const holidays = pgTable(
  "holidays",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    date: date("date", { mode: "string" }).notNull(),
    kind: text("kind", { enum: ["libur_nasional", "cuti_bersama", "libur_daerah", "ad_hoc"] }).notNull(),
    name: text("name").notNull(),
    basis: text("basis").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("holidays_date_kind_uq").on(t.date, t.kind), index("holidays_date_idx").on(t.date)],
);
