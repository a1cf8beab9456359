import { Hono } from "hono";
import { z } from "zod";
import type { Platform } from "../../platform/context.ts";
import type { AppEnv } from "../../platform/http/env.ts";
import { ValidationError } from "../../platform/http/errors.ts";
import { publicCache } from "../../platform/http/render.tsx";
import { fieldErrors } from "../../platform/http/validation.ts";
import { t } from "../../platform/i18n/index.ts";
import { loadLaw } from "../kip/index.ts";
import { getUnit, getUnitBySlug, listUnits } from "../organisation/index.ts";
import { dikStaffRoutes } from "./dik-routes.tsx";
import { dipStaffRoutes } from "./dip-routes.tsx";
import { durationsOf } from "./law.ts";
import { maklumatStaffRoutes } from "./maklumat-routes.tsx";
import { dipYears, PAGE_SIZE, publicDik, publicDip } from "./queries.ts";
import { DIP_KATEGORI } from "./schema.ts";
import { getBiaya, getMaklumat } from "./settings.ts";
import { MaklumatPage, StandarLayananPage } from "./views/InfoPages.tsx";
import { PublicDikPage } from "./views/PublicDikPage.tsx";
import { type DipQuery, PublicDipPage } from "./views/PublicDipPage.tsx";

const listQuery = z.object({
  q: z.string().trim().max(100, "Kata pencarian paling banyak 100 karakter.").optional(),
  unit: z.string().trim().max(100, "Perangkat daerah tidak dikenal.").optional(),
  kategori: z.enum(DIP_KATEGORI, { error: "Kategori: berkala, serta_merta, atau setiap_saat." }).optional(),
  tahun: z.coerce.number({ error: "Tahun ditulis 4 angka." }).int("Tahun ditulis 4 angka.").min(2000).max(2100).optional(),
  page: z.coerce.number({ error: "Halaman ditulis dengan angka." }).int().min(1, "Halaman paling kecil 1.").max(100_000).optional(),
});

type ListQuery = z.infer<typeof listQuery>;

/** Keeps each filter value that is valid on its own. */
function lenient(raw: Record<string, string>): ListQuery {
  const out: Record<string, unknown> = {};
  for (const [k, schema] of Object.entries(listQuery.shape)) {
    const one = (schema as z.ZodType).safeParse(raw[k]);
    if (one.success) out[k] = one.data;
  }
  return out as ListQuery;
}

/** A unit by id or slug; null when unknown. */
async function resolveUnit(p: Platform, key: string | undefined) {
  if (!key) return null;
  const unit = z.uuid().safeParse(key).success ? await getUnit(p.db, key) : await getUnitBySlug(p.db, key);
  return unit ?? null;
}

/** The public DIP, DIK, maklumat and standar layanan pages, the DIP API, and the staff pages under /ppid/kelola. */
export function dipRoutes(p: Platform) {
  const r = new Hono<AppEnv>();

  /** GET /api/v1/public-information?q=&unit=&kategori=&tahun=&page= — the published DIP as open data. */
  r.get("/api/v1/public-information", async (c) => {
    const parsed = listQuery.safeParse(c.req.query());
    if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error), "Periksa kembali parameter pencarian.");
    const f = parsed.data;
    const unit = await resolveUnit(p, f.unit);
    if (f.unit && !unit) throw new ValidationError({ unit: "Perangkat daerah tidak dikenal." }, "Periksa kembali parameter pencarian.");
    const { rows, total, page, pages } = await publicDip(p.db, {
      q: f.q,
      unitId: unit?.id,
      kategori: f.kategori,
      tahun: f.tahun,
      page: f.page,
    });
    c.header("Cache-Control", "public, max-age=300");
    return c.json({
      page,
      pageSize: PAGE_SIZE,
      pages,
      total,
      items: rows.map((r) => ({
        id: r.id,
        nomor: r.nomor,
        ringkasan: r.ringkasan,
        pejabatPenguasa: r.pejabatPenguasa,
        penanggungJawab: r.penanggungJawab,
        waktuPembuatan: r.waktuPembuatan,
        tempatPembuatan: r.tempatPembuatan,
        bentuk: r.bentuk,
        retensi: r.retensi,
        kategori: r.kategori,
        tahun: r.tahun,
        link: r.link,
        lastUpdatedAt: r.lastUpdatedAt.toISOString(),
        unit: { id: r.unitId, code: r.unitCode, slug: r.unitSlug, name: r.unitName },
      })),
    });
  });

  r.get("/ppid/dip", async (c) => {
    const raw = c.req.query();
    const parsed = listQuery.safeParse(raw);
    // A bad filter value (hand-edited address) is dropped rather than refused: the page still lists.
    const f = parsed.success ? parsed.data : lenient(raw);
    const [unit, units, years] = await Promise.all([resolveUnit(p, f.unit), listUnits(p.db), dipYears(p.db)]);
    const list = await publicDip(p.db, { q: f.q, unitId: unit?.id, kategori: f.kategori, tahun: f.tahun, page: f.page });
    const filter: DipQuery = { q: f.q ?? "", unit: unit?.slug ?? "", kategori: f.kategori ?? "", tahun: f.tahun ? String(f.tahun) : "" };
    publicCache(c, 300);
    return c.render(<PublicDipPage filter={filter} {...list} units={units} years={years} />, { title: t(c.get("lang"), "dip.title") });
  });

  r.get("/ppid/dik", async (c) => {
    const rows = await publicDik(p.db);
    publicCache(c, 300);
    return c.render(<PublicDikPage rows={rows} />, { title: t(c.get("lang"), "dik.title") });
  });

  r.get("/ppid/maklumat", async (c) => {
    const m = await getMaklumat(p.db);
    publicCache(c, 300);
    return c.render(<MaklumatPage m={m} />, { title: t(c.get("lang"), "mak.title") });
  });

  r.get("/ppid/standar-layanan", async (c) => {
    const [biaya, law] = await Promise.all([getBiaya(p.db), loadLaw(p.db)]);
    publicCache(c, 300);
    return c.render(<StandarLayananPage biaya={biaya} durations={durationsOf(law)} />, { title: t(c.get("lang"), "std.title") });
  });

  r.route("/", dipStaffRoutes(p));
  r.route("/", dikStaffRoutes(p));
  r.route("/", maklumatStaffRoutes(p));
  return r;
}
