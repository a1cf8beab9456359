/** Reads of requests shared by pages, APIs and other modules (through index.ts). */
import { asc, eq } from "drizzle-orm";
import type { Executor } from "../../platform/db/client.ts";
import type { Actor } from "../../platform/http/actor.ts";
import { NUMBER_RE, type PpidRequest, trackingMatches } from "./case.ts";
import { ppidRequestEvents, ppidRequestFiles, ppidRequests, ppidResponses } from "./schema.ts";

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A request by its registration number (PPID-2026-000123) or, before registration, its id. */
export async function findRequestByRef(db: Executor, ref: string): Promise<PpidRequest | null> {
  const r = ref.trim().toUpperCase();
  if (NUMBER_RE.test(r)) {
    const [row] = await db.select().from(ppidRequests).where(eq(ppidRequests.number, r));
    return row ?? null;
  }
  if (UUID_RE.test(ref.trim())) {
    const [row] = await db.select().from(ppidRequests).where(eq(ppidRequests.id, ref.trim().toLowerCase()));
    return row ?? null;
  }
  return null;
}

export async function getRequest(db: Executor, id: string): Promise<PpidRequest | null> {
  if (!UUID_RE.test(id)) return null;
  const [row] = await db.select().from(ppidRequests).where(eq(ppidRequests.id, id));
  return row ?? null;
}

/**
 * Whether this person is the requester: the citizen account that filed it, or
 * whoever holds the tracking secret.
 */
export function isRequester(req: Pick<PpidRequest, "userId" | "trackingHash">, actor: Actor | null, secret?: string | null): boolean {
  if (actor?.kind === "citizen" && req.userId && actor.userId === req.userId) return true;
  return trackingMatches(req, secret);
}

/** The events of a request in order (`forRequester` leaves out staff-only events). */
export async function requestEvents(db: Executor, id: string, forRequester: boolean) {
  const rows = await db.select().from(ppidRequestEvents).where(eq(ppidRequestEvents.requestId, id)).orderBy(asc(ppidRequestEvents.id));
  return forRequester ? rows.filter((e) => e.visibility === "requester") : rows;
}

export async function requestFiles(db: Executor, id: string, forRequester: boolean) {
  const rows = await db.select().from(ppidRequestFiles).where(eq(ppidRequestFiles.requestId, id)).orderBy(asc(ppidRequestFiles.createdAt));
  return forRequester ? rows.filter((f) => f.forRequester) : rows;
}

export async function requestResponses(db: Executor, id: string) {
  return db.select().from(ppidResponses).where(eq(ppidResponses.requestId, id)).orderBy(asc(ppidResponses.draftedAt));
}

/**
 * The dates from which each keberatan reason (UU KIP Pasal 35(1) a–g) arises,
 * for the objection window: the written notice, the day after a missed due
 * date, the fee notice, the hand-over.
 */
export async function objectionDates(db: Executor, id: string) {
  const req = await getRequest(db, id);
  if (!req) return null;
  const events = await requestEvents(db, id, false);
  const at = (kind: string) => events.filter((e) => e.kind === kind).at(-1)?.at ?? null;
  return {
    request: req,
    /** Pemberitahuan tertulis sent (decision), for reasons a, d, e. */
    noticeAt: req.decidedAt,
    /** Due date in force; reason c (not answered) arises the day after it when no notice was sent by then. */
    dueOn: req.dueOn,
    /** Fee notified (reason f): the notice when it names a fee, or a later fee event. */
    feeNoticeAt: at("fee_notified") ?? (req.fee ? req.decidedAt : null),
    /** Information handed over (reasons d, e, g). */
    handedOverAt: req.handedOverAt,
    decision: req.decision,
  };
}
