/**
 * The figures of the statistics page and the laporan layanan informasi publik
 * (domain.md §1.13), aggregated in SQL over the requests received in a period:
 * counts by outcome, working days to the written notice (median, mean), on-time
 * share, extensions, clarifications, refusals by Pasal 17 ground, per OPD.
 * The working days come from one day index (workdays.ts), so a year of 100,000
 * requests is one pass over the table.
 */
import { and, eq, gte, inArray, lt, sql } from "drizzle-orm";
import { addDays, type Calendar, jakartaDate } from "../../../platform/calendar/index.ts";
import { type Executor, queryRows } from "../../../platform/db/client.ts";
import { dikItems } from "../../dip/index.ts";
import { listUnits } from "../../organisation/index.ts";
import { calendarOptions, type Law } from "../law.ts";
import { ppidRequests, ppidResponses } from "../schema.ts";
import { DECISIONS, type Decision, OPEN_STATES } from "../states.ts";
import { type Period, periodInstants } from "./period.ts";
import { cumSql, dayIndex, wibDate } from "./workdays.ts";

export interface Figures {
  received: number;
  registered: number;
  withdrawn: number;
  /** Still open at the time of the report (registered, in process or waiting for a clarification). */
  open: number;
  /** Open and past the due date in force. */
  overdue: number;
  decided: number;
  byDecision: Record<Decision, number>;
  /** Decided with the written notice on or before the due date in force. */
  onTime: number;
  extended: number;
  clarified: number;
  handedOver: number;
  /** Working days to the written notice (null when nothing was decided). */
  medianDays: number | null;
  meanDays: number | null;
  maxDays: number | null;
}

export interface UnitFigures extends Figures {
  unitId: string | null;
  unitName: string;
}

export interface GroundRow {
  letter: string;
  /** Refused requests citing this ground (one request may cite several). */
  refused: number;
  /** Partly granted requests with parts withheld on this ground. */
  partial: number;
}

export interface Stats {
  period: Period;
  total: Figures;
  units: UnitFigures[];
  grounds: GroundRow[];
  /** Refused requests whose approved notice names no Pasal 17 ground (older or imported cases). */
  refusedWithoutGround: number;
  computedAt: Date;
}

interface Row {
  unit_id: string | null;
  total_row: number;
  received: number;
  registered: number;
  withdrawn: number;
  open: number;
  overdue: number;
  decided: number;
  on_time: number;
  extended: number;
  clarified: number;
  handed_over: number;
  median: number | null;
  mean: number | null;
  max: number | null;
  [decision: string]: unknown;
}

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
const round1 = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

function figures(r: Row | undefined): Figures {
  const byDecision = Object.fromEntries(DECISIONS.map((d) => [d, Number(r?.[`d_${d}`] ?? 0)])) as Record<Decision, number>;
  return {
    received: Number(r?.received ?? 0),
    registered: Number(r?.registered ?? 0),
    withdrawn: Number(r?.withdrawn ?? 0),
    open: Number(r?.open ?? 0),
    overdue: Number(r?.overdue ?? 0),
    decided: Number(r?.decided ?? 0),
    byDecision,
    onTime: Number(r?.on_time ?? 0),
    extended: Number(r?.extended ?? 0),
    clarified: Number(r?.clarified ?? 0),
    handedOver: Number(r?.handed_over ?? 0),
    medianDays: round1(num(r?.median)),
    meanDays: round1(num(r?.mean)),
    maxDays: num(r?.max),
  };
}

/** Everything the statistics page and the report show for one period (optionally one OPD). */
export async function computeStats(
  db: Executor,
  cal: Calendar,
  law: Law,
  period: Period,
  opts: { today?: string; unitId?: string } = {},
): Promise<Stats> {
  const today = opts.today ?? jakartaDate(new Date());
  const { start, end } = periodInstants(period);
  // The day index spans every date a decided request of the period can touch.
  const [span] = await queryRows<{ last: string | null }>(
    db,
    sql`SELECT max(${wibDate(sql`coalesce(decided_at, received_at)`)})::text AS last FROM ppid_requests
        WHERE received_at >= ${start} AND received_at < ${end}`,
  );
  // Civil dates compare as strings: the latest of the data, today and the period's end.
  const last = [span?.last ?? today, today, period.to].sort().at(-1) as string;
  const idx = dayIndex(cal, calendarOptions(law), addDays(period.from, -10), addDays(last, 10));
  const w = cumSql(idx, law.officeHoursEnd);
  const evAt = (alias: string) => sql.raw(`coalesce((${alias}.data->>'clockAt')::timestamptz, ${alias}.at)`);
  const open = sql.join(
    OPEN_STATES.map((s) => sql`${s}`),
    sql`, `,
  );
  const unitFilter = opts.unitId ? sql`AND q.unit_id = ${opts.unitId}` : sql``;
  const decisionCols = sql.join(
    DECISIONS.map((d) => sql`count(*) FILTER (WHERE decision = ${d})::int AS ${sql.identifier(`d_${d}`)}`),
    sql`, `,
  );
  const rows = await queryRows<Row>(
    db,
    sql`WITH ${w.cte},
      req AS (
        SELECT q.id, q.unit_id, q.state, q.decision, q.extended, q.due_on, q.decided_at, q.handed_over_at, q.received_at,
               q.number IS NOT NULL AS registered, q.clock_status
        FROM ppid_requests q
        WHERE q.received_at >= ${start} AND q.received_at < ${end} ${unitFilter}
      ),
      asked AS (
        SELECT e.request_id, e.id, ${evAt("e")} AS at
        FROM ppid_request_events e JOIN req ON req.id = e.request_id
        WHERE e.kind = 'clarification_requested'
      ),
      paused AS (
        SELECT a.request_id,
               sum(CASE WHEN ans.at IS NULL THEN 0
                        ELSE greatest(0, ${w.receiptCum(sql`ans.at`)} - ${w.cum(wibDate(sql`a.at`))}) END)::int AS days
        FROM asked a CROSS JOIN wd
        LEFT JOIN LATERAL (
          SELECT ${evAt("r")} AS at FROM ppid_request_events r
          WHERE r.request_id = a.request_id AND r.kind = 'clarification_received' AND r.id > a.id
          ORDER BY r.id LIMIT 1
        ) ans ON true
        GROUP BY a.request_id
      ),
      r AS (
        SELECT req.*, paused.request_id IS NOT NULL AS clarified,
               CASE WHEN req.decided_at IS NOT NULL THEN
                 greatest(0, ${w.cum(wibDate(sql`req.decided_at`))} - ${w.receiptCum(sql`req.received_at`)} - coalesce(paused.days, 0))
               END AS days
        FROM req CROSS JOIN wd LEFT JOIN paused ON paused.request_id = req.id
      )
      SELECT unit_id, GROUPING(unit_id)::int AS total_row,
        count(*)::int AS received,
        count(*) FILTER (WHERE registered)::int AS registered,
        count(*) FILTER (WHERE state = 'DITARIK')::int AS withdrawn,
        count(*) FILTER (WHERE state IN (${open}))::int AS open,
        count(*) FILTER (WHERE state IN (${open}) AND clock_status = 'running' AND due_on < ${today}::date)::int AS overdue,
        count(*) FILTER (WHERE decided_at IS NOT NULL)::int AS decided,
        ${decisionCols},
        count(*) FILTER (WHERE decided_at IS NOT NULL AND due_on IS NOT NULL AND ${wibDate(sql`decided_at`)} <= due_on)::int AS on_time,
        count(*) FILTER (WHERE extended)::int AS extended,
        count(*) FILTER (WHERE clarified)::int AS clarified,
        count(*) FILTER (WHERE handed_over_at IS NOT NULL)::int AS handed_over,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS median,
        avg(days)::float8 AS mean,
        max(days)::int AS max
      FROM r
      GROUP BY GROUPING SETS ((unit_id), ())`,
  );
  const units = await listUnits(db);
  const name = new Map(units.map((u) => [u.id, u.name]));
  const total = figures(rows.find((r) => Number(r.total_row) === 1));
  const perUnit = rows
    .filter((r) => Number(r.total_row) === 0)
    .map((r) => ({
      unitId: r.unit_id,
      unitName: r.unit_id ? (name.get(r.unit_id) ?? "OPD lain") : "Belum diteruskan ke OPD",
      ...figures(r),
    }))
    .sort((a, b) => (a.unitId === null ? 1 : b.unitId === null ? -1 : a.unitName.localeCompare(b.unitName, "id")));
  const g = await refusalGrounds(db, start, end, opts.unitId);
  return { period, total, units: perUnit, grounds: g.grounds, refusedWithoutGround: g.without, computedAt: new Date() };
}

/**
 * The Pasal 17 grounds named in the approved notices of refused and partly
 * granted requests: any `pasal17` letter in the notice content, and the letter
 * of every DIK entry (`dikId`, `dikIds`) it cites.
 */
export function groundsInContent(content: unknown): { letters: string[]; dikIds: string[]; cited: { letter: string; nomor: string }[] } {
  const letters = new Set<string>();
  const dikIds = new Set<string>();
  const cited = new Map<string, { letter: string; nomor: string }>();
  const walk = (v: unknown, depth: number) => {
    if (depth > 6 || v === null || typeof v !== "object") return;
    if (Array.isArray(v)) {
      for (const x of v) walk(x, depth + 1);
      return;
    }
    const o = v as Record<string, unknown>;
    // A cited DIK entry as the draft-response command stores it: { id, nomor, pasal17, … }.
    if (typeof o.pasal17 === "string" && typeof o.nomor === "string" && /^[a-j]$/.test(o.pasal17)) {
      cited.set(o.nomor, { letter: o.pasal17, nomor: o.nomor });
    }
    for (const [k, x] of Object.entries(o)) {
      // Redaction phrases that matched nothing withheld nothing.
      if (k === "unmatched") continue;
      if (/^pasal_?17$/i.test(k) && typeof x === "string" && /^[a-j]$/.test(x)) letters.add(x);
      else if (/^dik_?id$/i.test(k) && typeof x === "string") dikIds.add(x);
      else if (/^dik_?ids$/i.test(k) && Array.isArray(x)) {
        for (const id of x) if (typeof id === "string") dikIds.add(id);
      } else walk(x, depth + 1);
    }
  };
  walk(content, 0);
  return { letters: [...letters], dikIds: [...dikIds], cited: [...cited.values()] };
}

async function refusalGrounds(db: Executor, start: Date, end: Date, unitId?: string) {
  const rows = await db
    .select({ requestId: ppidRequests.id, decision: ppidRequests.decision, content: ppidResponses.content })
    .from(ppidRequests)
    .leftJoin(ppidResponses, and(eq(ppidResponses.requestId, ppidRequests.id), eq(ppidResponses.status, "approved")))
    .where(
      and(
        gte(ppidRequests.receivedAt, start),
        lt(ppidRequests.receivedAt, end),
        inArray(ppidRequests.decision, ["ditolak", "dikabulkan_sebagian"]),
        unitId ? eq(ppidRequests.unitId, unitId) : undefined,
      ),
    );
  const found = new Map<string, { decision: string; letters: Set<string>; dikIds: Set<string> }>();
  for (const r of rows) {
    const entry = found.get(r.requestId) ?? { decision: r.decision ?? "", letters: new Set(), dikIds: new Set() };
    const g = groundsInContent(r.content);
    for (const l of g.letters) entry.letters.add(l);
    for (const id of g.dikIds) entry.dikIds.add(id);
    found.set(r.requestId, entry);
  }
  const ids = [...new Set([...found.values()].flatMap((e) => [...e.dikIds]))].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  const dik = ids.length
    ? await db.select({ id: dikItems.id, pasal17: dikItems.pasal17 }).from(dikItems).where(inArray(dikItems.id, ids))
    : [];
  const letterOf = new Map(dik.map((d) => [d.id, d.pasal17 as string]));
  const counts = new Map<string, GroundRow>();
  let without = 0;
  for (const e of found.values()) {
    const letters = new Set([...e.letters, ...[...e.dikIds].flatMap((id) => (letterOf.has(id) ? [letterOf.get(id) as string] : []))]);
    if (letters.size === 0 && e.decision === "ditolak") without++;
    for (const l of letters) {
      const c = counts.get(l) ?? { letter: l, refused: 0, partial: 0 };
      if (e.decision === "ditolak") c.refused++;
      else c.partial++;
      counts.set(l, c);
    }
  }
  return { grounds: [...counts.values()].sort((a, b) => a.letter.localeCompare(b.letter)), without };
}

/** Counts per year of receipt (WIB) for the statistics page's overview. */
export async function yearlyCounts(db: Executor): Promise<{ year: number; received: number; decided: number }[]> {
  const rows = await queryRows<{ year: number; received: number; decided: number }>(
    db,
    sql`SELECT extract(year FROM ${wibDate(sql`received_at`)})::int AS year, count(*)::int AS received,
               count(*) FILTER (WHERE decided_at IS NOT NULL)::int AS decided
        FROM ppid_requests GROUP BY 1 ORDER BY 1 DESC`,
  );
  return rows.map((r) => ({ year: Number(r.year), received: Number(r.received), decided: Number(r.decided) }));
}
