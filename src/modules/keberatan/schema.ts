import { sql } from "drizzle-orm";
import { bigserial, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** UU KIP Pasal 35(1) a–g. */
export const REASONS = ["a", "b", "c", "d", "e", "f", "g"] as const;
export type Reason = (typeof REASONS)[number];

/** domain.md §1.8: DIAJUKAN → TERREGISTRASI → DITERUSKAN_KE_ATASAN → DIPUTUS → SELESAI (puas) | SENGKETA (tidak puas). */
export const OBJECTION_STATES = ["DIAJUKAN", "TERREGISTRASI", "DITERUSKAN_KE_ATASAN", "DIPUTUS", "SELESAI", "SENGKETA"] as const;
export type ObjectionState = (typeof OBJECTION_STATES)[number];

export const OBJECTION_DECISIONS = ["dikabulkan", "dikabulkan_sebagian", "ditolak"] as const;
export type ObjectionDecision = (typeof OBJECTION_DECISIONS)[number];

export const SENGKETA_STAGES = ["mediasi", "ajudikasi", "putusan", "selesai"] as const;
export type SengketaStage = (typeof SENGKETA_STAGES)[number];

/** How a dispute ended at the Komisi Informasi (for the annual report). */
export const SENGKETA_RESULTS = [
  "mediasi_berhasil",
  "dikabulkan_seluruhnya",
  "dikabulkan_sebagian",
  "ditolak",
  "tidak_dapat_diterima",
  "dicabut",
] as const;
export type SengketaResult = (typeof SENGKETA_RESULTS)[number];

/** An objection (keberatan) against the handling of a PPID request, decided by the Atasan PPID. */
export const keberatan = pgTable(
  "keberatan",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Nomor registrasi KEB-2026-000012, gap-free per year (keberatan_counters). */
    number: text("number").notNull().unique(),
    year: integer("year").notNull(),
    seq: integer("seq").notNull(),
    /** The ppid_requests row objected to. */
    requestId: uuid("request_id").notNull(),
    reasons: jsonb("reasons").$type<string[]>().notNull(),
    kasusPosisi: text("kasus_posisi").notNull(),
    purpose: text("purpose").notNull(),
    /** Who filed: the requester themself or a proxy (kuasa) named here. */
    filerName: text("filer_name").notNull(),
    proxyName: text("proxy_name"),
    email: text("email"),
    phone: text("phone"),
    /** The citizen account, when filed signed in; null for the secret holder or the desk. */
    filedBy: uuid("filed_by"),
    channel: text("channel", { enum: ["online", "desk"] }).notNull(),
    trackingHash: text("tracking_hash").notNull(),
    state: text("state", { enum: OBJECTION_STATES }).notNull(),
    filedAt: ts("filed_at").notNull(),
    /** The instant of receipt the Atasan's 30 working days count from (back-dated at the desk). */
    receivedAt: ts("received_at").notNull(),
    /** The Atasan PPID's decision is due (law.atasanDecisionDays working days from receipt). */
    dueOn: date("due_on", { mode: "string" }).notNull(),
    receiptDocId: text("receipt_doc_id"),
    forwardedAt: ts("forwarded_at"),
    decision: text("decision", { enum: OBJECTION_DECISIONS }),
    decisionText: text("decision_text"),
    decidedAt: ts("decided_at"),
    decidedBy: uuid("decided_by"),
    decidedByName: text("decided_by_name"),
    decidedByPosition: text("decided_by_position"),
    decisionDocId: text("decision_doc_id"),
    requesterResponse: text("requester_response", { enum: ["puas", "tidak_puas"] }),
    respondedAt: ts("responded_at"),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("keberatan_year_seq_idx").on(t.year, t.seq),
    index("keberatan_state_due_idx").on(t.state, t.dueOn),
    index("keberatan_request_idx").on(t.requestId),
    index("keberatan_received_idx").on(t.receivedAt),
  ],
);

/** The history of an objection, as ppid_request_events. */
export const keberatanEvents = pgTable(
  "keberatan_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    keberatanId: uuid("keberatan_id")
      .notNull()
      .references(() => keberatan.id),
    at: ts("at").notNull().defaultNow(),
    kind: text("kind").notNull(),
    visibility: text("visibility", { enum: ["requester", "staff"] })
      .notNull()
      .default("requester"),
    actorId: uuid("actor_id"),
    actorName: text("actor_name").notNull(),
    note: text("note"),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [index("keberatan_events_keberatan_idx").on(t.keberatanId, t.id)],
);

/** Gap-free objection numbers: one row per year, incremented inside the filing transaction. */
export const keberatanCounters = pgTable("keberatan_counters", {
  year: integer("year").primaryKey(),
  last: integer("last").notNull(),
});

/** A dispute (sengketa informasi) at the Komisi Informasi Provinsi Bengkulu, tracked by staff. */
export const sengketa = pgTable(
  "sengketa",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    keberatanId: uuid("keberatan_id")
      .notNull()
      .unique()
      .references(() => keberatan.id),
    /** Filed at the KI (the requester's registration there). */
    filedOn: date("filed_on", { mode: "string" }).notNull(),
    registerNumber: text("register_number"),
    stage: text("stage", { enum: SENGKETA_STAGES }).notNull(),
    mediasiOn: date("mediasi_on", { mode: "string" }),
    ajudikasiOn: date("ajudikasi_on", { mode: "string" }),
    putusanOn: date("putusan_on", { mode: "string" }),
    selesaiOn: date("selesai_on", { mode: "string" }),
    result: text("result", { enum: SENGKETA_RESULTS }),
    outcome: text("outcome"),
    /** Appeal against the KI decision: PTUN (public body) or PN. */
    courtType: text("court_type", { enum: ["ptun", "pn"] }),
    courtFiledOn: date("court_filed_on", { mode: "string" }),
    courtRegisterNumber: text("court_register_number"),
    courtDecidedOn: date("court_decided_on", { mode: "string" }),
    courtOutcome: text("court_outcome"),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
    updatedBy: uuid("updated_by"),
  },
  (t) => [index("sengketa_filed_idx").on(t.filedOn)],
);
