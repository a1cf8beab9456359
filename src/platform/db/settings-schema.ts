import { jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Key/value settings editable by admins (law data, thresholds, portal identity). */
export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});
