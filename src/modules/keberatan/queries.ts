/** Reads of objections for pages and other modules. */
import { asc, desc, eq, inArray, or } from "drizzle-orm";
import { jakartaDate, loadCalendar } from "../../platform/calendar/index.ts";
import type { Executor } from "../../platform/db/client.ts";
import { loadLaw, ppidRequests, type Urgency, urgency } from "../ppid/index.ts";
import { OBJECTION_NUMBER_RE, type Objection } from "./case.ts";
import { keberatan, keberatanEvents, type ObjectionState, sengketa } from "./schema.ts";

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function getObjection(db: Executor, id: string): Promise<Objection | null> {
  if (!UUID_RE.test(id)) return null;
  const [row] = await db.select().from(keberatan).where(eq(keberatan.id, id));
  return row ?? null;
}

export async function findObjectionByNumber(db: Executor, number: string): Promise<Objection | null> {
  const n = number.trim().toUpperCase();
  if (!OBJECTION_NUMBER_RE.test(n)) return null;
  const [row] = await db.select().from(keberatan).where(eq(keberatan.number, n));
  return row ?? null;
}

export async function objectionEvents(db: Executor, id: string, forRequester: boolean) {
  const rows = await db.select().from(keberatanEvents).where(eq(keberatanEvents.keberatanId, id)).orderBy(asc(keberatanEvents.id));
  return forRequester ? rows.filter((e) => e.visibility === "requester") : rows;
}

export async function sengketaOf(db: Executor, id: string) {
  const [row] = await db.select().from(sengketa).where(eq(sengketa.keberatanId, id));
  return row ?? null;
}

/** The objections of one request (for its tracking page), oldest first. */
export async function objectionsOfRequest(db: Executor, requestId: string) {
  return db.select().from(keberatan).where(eq(keberatan.requestId, requestId)).orderBy(asc(keberatan.receivedAt));
}

/** The objections a signed-in citizen may follow: filed from the account, or on a request of the account. */
export async function objectionsOfUser(db: Executor, userId: string): Promise<Objection[]> {
  const owned = db.select({ id: ppidRequests.id }).from(ppidRequests).where(eq(ppidRequests.userId, userId));
  return db
    .select()
    .from(keberatan)
    .where(or(eq(keberatan.filedBy, userId), inArray(keberatan.requestId, owned)))
    .orderBy(desc(keberatan.receivedAt));
}

export const OPEN_OBJECTION_STATES: ObjectionState[] = ["DIAJUKAN", "TERREGISTRASI", "DITERUSKAN_KE_ATASAN"];

export interface QueueRow {
  k: Objection;
  urgency: Urgency;
}

/**
 * The staff queue: objections awaiting the Atasan PPID by due date (with
 * urgency), then decided ones awaiting the requester's answer and disputes.
 */
export async function objectionQueue(db: Executor, which: "open" | "all" = "open"): Promise<QueueRow[]> {
  const states: ObjectionState[] =
    which === "open" ? [...OPEN_OBJECTION_STATES, "DIPUTUS", "SENGKETA"] : [...OPEN_OBJECTION_STATES, "DIPUTUS", "SELESAI", "SENGKETA"];
  const rows = await db
    .select()
    .from(keberatan)
    .where(inArray(keberatan.state, states))
    .orderBy(asc(keberatan.dueOn), asc(keberatan.seq))
    .limit(500);
  const [cal, law] = await Promise.all([loadCalendar(db), loadLaw(db)]);
  const today = jakartaDate(new Date());
  const rank = (k: Objection) => (OPEN_OBJECTION_STATES.includes(k.state) ? 0 : 1);
  return rows
    .map((k) => ({
      k,
      urgency: urgency(cal, law, { status: OPEN_OBJECTION_STATES.includes(k.state) ? "running" : "stopped", due: k.dueOn }, today),
    }))
    .sort((a, b) => rank(a.k) - rank(b.k) || a.k.dueOn.localeCompare(b.k.dueOn));
}
