import { Hono } from "hono";
import { z } from "zod";
import type { Platform } from "../../platform/context.ts";
import type { AppEnv } from "../../platform/http/env.ts";
import { notFound } from "../../platform/http/errors.ts";
import { publicCache } from "../../platform/http/render.tsx";
import { t } from "../../platform/i18n/index.ts";
import { organisationAdminRoutes } from "./admin-routes.tsx";
import { getUnitBySlug, listUnits, regionName, unitHistoryOf, villagesOf } from "./queries.ts";
import { UnitDirectoryPage } from "./views/UnitDirectoryPage.tsx";
import { UnitPage } from "./views/UnitPage.tsx";

const searchSchema = z.object({ q: z.string().max(100).optional() });

export function organisationRoutes(p: Platform) {
  const r = new Hono<AppEnv>();

  r.get("/opd", async (c) => {
    const parsed = searchSchema.safeParse(c.req.query());
    const q = parsed.success ? (parsed.data.q ?? "") : "";
    const list = await listUnits(p.db, { q });
    publicCache(c);
    return c.render(<UnitDirectoryPage units={list} q={q} tooLong={!parsed.success} />, { title: t(c.get("lang"), "opd.title") });
  });

  r.get("/opd/:slug", async (c) => {
    const unit = await getUnitBySlug(p.db, c.req.param("slug"));
    if (!unit) throw notFound();
    const [region, history, villages] = await Promise.all([
      regionName(p.db, unit.regionCode),
      unitHistoryOf(p.db, unit.id),
      unit.regionCode ? villagesOf(p.db, unit.regionCode) : Promise.resolve([]),
    ]);
    publicCache(c);
    return c.render(<UnitPage unit={unit} region={region} history={history} villages={villages} />, { title: unit.name });
  });

  r.route("/", organisationAdminRoutes(p));
  return r;
}
