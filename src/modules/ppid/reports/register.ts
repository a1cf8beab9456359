/**
 * The public register of requests: every registered request with its outcome
 * and dates, never the requester's identity (no name, NIK, address, contact or
 * files are even selected). Text the requester asked to hide is replaced.
 * Newest first over the received_at index, 50 a page; the total is counted up
 * to a cap, and a text search answers only "more or not".
 */
import { and, asc, desc, eq, gte, ilike, inArray, lt, ne, type SQL, sql } from "drizzle-orm";
import { type Calendar, jakartaDate } from "../../../platform/calendar/index.ts";
import { type Executor, queryRows } from "../../../platform/db/client.ts";
import { units } from "../../organisation/index.ts";
import { NUMBER_RE } from "../case.ts";
import { calendarOptions, type Law } from "../law.ts";
import { ppidRequestEvents, ppidRequests } from "../schema.ts";
import { DECISION_LABEL, type Decision, STATE_LABEL, type State } from "../states.ts";
import { periodInstants, yearPeriod } from "./period.ts";
import { type Pause, responseWorkingDays } from "./workdays.ts";

export const REGISTER_PAGE_SIZE = 50;
/** Totals above this are shown as "more than". */
export const COUNT_CAP = 2_000;
/** Deeper pages cost an OFFSET scan: narrow with the year or OPD filter instead. */
export const MAX_PAGE = 200;
export const HIDDEN_TEXT_LABEL = "Disembunyikan atas permintaan pemohon";

export interface RegisterFilter {
  year?: number;
  unitId?: string;
  state?: State;
  decision?: Decision;
  q?: string;
  page?: number;
}

export interface PublicRegisterItem {
  number: string;
  receivedDate: string;
  unit: { name: string; slug: string } | null;
  status: State;
  statusLabel: string;
  decision: Decision | null;
  decisionLabel: string | null;
  dueDate: string | null;
  decidedDate: string | null;
  /** Working days to the written notice (decided requests only). */
  workingDays: number | null;
  request: string;
  textHidden: boolean;
}

export interface PublicRegisterPage {
  items: PublicRegisterItem[];
  page: number;
  pageSize: number;
  /** Exact up to COUNT_CAP; null for a text search (then only hasMore). */
  total: number | null;
  totalCapped: boolean;
  hasMore: boolean;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (m) => `\\${m}`);

function where(f: RegisterFilter): SQL | undefined {
  const q = f.q?.trim();
  const range = f.year ? periodInstants(yearPeriod(f.year)) : null;
  return and(
    ne(ppidRequests.state, "DIAJUKAN"),
    range ? gte(ppidRequests.receivedAt, range.start) : undefined,
    range ? lt(ppidRequests.receivedAt, range.end) : undefined,
    f.unitId ? eq(ppidRequests.unitId, f.unitId) : undefined,
    f.state ? eq(ppidRequests.state, f.state) : undefined,
    f.decision ? eq(ppidRequests.decision, f.decision) : undefined,
    q
      ? NUMBER_RE.test(q.toUpperCase())
        ? eq(ppidRequests.number, q.toUpperCase())
        : and(eq(ppidRequests.hideText, false), ilike(ppidRequests.details, `%${escapeLike(q)}%`))
      : undefined,
  );
}

/** Clarification pauses of the given requests (for the days column), from their clock events. */
async function pausesOf(db: Executor, ids: string[]): Promise<Map<string, Pause[]>> {
  const out = new Map<string, Pause[]>();
  if (!ids.length) return out;
  const rows = await db
    .select({
      requestId: ppidRequestEvents.requestId,
      kind: ppidRequestEvents.kind,
      at: ppidRequestEvents.at,
      data: ppidRequestEvents.data,
    })
    .from(ppidRequestEvents)
    .where(
      and(
        inArray(ppidRequestEvents.requestId, ids),
        inArray(ppidRequestEvents.kind, ["clarification_requested", "clarification_received"]),
      ),
    )
    .orderBy(asc(ppidRequestEvents.id));
  for (const r of rows) {
    const clockAt = (r.data as { clockAt?: string }).clockAt;
    const at = clockAt ? new Date(clockAt) : r.at;
    const list = out.get(r.requestId) ?? [];
    if (r.kind === "clarification_requested") list.push({ from: at, to: null });
    else if (list.length && list[list.length - 1].to === null) list[list.length - 1].to = at;
    out.set(r.requestId, list);
  }
  return out;
}

export async function publicRegister(db: Executor, cal: Calendar, law: Law, f: RegisterFilter): Promise<PublicRegisterPage> {
  const page = Math.max(1, f.page ?? 1);
  const w = where(f);
  const rows = await db
    .select({
      id: ppidRequests.id,
      number: ppidRequests.number,
      receivedAt: ppidRequests.receivedAt,
      state: ppidRequests.state,
      decision: ppidRequests.decision,
      dueOn: ppidRequests.dueOn,
      decidedAt: ppidRequests.decidedAt,
      details: ppidRequests.details,
      hideText: ppidRequests.hideText,
      unitName: units.name,
      unitSlug: units.slug,
    })
    .from(ppidRequests)
    .leftJoin(units, eq(units.id, ppidRequests.unitId))
    .where(w)
    .orderBy(desc(ppidRequests.receivedAt), desc(ppidRequests.id))
    .limit(REGISTER_PAGE_SIZE + 1)
    .offset((page - 1) * REGISTER_PAGE_SIZE);
  const hasMore = rows.length > REGISTER_PAGE_SIZE;
  const shown = rows.slice(0, REGISTER_PAGE_SIZE);
  let total: number | null = null;
  let totalCapped = false;
  if (!f.q?.trim()) {
    if (page === 1 && !hasMore) total = shown.length;
    else {
      const [c] = await queryRows<{ n: number }>(
        db,
        sql`SELECT count(*)::int AS n FROM (SELECT 1 FROM ${ppidRequests} WHERE ${w} LIMIT ${COUNT_CAP + 1}) s`,
      );
      total = Math.min(Number(c.n), COUNT_CAP);
      totalCapped = Number(c.n) > COUNT_CAP;
    }
  }
  const opts = calendarOptions(law);
  const pauses = await pausesOf(
    db,
    shown.filter((r) => r.decidedAt).map((r) => r.id),
  );
  const items = shown.map(
    (r): PublicRegisterItem => ({
      number: r.number ?? "",
      receivedDate: jakartaDate(r.receivedAt),
      unit: r.unitName && r.unitSlug ? { name: r.unitName, slug: r.unitSlug } : null,
      status: r.state,
      statusLabel: STATE_LABEL[r.state],
      decision: r.decision,
      decisionLabel: r.decision ? DECISION_LABEL[r.decision] : null,
      dueDate: r.dueOn,
      decidedDate: r.decidedAt ? jakartaDate(r.decidedAt) : null,
      workingDays: r.decidedAt
        ? responseWorkingDays(cal, opts, { receivedAt: r.receivedAt, decidedAt: r.decidedAt, pauses: pauses.get(r.id) })
        : null,
      request: r.hideText ? HIDDEN_TEXT_LABEL : r.details,
      textHidden: r.hideText,
    }),
  );
  return { items, page, pageSize: REGISTER_PAGE_SIZE, total, totalCapped, hasMore };
}
