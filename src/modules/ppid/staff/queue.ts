/**
 * The staff queue: the requests a person may see, by due date, with the
 * urgency of each clock. Built to stay fast on 100,000 requests: filters on
 * indexed columns (state, due_on, unit_id), LIMIT/OFFSET paging, urgency
 * counts as due_on ranges whose bounds come from the working-day calendar,
 * and the urgency of the rows shown read off the same bounds.
 */

import { and, asc, eq, ilike, inArray, or, type SQL, sql } from "drizzle-orm";
import { type CivilDate, loadCalendar } from "../../../platform/calendar/index.ts";
import type { Platform } from "../../../platform/context.ts";
import { DbCache } from "../../../platform/db/cache.ts";
import type { Executor } from "../../../platform/db/client.ts";
import type { Actor } from "../../../platform/http/actor.ts";
import { can } from "../../access/index.ts";
import { units } from "../../organisation/index.ts";
import { todayWib } from "../case.ts";
import { type Urgency, type UrgencyBounds, urgencyBounds, urgencyOn } from "../clock.ts";
import { loadLaw, loadLawCached } from "../law.ts";
import { ppidRequests } from "../schema.ts";
import { STATES, type State } from "../states.ts";

export const PAGE_SIZE = 50;
export const SECTIONS = ["registrasi", "teruskan", "proses"] as const;
export type Section = (typeof SECTIONS)[number];
export const URGENCY_FILTERS = ["due_soon", "due_today", "overdue", "long_overdue", "paused"] as const;
export type UrgencyFilter = (typeof URGENCY_FILTERS)[number];
/** Finished requests leave the queue unless asked for by state. */
export const FINISHED: State[] = ["SELESAI", "DITARIK"];

/** Which requests a person sees: every one (desk, PPID Utama, Atasan PPID) or their OPDs' (PPID Pelaksana); null: none. */
export type Visibility = { all: true } | { all: false; units: string[] };

export function visibilityOf(actor: Actor | null): Visibility | null {
  if (!actor) return null;
  if (can(actor, "ppid.request.read")) return { all: true };
  const mine = actor.roles.filter((g) => g.role === "ppid_pelaksana" && g.unitId !== null).map((g) => g.unitId as string);
  const readable = [...new Set(mine)].filter((u) => can(actor, "ppid.request.read", { unitId: u }));
  return readable.length ? { all: false, units: readable } : null;
}

export { urgencyBounds, workingDayBack } from "../clock.ts";

type Bounds = UrgencyBounds;

const running = sql`${ppidRequests.clockStatus} = 'running' AND ${ppidRequests.dueOn} IS NOT NULL`;

/** The SQL condition of one urgency flag. */
export function urgencyWhere(u: UrgencyFilter, b: Bounds): SQL {
  const due = ppidRequests.dueOn;
  switch (u) {
    case "paused":
      return sql`${ppidRequests.clockStatus} = 'paused'`;
    case "due_today":
      return sql`${running} AND ${due} = ${b.today}`;
    case "due_soon":
      return sql`${running} AND ${due} > ${b.today} AND ${due} < ${b.soonBefore}`;
    case "overdue":
      return sql`${running} AND ${due} < ${b.today} AND ${due} >= ${b.longFrom}`;
    case "long_overdue":
      return sql`${running} AND ${due} < ${b.longFrom}`;
  }
}

export function sectionWhere(s: Section): SQL {
  switch (s) {
    case "registrasi":
      return sql`${ppidRequests.state} = 'DIAJUKAN'`;
    case "teruskan":
      return sql`${ppidRequests.state} = 'TERREGISTRASI' AND ${ppidRequests.unitId} IS NULL`;
    case "proses":
      return sql`${ppidRequests.state} NOT IN ('DIAJUKAN', 'SELESAI', 'DITARIK') AND NOT (${ppidRequests.state} = 'TERREGISTRASI' AND ${ppidRequests.unitId} IS NULL)`;
  }
}

export interface QueueFilter {
  section?: Section;
  state?: State;
  unitId?: string;
  urgency?: UrgencyFilter;
  q?: string;
  page: number;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function visibleWhere(v: Visibility): SQL | undefined {
  return v.all ? undefined : inArray(ppidRequests.unitId, v.units);
}

export interface QueueRow {
  id: string;
  number: string | null;
  name: string;
  state: State;
  unitId: string | null;
  unitName: string | null;
  dueOn: string | null;
  clockStatus: "running" | "paused" | "stopped";
  extended: boolean;
  receivedAt: Date;
  channel: string;
  urgency: Urgency;
}

export interface Queue {
  rows: QueueRow[];
  total: number;
  page: number;
  pages: number;
  today: CivilDate;
  counts: Record<Section | UrgencyFilter, number>;
}

/**
 * A busy desk reloads the queue all day: with `cache`, the law data, the
 * section and urgency counts (which scan every open request the person may
 * see) and the page of rows are kept per process for a few seconds and dropped
 * at every commit of this process (any command: what a person just did shows at
 * once; another process's changes show within ROWS_TTL_MS). Without it, every
 * read is fresh.
 */
type CountsRow = Record<string, number>;
const COUNTS_TTL_MS = 5_000;
const ROWS_TTL_MS = 3_000;
const countsCache = new DbCache<CountsRow>(COUNTS_TTL_MS);
const rowsCache = new DbCache<RowData[]>(ROWS_TTL_MS);
type RowData = Omit<QueueRow, "urgency">;

export async function loadQueue(
  db: Executor,
  v: Visibility,
  f: QueueFilter,
  now = new Date(),
  opts: { cache?: Pick<Platform, "db" | "events"> } = {},
): Promise<Queue> {
  const cache = opts.cache;
  if (cache) {
    countsCache.followCommits(cache.events);
    rowsCache.followCommits(cache.events);
  }
  const [cal, law] = await Promise.all([loadCalendar(db), cache ? loadLawCached(cache) : loadLaw(db)]);
  const today = todayWib(now);
  const b = urgencyBounds(cal, law, today);
  // Written out (not bound parameters) so the planner matches the partial index on open requests.
  const active = sql`${ppidRequests.state} NOT IN (${sql.raw(FINISHED.map((s) => `'${s}'`).join(", "))})`;
  const seen = visibleWhere(v);

  const where: (SQL | undefined)[] = [seen, f.state ? eq(ppidRequests.state, f.state) : active];
  if (f.section) where.push(sectionWhere(f.section));
  if (f.unitId) where.push(eq(ppidRequests.unitId, f.unitId));
  if (f.urgency) where.push(urgencyWhere(f.urgency, b));
  const q = f.q?.trim();
  if (q) {
    const like = `%${escapeLike(q)}%`;
    where.push(
      /^ppid-/i.test(q)
        ? ilike(ppidRequests.number, `${escapeLike(q.toUpperCase())}%`)
        : or(ilike(ppidRequests.name, like), ilike(ppidRequests.number, like)),
    );
  }
  const cond = and(...where);

  const countCols = Object.fromEntries([
    ...SECTIONS.map((s) => [s, sql<number>`count(*) filter (where ${sectionWhere(s)})::int`]),
    ...URGENCY_FILTERS.map((u) => [u, sql<number>`count(*) filter (where ${urgencyWhere(u, b)})::int`]),
  ]) as Record<Section | UrgencyFilter, SQL<number>>;

  // Without a state filter the list is a subset of the counted rows: its total is one more column of the same scan.
  const totalCol = f.state ? undefined : sql<number>`count(*) filter (where ${cond ?? sql`true`})::int`;
  const countsKey = JSON.stringify({ v, today, f: { ...f, page: 0 } });
  const loadCounts = async (): Promise<CountsRow> => {
    const [row] = await db
      .select({ ...countCols, ...(totalCol ? { total: totalCol } : {}) })
      .from(ppidRequests)
      .where(and(seen, active));
    return row as CountsRow;
  };
  const loadTotal = async (): Promise<CountsRow> => {
    const [row] = await db.select({ total: sql<number>`count(*)::int` }).from(ppidRequests).where(cond);
    return row;
  };
  const loadRows = async (): Promise<RowData[]> =>
    db
      .select({
        id: ppidRequests.id,
        number: ppidRequests.number,
        name: ppidRequests.name,
        state: ppidRequests.state,
        unitId: ppidRequests.unitId,
        unitName: units.name,
        dueOn: ppidRequests.dueOn,
        clockStatus: ppidRequests.clockStatus,
        extended: ppidRequests.extended,
        receivedAt: ppidRequests.receivedAt,
        channel: ppidRequests.channel,
      })
      .from(ppidRequests)
      .leftJoin(units, eq(units.id, ppidRequests.unitId))
      .where(cond)
      .orderBy(sql`${ppidRequests.dueOn} ASC NULLS LAST`, asc(ppidRequests.receivedAt), asc(ppidRequests.id))
      .limit(PAGE_SIZE)
      .offset((f.page - 1) * PAGE_SIZE);
  const [totals, counts, rows] = await Promise.all([
    f.state ? (cache ? countsCache.get(db, `${countsKey}:total`, loadTotal) : loadTotal()) : Promise.resolve(null),
    cache ? countsCache.get(db, countsKey, loadCounts) : loadCounts(),
    cache ? rowsCache.get(db, JSON.stringify({ v, today, f }), loadRows) : loadRows(),
  ]);
  const { total: listed, ...sectionCounts } = counts as typeof counts & { total?: number };
  const total = Number(totals ? totals.total : listed);
  return {
    rows: rows.map((r) => ({ ...r, urgency: urgencyOn(b, { status: r.clockStatus, due: r.dueOn }) })),
    total,
    page: f.page,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    today,
    counts: Object.fromEntries(Object.entries(sectionCounts).map(([k, n]) => [k, Number(n)])) as Queue["counts"],
  };
}

/** Reads the queue filters from the query string; unknown values are ignored. */
export function queueFilterOf(query: Record<string, string | undefined>): QueueFilter {
  const pick = <T extends string>(v: string | undefined, list: readonly T[]) => (list.includes(v as T) ? (v as T) : undefined);
  const page = Number(query.halaman);
  const unit = query.opd && /^[0-9a-f-]{36}$/i.test(query.opd) ? query.opd : undefined;
  return {
    section: pick(query.bagian, SECTIONS),
    state: pick(query.status, STATES),
    unitId: unit,
    urgency: pick(query.tenggat, URGENCY_FILTERS),
    q: query.cari?.slice(0, 100) || undefined,
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  };
}
