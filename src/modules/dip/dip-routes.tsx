import { type Context, Hono } from "hono";
import { z } from "zod";
import type { Platform } from "../../platform/context.ts";
import type { AppEnv } from "../../platform/http/env.ts";
import { notFound } from "../../platform/http/errors.ts";
import { privatePage } from "../../platform/http/render.tsx";
import { formText, readForm } from "../../platform/http/validation.ts";
import { href, t } from "../../platform/i18n/index.ts";
import { authorize } from "../access/index.ts";
import { loadLaw } from "../kip/index.ts";
import { createDip, setDipPublished, updateDip } from "./commands/saveDip.ts";
import { type DipListRow, getDip, isStale, staffDip } from "./queries.ts";
import { managedUnitIds, metaOf, onFormError, unitChoices } from "./staff.ts";
import { type DipForm, DipFormPage, StaffDipList } from "./views/StaffDipPages.tsx";

const FIELDS = [
  "unitId",
  "ringkasan",
  "pejabatPenguasa",
  "penanggungJawab",
  "waktuPembuatan",
  "tempatPembuatan",
  "bentuk",
  "retensi",
  "kategori",
  "link",
  "tahun",
  "diperbarui",
] as const;

const formOf = (v: Record<string, unknown>): DipForm => Object.fromEntries(FIELDS.map((k) => [k, formText(v[k])])) as unknown as DipForm;
const fromRow = (r: DipListRow): DipForm => ({
  ...formOf(r as unknown as Record<string, unknown>),
  tahun: String(r.tahun),
  link: r.link ?? "",
  diperbarui: "",
});

/** /ppid/kelola/dip: the OPD's Daftar Informasi Publik for its PPID (all OPDs for the PPID Utama). */
export function dipStaffRoutes(p: Platform) {
  const r = new Hono<AppEnv>();
  const uuid = z.uuid();
  const load = async (id: string) => {
    const row = uuid.safeParse(id).success ? await getDip(p.db, id) : null;
    if (!row) throw notFound();
    return row;
  };
  const title = (c: Context<AppEnv>, key: string, error = false) =>
    `${error ? `${t(c.get("lang"), "ui.error_prefix")}: ` : ""}${t(c.get("lang"), key)}`;

  r.get("/ppid/kelola/dip", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "dip.manage");
    privatePage(c);
    const scope = managedUnitIds(actor, ["ppid_pelaksana"]);
    const staleOnly = c.req.query("basi") === "1";
    const q = (c.req.query("q") ?? "").slice(0, 100);
    const page = Number(c.req.query("page")) || 1;
    const { berkalaMonths } = await loadLaw(p.db);
    const [list, stale] = await Promise.all([
      staffDip(p.db, scope, { q, page, staleMonths: staleOnly ? berkalaMonths : undefined }),
      staffDip(p.db, scope, { staleMonths: berkalaMonths }),
    ]);
    return c.render(
      <StaffDipList
        {...list}
        q={q}
        staleOnly={staleOnly}
        staleTotal={stale.total}
        berkalaMonths={berkalaMonths}
        saved={c.req.query("disimpan") === "1"}
      />,
      {
        title: title(c, "dipk.title"),
      },
    );
  });

  r.get("/ppid/kelola/dip/baru", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "dip.manage");
    privatePage(c);
    const units = await unitChoices(p, managedUnitIds(actor, ["ppid_pelaksana"]));
    const form = formOf({ tahun: new Date().getUTCFullYear().toString(), unitId: units.length === 1 ? units[0].value : "" });
    return c.render(<DipFormPage form={form} units={units} />, { title: title(c, "dipk.add") });
  });

  r.post("/ppid/kelola/dip/baru", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "dip.manage");
    const form = formOf(await readForm(c));
    try {
      await createDip(p, actor, metaOf(p, c), form);
      return c.redirect(href(c.get("lang"), "/ppid/kelola/dip?disimpan=1"), 303);
    } catch (e) {
      const units = await unitChoices(p, managedUnitIds(actor, ["ppid_pelaksana"]));
      return onFormError(c, e, (errors) =>
        c.render(<DipFormPage form={form} units={units} errors={errors} />, { title: title(c, "dipk.add", true) }),
      );
    }
  });

  r.get("/ppid/kelola/dip/:id", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "dip.manage");
    const item = await load(c.req.param("id"));
    authorize(actor, "dip.manage", { unitId: item.unitId });
    privatePage(c);
    const [units, law] = await Promise.all([unitChoices(p, managedUnitIds(actor, ["ppid_pelaksana"])), loadLaw(p.db)]);
    return c.render(<DipFormPage item={item} stale={isStale(item, law.berkalaMonths)} form={fromRow(item)} units={units} />, {
      title: title(c, "dipk.edit"),
    });
  });

  r.post("/ppid/kelola/dip/:id", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "dip.manage");
    const item = await load(c.req.param("id"));
    authorize(actor, "dip.manage", { unitId: item.unitId });
    const form = formOf(await readForm(c));
    try {
      await updateDip(p, actor, metaOf(p, c), item.id, form);
      return c.redirect(href(c.get("lang"), "/ppid/kelola/dip?disimpan=1"), 303);
    } catch (e) {
      const [units, law] = await Promise.all([unitChoices(p, managedUnitIds(actor, ["ppid_pelaksana"])), loadLaw(p.db)]);
      return onFormError(c, e, (errors) =>
        c.render(<DipFormPage item={item} stale={isStale(item, law.berkalaMonths)} form={form} units={units} errors={errors} />, {
          title: title(c, "dipk.edit", true),
        }),
      );
    }
  });

  r.post("/ppid/kelola/dip/:id/terbit", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "dip.manage");
    const item = await load(c.req.param("id"));
    const values = await readForm(c);
    await setDipPublished(p, actor, metaOf(p, c), item.id, formText(values.published) === "ya");
    return c.redirect(href(c.get("lang"), "/ppid/kelola/dip?disimpan=1"), 303);
  });

  return r;
}
