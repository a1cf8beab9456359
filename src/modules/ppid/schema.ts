import { sql } from "drizzle-orm";
import { bigserial, boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { DECISIONS, STATES } from "./states.ts";

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const CHANNELS = ["online", "api", "walk_in", "letter", "phone", "email"] as const;
export const REQUESTER_TYPES = ["perorangan", "badan_hukum", "kelompok"] as const;
export const ACCESS_METHODS = ["melihat", "membaca", "mendengarkan", "mencatat", "salinan_hardcopy", "salinan_softcopy"] as const;
export const COPY_DELIVERIES = ["ambil_langsung", "kurir", "pos", "faksimili", "email"] as const;
export const INFORMATION_STATUSES = ["dikuasai", "belum_didokumentasikan", "tidak_dikuasai"] as const;

/** A request for public information (permohonan informasi publik), domain.md §1.4–§1.7. */
export const ppidRequests = pgTable(
  "ppid_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Nomor pendaftaran, e.g. PPID-2026-000123: issued at registration, gap-free per year. */
    number: text("number").unique(),
    year: integer("year"),
    seq: integer("seq"),
    /** The statutory letter number shown beside it, e.g. 500.12.18.1/123/PPID/2026. */
    letterNumber: text("letter_number"),
    state: text("state", { enum: STATES }).notNull(),
    /** The state a clarification pause returns to. */
    pausedFrom: text("paused_from", { enum: STATES }),
    channel: text("channel", { enum: CHANNELS }).notNull(),
    /** SHA-256 (hex) of the tracking secret given to the requester once. */
    trackingHash: text("tracking_hash").notNull(),
    userId: uuid("user_id"),
    requesterType: text("requester_type", { enum: REQUESTER_TYPES }).notNull(),
    name: text("name").notNull(),
    nik: text("nik"),
    /** Badan hukum: number of the SK/akta. */
    legalDocNumber: text("legal_doc_number"),
    address: text("address").notNull(),
    phone: text("phone"),
    email: text("email"),
    occupation: text("occupation").notNull(),
    /** File keys (the file store) of the KTP / badan hukum document and the surat kuasa. */
    identityFile: text("identity_file"),
    proxyName: text("proxy_name"),
    proxyLetterFile: text("proxy_letter_file"),
    details: text("details").notNull(),
    purpose: text("purpose").notNull(),
    accessMethods: jsonb("access_methods").$type<string[]>().notNull(),
    copyDelivery: text("copy_delivery", { enum: COPY_DELIVERIES }),
    /** The requester asked that the request text stay out of the public register. */
    hideText: boolean("hide_text").notNull().default(false),
    submittedAt: ts("submitted_at").notNull(),
    /** The instant of receipt the clock counts from (back-dated for desk intake). */
    receivedAt: ts("received_at").notNull(),
    registeredAt: ts("registered_at"),
    registeredBy: uuid("registered_by"),
    /** The OPD whose PPID Pelaksana holds the information. */
    unitId: uuid("unit_id"),
    assigneeId: uuid("assignee_id"),
    /** The response clock as last computed (recomputed when the calendar or law data changes). */
    dueOn: date("due_on", { mode: "string" }),
    clockStatus: text("clock_status", { enum: ["running", "paused", "stopped"] })
      .notNull()
      .default("running"),
    extended: boolean("extended").notNull().default(false),
    decision: text("decision", { enum: DECISIONS }),
    informationStatus: text("information_status", { enum: ["dikuasai", "belum_didokumentasikan", "tidak_dikuasai"] }),
    decidedAt: ts("decided_at"),
    /** Verification ids of the tanda bukti and the pemberitahuan tertulis. */
    receiptDocId: text("receipt_doc_id"),
    noticeDocId: text("notice_doc_id"),
    /** Copy/postage fee in rupiah (free when null or 0). */
    fee: integer("fee"),
    handedOverAt: ts("handed_over_at"),
    closedAt: ts("closed_at"),
    withdrawnAt: ts("withdrawn_at"),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("ppid_requests_year_seq_idx").on(t.year, t.seq),
    index("ppid_requests_state_due_idx").on(t.state, t.dueOn),
    index("ppid_requests_unit_state_due_idx").on(t.unitId, t.state, t.dueOn),
    index("ppid_requests_received_idx").on(t.receivedAt),
    index("ppid_requests_user_idx").on(t.userId),
    index("ppid_requests_email_idx").on(sql`lower(${t.email})`),
    // The public register: text search in requests whose text is not hidden, and the decision filter.
    index("ppid_requests_details_trgm_idx").using("gin", sql`${t.details} gin_trgm_ops`).where(sql`${t.hideText} = false`),
    index("ppid_requests_decision_received_idx").on(t.decision, t.receivedAt),
    // The public register by OPD (and year): newest first, and its capped count from the index alone.
    index("ppid_requests_unit_received_idx").on(t.unitId, t.receivedAt, t.id, t.state),
    // The staff queue: open requests only (a few percent of all), in the queue's order; the trailing
    // columns let the section and deadline counts read the index alone once the table is vacuumed.
    index("ppid_requests_open_due_idx")
      .on(t.dueOn, t.receivedAt, t.id, t.state, t.unitId, t.clockStatus)
      .where(sql`${t.state} NOT IN ('SELESAI', 'DITARIK')`),
    index("ppid_requests_open_unit_due_idx").on(t.unitId, t.dueOn, t.receivedAt, t.id).where(sql`${t.state} NOT IN ('SELESAI', 'DITARIK')`),
  ],
);

/**
 * Everything that happened to a request, in order: the case history the
 * requester and staff see (visibility decides who), and the clock's input.
 */
export const ppidRequestEvents = pgTable(
  "ppid_request_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => ppidRequests.id),
    at: ts("at").notNull().defaultNow(),
    kind: text("kind").notNull(),
    /** requester: the requester and staff; staff: staff only. The public register never shows events. */
    visibility: text("visibility", { enum: ["requester", "staff"] })
      .notNull()
      .default("requester"),
    actorId: uuid("actor_id"),
    actorName: text("actor_name").notNull(),
    note: text("note"),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [index("ppid_request_events_request_idx").on(t.requestId, t.id)],
);

/** Gap-free registration numbers: one row per year, incremented inside the registering transaction. */
export const ppidCounters = pgTable("ppid_counters", {
  year: integer("year").primaryKey(),
  last: integer("last").notNull(),
});

/** Files of a request: identity documents, the receipt, notices, the information handed over. */
export const ppidRequestFiles = pgTable(
  "ppid_request_files",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => ppidRequests.id),
    purpose: text("purpose", {
      enum: ["identitas", "surat_kuasa", "lampiran", "tanda_bukti", "pemberitahuan", "informasi", "informasi_redaksi"],
    }).notNull(),
    fileKey: text("file_key").notNull(),
    name: text("name").notNull(),
    mime: text("mime").notNull(),
    size: integer("size").notNull(),
    /** Whether the requester may download it (identity documents and drafts: staff only). */
    forRequester: boolean("for_requester").notNull().default(false),
    createdAt: ts("created_at").notNull().defaultNow(),
    createdBy: uuid("created_by"),
  },
  (t) => [index("ppid_request_files_request_idx").on(t.requestId)],
);

/**
 * A response drafted by the PPID Pelaksana and approved by the PPID Utama
 * (never the same person). The approved one becomes the pemberitahuan tertulis.
 */
export const ppidResponses = pgTable(
  "ppid_responses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => ppidRequests.id),
    status: text("status", { enum: ["draft", "submitted", "approved", "returned"] }).notNull(),
    decision: text("decision", { enum: DECISIONS }).notNull(),
    /** The notice content (§1.6): form, fee, payment, delivery, timing, refusal grounds, holder, redactions. */
    content: jsonb("content").$type<Record<string, unknown>>().notNull(),
    draftedBy: uuid("drafted_by").notNull(),
    draftedByName: text("drafted_by_name").notNull(),
    draftedAt: ts("drafted_at").notNull().defaultNow(),
    reviewedBy: uuid("reviewed_by"),
    reviewedByName: text("reviewed_by_name"),
    reviewedAt: ts("reviewed_at"),
    reviewNote: text("review_note"),
  },
  (t) => [index("ppid_responses_request_idx").on(t.requestId)],
);
