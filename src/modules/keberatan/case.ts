import { eq, sql } from "drizzle-orm";
import type { AuditActor } from "../../platform/audit/chain.ts";
import { newTrackingSecret, trackingSecretMatches } from "../../platform/crypto/tracking.ts";
import { notFound, ValidationError } from "../../platform/http/errors.ts";
import type { Work } from "../../platform/work.ts";
import { keberatan, keberatanCounters, keberatanEvents, type ObjectionState } from "./schema.ts";

export type Objection = typeof keberatan.$inferSelect;

/** Nomor registrasi keberatan: KEB-2026-000012 (path-safe). */
export const OBJECTION_NUMBER_RE = /^KEB-(\d{4})-(\d{6})$/;
export const formatObjectionNumber = (year: number, seq: number) => `KEB-${year}-${String(seq).padStart(6, "0")}`;

/** The next gap-free number of the year; the counter row stays locked until the transaction ends. */
export async function issueObjectionNumber(w: Work, year: number) {
  const [row] = await w.tx
    .insert(keberatanCounters)
    .values({ year, last: 1 })
    .onConflictDoUpdate({ target: keberatanCounters.year, set: { last: sql`${keberatanCounters.last} + 1` } })
    .returning({ last: keberatanCounters.last });
  return { number: formatObjectionNumber(year, row.last), year, seq: row.last };
}

/** A tracking secret for the objection (shown once, mailed) and the hash we keep. */
export const newSecret = newTrackingSecret;

export function secretMatches(row: Pick<Objection, "trackingHash">, secret: string | null | undefined): boolean {
  return trackingSecretMatches(row.trackingHash, secret);
}

export async function loadObjectionForUpdate(w: Work, id: string): Promise<Objection> {
  const [row] = await w.tx.select().from(keberatan).where(eq(keberatan.id, id)).for("update");
  if (!row) throw notFound("Keberatan tidak ditemukan.");
  return row;
}

export const OBJECTION_STATE_LABEL: Record<ObjectionState, string> = {
  DIAJUKAN: "Diajukan",
  TERREGISTRASI: "Terregistrasi",
  DITERUSKAN_KE_ATASAN: "Diteruskan ke Atasan PPID",
  DIPUTUS: "Diputus Atasan PPID",
  SELESAI: "Selesai (pemohon puas)",
  SENGKETA: "Sengketa di Komisi Informasi",
};

export function assertState(row: Objection, allowed: ObjectionState[]): void {
  if (!allowed.includes(row.state)) {
    throw new ValidationError({
      state: `Keberatan berstatus "${OBJECTION_STATE_LABEL[row.state]}": langkah ini tidak dapat dilakukan sekarang.`,
    });
  }
}

export interface ObjectionEventInput {
  kind: string;
  at?: Date;
  note?: string | null;
  data?: Record<string, unknown>;
  visibility?: "requester" | "staff";
}

export async function addObjectionEvent(w: Work, id: string, actor: AuditActor, e: ObjectionEventInput): Promise<void> {
  await w.tx.insert(keberatanEvents).values({
    keberatanId: id,
    at: e.at ?? new Date(),
    kind: e.kind,
    visibility: e.visibility ?? "requester",
    actorId: actor.id,
    actorName: actor.name,
    note: e.note ?? null,
    data: e.data ?? {},
  });
}

/** The objection's own tracking link. */
export const objectionTrackingPath = (number: string, secret: string) =>
  `/ppid/keberatan/${encodeURIComponent(number)}/${encodeURIComponent(secret)}`;

export const MAIL_FOOTER =
  "\n\n—\nPPID Pemerintah Kabupaten Lebong\nSurel ini dikirim otomatis oleh Satu Pintu. Jangan teruskan tautan rahasia di atas kepada orang lain.";

/** A mail to the person who filed the objection (none when no email is known). */
export async function mailFiler(w: Work, row: Pick<Objection, "email" | "number">, subject: string, body: string, sensitive = false) {
  if (!row.email) return;
  await w.mail({ to: row.email, subject: `[${row.number}] ${subject}`, text: `${body}${MAIL_FOOTER}`, sensitive });
}
