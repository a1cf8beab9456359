import { sql } from "drizzle-orm";
import { Hono } from "hono";
import { z } from "zod";
import { jakartaDate, loadCalendar } from "../../../platform/calendar/index.ts";
import type { Platform } from "../../../platform/context.ts";
import { DbCache } from "../../../platform/db/cache.ts";
import type { Executor } from "../../../platform/db/client.ts";
import type { AppEnv } from "../../../platform/http/env.ts";
import { ValidationError } from "../../../platform/http/errors.ts";
import { FragmentCache } from "../../../platform/http/fragment.tsx";
import { publicCache } from "../../../platform/http/render.tsx";
import { fieldErrors } from "../../../platform/http/validation.ts";
import { t } from "../../../platform/i18n/index.ts";
import { getUnit, getUnitBySlug, listUnitsCached } from "../../organisation/index.ts";
import { loadLaw, loadLawCached } from "../law.ts";
import { ppidRequests } from "../schema.ts";
import { DECISIONS, STATES, type State } from "../states.ts";
import { metricDefinitions } from "./definitions.ts";
import { loadObjectionSummary } from "./objections.ts";
import { yearPeriod, yearSchema } from "./period.ts";
import { MAX_PAGE, type PublicRegisterPage as PublicRegisterData, publicRegister } from "./register.ts";
import { computeStats, yearlyCounts } from "./stats.ts";
import { PublicRegisterPage, type RegisterQuery } from "./views/PublicRegisterPage.tsx";
import { StatisticsPage } from "./views/StatisticsPage.tsx";

const REGISTER_STATES = STATES.filter((s) => s !== "DIAJUKAN") as [string, ...string[]];

const registerQuery = z.object({
  q: z.string().trim().max(100, "Kata pencarian paling banyak 100 karakter.").optional(),
  tahun: yearSchema.optional(),
  opd: z.string().trim().max(100, "Perangkat daerah tidak dikenal.").optional(),
  status: z.enum(REGISTER_STATES, { error: `Status: ${REGISTER_STATES.join(", ")}.` }).optional(),
  keputusan: z.enum(DECISIONS, { error: `Keputusan: ${DECISIONS.join(", ")}.` }).optional(),
  page: z.coerce
    .number({ error: "Halaman ditulis dengan angka." })
    .int("Halaman ditulis dengan angka.")
    .min(1, "Halaman paling kecil 1.")
    .max(MAX_PAGE, `Halaman paling besar ${MAX_PAGE}; persempit dengan saringan tahun atau perangkat daerah.`),
});
type Query = z.infer<typeof registerQuery>;

/** Empty parameters (an untouched select) count as absent. */
const present = (raw: Record<string, string>) => Object.fromEntries(Object.entries(raw).filter(([, v]) => v.trim() !== ""));

/** Keeps each filter value that is valid on its own (a hand-edited bad value is dropped on the HTML page). */
function lenient(raw: Record<string, string>): Partial<Query> {
  const out: Record<string, unknown> = {};
  for (const [k, schema] of Object.entries(registerQuery.shape)) {
    const one = (schema as z.ZodType).safeParse(raw[k]);
    if (one.success) out[k] = one.data;
  }
  return out as Partial<Query>;
}

async function resolveUnit(p: Platform, key: string | undefined) {
  if (!key) return null;
  const active = (await listUnitsCached(p)).find((u) => u.id === key || u.slug === key);
  if (active) return active;
  return (z.uuid().safeParse(key).success ? await getUnit(p.db, key) : await getUnitBySlug(p.db, key)) ?? null;
}

/** Years from the first request received to this year (two index probes, not a scan). */
async function registerYears(db: Executor): Promise<number[]> {
  const [row] = await db.select({ first: sql<string | null>`min(${ppidRequests.receivedAt})::text` }).from(ppidRequests);
  const now = Number(jakartaDate(new Date()).slice(0, 4));
  const first = row?.first ? Number(String(row.first).slice(0, 4)) : now;
  return Array.from({ length: Math.max(1, now - first + 1) }, (_, i) => now - i);
}

/**
 * Register pages by their filter, and the years list: kept per process for
 * REGISTER_TTL_MS and dropped at every commit of this process. The page cache
 * answers a repeated URL; this answers the same filter behind a different URL
 * (another parameter order, a tracking parameter, the API and the HTML page).
 */
const REGISTER_TTL_MS = 10_000;
const registerCache = new DbCache<PublicRegisterData>(REGISTER_TTL_MS, 500);
const yearsCache = new DbCache<number[]>(REGISTER_TTL_MS);
const registerPages = new FragmentCache(REGISTER_TTL_MS, 500);

/** The public register (page and API) and the statistics page: anonymous, cacheable, no identity. */
export function publicReportRoutes(p: Platform) {
  const r = new Hono<AppEnv>();
  registerCache.followCommits(p.events);
  yearsCache.followCommits(p.events);
  const load = (f: Partial<Query>, unitId?: string) => {
    const filter = { q: f.q, year: f.tahun, unitId, state: f.status as State | undefined, decision: f.keputusan, page: f.page };
    return registerCache.get(p.db, JSON.stringify(filter), async () =>
      publicRegister(p.db, await loadCalendar(p.db), await loadLawCached(p), filter),
    );
  };

  /** GET /api/v1/register?tahun=&opd=&status=&keputusan=&q=&page= */
  r.get("/api/v1/register", async (c) => {
    const parsed = registerQuery.partial().safeParse(present(c.req.query()));
    if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error), "Periksa kembali parameter register.");
    const unit = await resolveUnit(p, parsed.data.opd);
    if (parsed.data.opd && !unit)
      throw new ValidationError({ opd: "Perangkat daerah tidak dikenal." }, "Periksa kembali parameter register.");
    const data = await load(parsed.data, unit?.id);
    c.header("Cache-Control", "public, max-age=60");
    return c.json({
      page: data.page,
      pageSize: data.pageSize,
      total: data.total,
      totalCapped: data.totalCapped,
      hasMore: data.hasMore,
      items: data.items,
    });
  });

  r.get("/ppid/register", async (c) => {
    const raw = present(c.req.query());
    const parsed = registerQuery.partial().safeParse(raw);
    const f = parsed.success ? parsed.data : lenient(raw);
    const unit = await resolveUnit(p, f.opd);
    const filter: RegisterQuery = {
      q: f.q ?? "",
      tahun: f.tahun ? String(f.tahun) : "",
      opd: unit?.slug ?? "",
      status: f.status ?? "",
      keputusan: f.keputusan ?? "",
    };
    const body = await registerPages.render(c, p, JSON.stringify({ filter, page: f.page ?? 1 }), async () => {
      const [data, units, years] = await Promise.all([
        load(f, unit?.id),
        listUnitsCached(p),
        yearsCache.get(p.db, "years", () => registerYears(p.db)),
      ]);
      return <PublicRegisterPage filter={filter} data={data} units={units} years={years} />;
    });
    publicCache(c, 60);
    return c.render(body, { title: t(c.get("lang"), "ppidr.register.title") });
  });

  r.get("/ppid/statistik", async (c) => {
    const asked = yearSchema.safeParse(c.req.query("tahun"));
    const year = asked.success ? asked.data : Number(jakartaDate(new Date()).slice(0, 4));
    const [cal, law] = await Promise.all([loadCalendar(p.db), loadLaw(p.db)]);
    const period = yearPeriod(year);
    const [stats, years, objections] = await Promise.all([
      computeStats(p.db, cal, law, period),
      yearlyCounts(p.db),
      loadObjectionSummary(p, period),
    ]);
    publicCache(c, 300);
    return c.render(
      <StatisticsPage year={year} years={years} stats={stats} objections={objections} definitions={metricDefinitions(law)} />,
      { title: t(c.get("lang"), "ppidr.stats.title") },
    );
  });
  return r;
}
