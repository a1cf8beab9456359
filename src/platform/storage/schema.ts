import { sql } from "drizzle-orm";
import { bigint, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

/** Metadata of content-addressed blobs (the bytes live in the FileStore). */
export const blobs = pgTable("blobs", {
  sha256: text("sha256").primaryKey(),
  size: bigint("size", { mode: "number" }).notNull(),
  mime: text("mime").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

/**
 * What the fixity check found wrong with a stored blob: missing from the file
 * store, or bytes that no longer hash to their key. One open alert per blob;
 * closed (resolved_at) when a later check finds the file sound again.
 */
export const fixityAlerts = pgTable(
  "fixity_alerts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sha256: text("sha256").notNull(),
    problem: text("problem", { enum: ["missing", "mismatch"] }).notNull(),
    /** The hash the stored bytes have now (mismatch). */
    foundSha256: text("found_sha256"),
    detectedAt: timestamp("detected_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    resolvedAt: timestamp("resolved_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [uniqueIndex("fixity_alerts_open_idx").on(t.sha256).where(sql`resolved_at IS NULL`)],
);
