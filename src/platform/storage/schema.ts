import { bigint, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Metadata of content-addressed blobs (the bytes live in the FileStore). */
export const blobs = pgTable("blobs", {
  sha256: text("sha256").primaryKey(),
  size: bigint("size", { mode: "number" }).notNull(),
  mime: text("mime").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});
