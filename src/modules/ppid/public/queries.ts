/** Reads for the requester's pages: the case with its clock explained, and a citizen's own requests. */
import { desc, eq } from "drizzle-orm";
import { addWorkingDays, type Calendar, jakartaDate, loadCalendar } from "../../../platform/calendar/index.ts";
import type { Executor } from "../../../platform/db/client.ts";
import { CLOCK_EVENT_KINDS, type PpidRequest } from "../case.ts";
import { type Clock, ClockError, type ClockEvent, computeClock } from "../clock.ts";
import { calendarOptions, type Law, loadLaw } from "../law.ts";
import { requestEvents, requestFiles } from "../queries.ts";
import { ppidRequests } from "../schema.ts";

export type EventRow = Awaited<ReturnType<typeof requestEvents>>[number];
export type FileRow = Awaited<ReturnType<typeof requestFiles>>[number];

/** The clock input from a request's events (the same mapping as case.ts clockEventsOf). */
export function clockEventsFrom(events: readonly EventRow[]): ClockEvent[] {
  const kinds: readonly string[] = CLOCK_EVENT_KINDS;
  return events
    .filter((e) => kinds.includes(e.kind))
    .map((e) => {
      const data = e.data as { clockAt?: string; days?: number };
      const at = data.clockAt ? new Date(data.clockAt) : e.at;
      return e.kind === "extended" ? { kind: "extended", at, days: data.days } : ({ kind: e.kind, at } as ClockEvent);
    });
}

export interface CaseData {
  req: PpidRequest;
  /** Events the requester may see, in order. */
  events: EventRow[];
  /** Files the requester may download. */
  files: FileRow[];
  /** The response clock rebuilt from the events (null when the events cannot be replayed). */
  clock: Clock | null;
  law: Law;
  cal: Calendar;
  /** The open question when the request waits for the requester's answer. */
  clarification: { question: string | null; at: Date } | null;
  /** The last day to file a keberatan against the written notice, when there is one. */
  objectionDue: string | null;
}

/** Everything the requester's case page shows. Events are ordered by id (the order they were recorded). */
export async function caseData(db: Executor, req: PpidRequest): Promise<CaseData> {
  const [all, files, law, cal] = await Promise.all([
    requestEvents(db, req.id, false),
    requestFiles(db, req.id, true),
    loadLaw(db),
    loadCalendar(db),
  ]);
  let clock: Clock | null = null;
  try {
    // The clock uses every clock event in time order, whoever may see it.
    const ordered = [...all].sort((a, b) => a.at.getTime() - b.at.getTime() || a.id - b.id);
    clock = computeClock(cal, law, clockEventsFrom(ordered));
  } catch (e) {
    if (!(e instanceof ClockError)) throw e;
  }
  const events = all.filter((e) => e.visibility === "requester");
  const asked = req.state === "PERLU_KELENGKAPAN" ? all.filter((e) => e.kind === "clarification_requested").at(-1) : undefined;
  const objectionDue = req.decidedAt
    ? addWorkingDays(cal, jakartaDate(req.decidedAt), law.objectionWindowDays, calendarOptions(law)).due
    : null;
  return {
    req,
    events,
    files,
    clock,
    law,
    cal,
    clarification: asked
      ? { question: asked.note, at: asked.at }
      : req.state === "PERLU_KELENGKAPAN"
        ? { question: null, at: req.updatedAt }
        : null,
    objectionDue,
  };
}

/** The requests filed from a citizen account, newest first. */
export async function requestsOfUser(db: Executor, userId: string) {
  return db
    .select({
      id: ppidRequests.id,
      number: ppidRequests.number,
      state: ppidRequests.state,
      details: ppidRequests.details,
      submittedAt: ppidRequests.submittedAt,
      dueOn: ppidRequests.dueOn,
      clockStatus: ppidRequests.clockStatus,
    })
    .from(ppidRequests)
    .where(eq(ppidRequests.userId, userId))
    .orderBy(desc(ppidRequests.submittedAt))
    .limit(200);
}
