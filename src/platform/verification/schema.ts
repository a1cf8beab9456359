import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** Every document the system issues, with its hash and the Ed25519 signature of this entry. */
export const issuedDocuments = pgTable(
  "issued_documents",
  {
    id: text("id").primaryKey(),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    sha256: text("sha256").notNull(),
    fileKey: text("file_key"),
    unitId: uuid("unit_id"),
    subjectType: text("subject_type"),
    subjectId: text("subject_id"),
    issuedAt: timestamp("issued_at", { withTimezone: true, mode: "date" }).notNull(),
    keyId: text("key_id").notNull(),
    signature: text("signature").notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true, mode: "date" }),
    revokedReason: text("revoked_reason"),
  },
  (t) => [index("issued_documents_sha_idx").on(t.sha256)],
);

export const signingKeys = pgTable("signing_keys", {
  id: text("id").primaryKey(),
  publicKeyPem: text("public_key_pem").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});
