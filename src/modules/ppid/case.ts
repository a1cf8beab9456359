/**
 * What every PPID command shares: loading a request under lock, recording an
 * event on it, issuing the registration number, and rebuilding its clock.
 */
import { asc, eq, inArray, sql } from "drizzle-orm";
import type { AuditActor } from "../../platform/audit/chain.ts";
import { jakartaDate, loadCalendar } from "../../platform/calendar/index.ts";
import { trackingSecretMatches } from "../../platform/crypto/tracking.ts";
import { notFound } from "../../platform/http/errors.ts";
import type { Work } from "../../platform/work.ts";
import { type ClockEvent, computeClock } from "./clock.ts";
import { type Law, loadLaw } from "./law.ts";
import { ppidCounters, ppidRequestEvents, ppidRequests } from "./schema.ts";
import type { RequestFields } from "./schemas.ts";

export type PpidRequest = typeof ppidRequests.$inferSelect;

/** The kinds of event that drive the clock. */
export const CLOCK_EVENT_KINDS = ["received", "clarification_requested", "clarification_received", "extended", "decided"] as const;

/** The form of a registration number: PPID-2026-000123 (path-safe). */
export const NUMBER_RE = /^PPID-(\d{4})-(\d{6})$/;
export const formatNumber = (year: number, seq: number) => `PPID-${year}-${String(seq).padStart(6, "0")}`;

/** The statutory letter number beside it (kode klasifikasi/urut/PPID/tahun, Permendagri 1/2023 practice). */
export const letterNumber = (code: string, year: number, seq: number) => `${code}/${seq}/PPID/${year}`;

/** The kode klasifikasi of PPID case files (Permendagri 83/2022: 500.12.18.1 Pelayanan Informasi). */
export const CASE_CLASSIFICATION = "500.12.18.1";

export { newTrackingSecret } from "../../platform/crypto/tracking.ts";

export function trackingMatches(req: Pick<PpidRequest, "trackingHash">, secret: string | undefined | null): boolean {
  return trackingSecretMatches(req.trackingHash, secret);
}

/** Locks the request row for the rest of the transaction. */
export async function loadForUpdate(w: Work, id: string): Promise<PpidRequest> {
  const [req] = await w.tx.select().from(ppidRequests).where(eq(ppidRequests.id, id)).for("update");
  if (!req) throw notFound("Permohonan tidak ditemukan.");
  return req;
}

/**
 * The next gap-free number of the year: the counter row is locked until the
 * transaction ends, so a rolled-back registration gives its number back.
 */
export async function issueNumber(w: Work, year: number): Promise<IssuedNumber> {
  const [n] = await issueNumbers(w, [year]);
  return n;
}

export interface IssuedNumber {
  number: string;
  seq: number;
  year: number;
  letter: string;
}

/** Numbers for several registrations in one transaction, in the order given (one counter update per year). */
export async function issueNumbers(w: Work, years: readonly number[]): Promise<IssuedNumber[]> {
  const next = new Map<number, number>();
  for (const year of new Set(years)) {
    const k = years.filter((y) => y === year).length;
    const [row] = await w.tx
      .insert(ppidCounters)
      .values({ year, last: k })
      .onConflictDoUpdate({ target: ppidCounters.year, set: { last: sql`${ppidCounters.last} + ${k}` } })
      .returning({ last: ppidCounters.last });
    next.set(year, row.last - k + 1);
  }
  return years.map((year) => {
    const seq = next.get(year) ?? 0;
    next.set(year, seq + 1);
    return { number: formatNumber(year, seq), seq, year, letter: letterNumber(CASE_CLASSIFICATION, year, seq) };
  });
}

export interface EventInput {
  kind: string;
  at?: Date;
  note?: string | null;
  data?: Record<string, unknown>;
  visibility?: "requester" | "staff";
}

/** The requester's and the request's own columns, from the fields every intake shares (online, API, desk). */
export function requestColumns(
  f: RequestFields,
  files: { identityFile: string | null; proxyLetterFile: string | null; email?: string | null },
) {
  return {
    requesterType: f.requesterType,
    name: f.name,
    nik: f.requesterType === "badan_hukum" ? null : (f.nik ?? null),
    legalDocNumber: f.legalDocNumber ?? null,
    address: f.address,
    phone: f.phone ?? null,
    email: f.email ?? files.email ?? null,
    occupation: f.occupation,
    identityFile: files.identityFile,
    proxyName: f.proxy ? (f.proxyName ?? null) : null,
    proxyLetterFile: files.proxyLetterFile,
    details: f.details,
    purpose: f.purpose,
    accessMethods: f.accessMethods,
    copyDelivery: f.copyDelivery ?? null,
    hideText: f.hideText,
  };
}

/** Records an event on the request's history (in the command's transaction). */
export async function addEvent(w: Work, requestId: string, actor: AuditActor, e: EventInput): Promise<void> {
  await addEvents(w, [{ requestId, actor, event: e }]);
}

/** Records several events with one insert, in the order given. */
export async function addEvents(w: Work, list: readonly { requestId: string; actor: AuditActor; event: EventInput }[]): Promise<void> {
  if (!list.length) return;
  await w.tx.insert(ppidRequestEvents).values(
    list.map(({ requestId, actor, event: e }) => ({
      requestId,
      at: e.at ?? new Date(),
      kind: e.kind,
      visibility: e.visibility ?? "requester",
      actorId: actor.id,
      actorName: actor.name,
      note: e.note ?? null,
      data: e.data ?? {},
    })),
  );
}

/** The clock events of a request, in order. */
export async function clockEventsOf(w: Pick<Work, "tx">, requestId: string): Promise<ClockEvent[]> {
  const rows = await w.tx
    .select({ kind: ppidRequestEvents.kind, at: ppidRequestEvents.at, data: ppidRequestEvents.data })
    .from(ppidRequestEvents)
    .where(sql`${ppidRequestEvents.requestId} = ${requestId} AND ${inArray(ppidRequestEvents.kind, [...CLOCK_EVENT_KINDS])}`)
    .orderBy(asc(ppidRequestEvents.at), asc(ppidRequestEvents.id));
  return rows.map((r) => {
    const at = (r.data as { clockAt?: string }).clockAt ? new Date((r.data as { clockAt: string }).clockAt) : r.at;
    return r.kind === "extended"
      ? { kind: "extended", at, days: (r.data as { days?: number }).days }
      : ({ kind: r.kind, at } as ClockEvent);
  });
}

/**
 * Rebuilds the clock from the request's events and stores the due date.
 * Returns the clock and whether the stored due date changed.
 */
export async function refreshClock(w: Work, req: Pick<PpidRequest, "id" | "dueOn">, law?: Law) {
  const cal = await loadCalendar(w.tx);
  const l = law ?? (await loadLaw(w.tx));
  const clock = computeClock(cal, l, await clockEventsOf(w, req.id));
  await w.tx
    .update(ppidRequests)
    .set({ dueOn: clock.due, clockStatus: clock.status, extended: clock.extended, updatedAt: new Date() })
    .where(eq(ppidRequests.id, req.id));
  return { clock, changed: clock.due !== req.dueOn, law: l, cal };
}

/**
 * The clock of a request that has only just been received: the same answer
 * refreshClock gives after the "received" event, without reading the events
 * back (the submission writes it into the new row's INSERT).
 */
export async function startingClock(w: Pick<Work, "tx">, law: Law, receivedAt: Date) {
  const cal = await loadCalendar(w.tx);
  return computeClock(cal, law, [{ kind: "received", at: receivedAt }]);
}

/** Today in Asia/Jakarta. */
export const todayWib = (now = new Date()) => jakartaDate(now);
