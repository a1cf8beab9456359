import { type Context, Hono } from "hono";
import { z } from "zod";
import type { Platform } from "../../platform/context.ts";
import type { AppEnv } from "../../platform/http/env.ts";
import { notFound, ValidationError } from "../../platform/http/errors.ts";
import { requestMeta } from "../../platform/http/request-meta.ts";
import { readForm } from "../../platform/http/validation.ts";
import { href, t } from "../../platform/i18n/index.ts";
import { authorize } from "../access/index.ts";
import { createUnit } from "./commands/createUnit.ts";
import { setUnitStatus } from "./commands/setUnitStatus.ts";
import { updateUnit } from "./commands/updateUnit.ts";
import { getUnit, listUnits, unitHistoryOf } from "./queries.ts";
import { AdminUnitForm, AdminUnitStatusForm } from "./views/AdminUnitForm.tsx";
import { AdminUnitList } from "./views/AdminUnitList.tsx";

const uuid = z.uuid();

/** Admin pages for the OPD list: add, rename, fill in, retire and reactivate (history kept). */
export function organisationAdminRoutes(p: Platform) {
  const r = new Hono<AppEnv>();

  const loadUnit = async (id: string) => {
    if (!uuid.safeParse(id).success) throw notFound();
    const unit = await getUnit(p.db, id);
    if (!unit) throw notFound();
    return unit;
  };

  r.get("/admin/opd", async (c) => {
    authorize(c.get("actor"), "admin.units.manage");
    const units = await listUnits(p.db, { includeRetired: true });
    const notice = c.req.query("disimpan") ? t(c.get("lang"), "opd.admin.saved") : undefined;
    return c.render(<AdminUnitList units={units} notice={notice} />, { title: t(c.get("lang"), "opd.admin.title") });
  });

  r.get("/admin/opd/baru", (c) => {
    authorize(c.get("actor"), "admin.units.manage");
    return c.render(<AdminUnitForm values={{}} />, { title: t(c.get("lang"), "opd.admin.new") });
  });

  r.post("/admin/opd/baru", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "admin.units.manage");
    const form = await readForm(c);
    try {
      await createUnit(p, actor, requestMeta(c, p.config.TRUST_PROXY), form);
      return c.redirect(href(c.get("lang"), "/admin/opd?disimpan=1"), 303);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      c.status(400);
      return c.render(<AdminUnitForm values={form} errors={e.fields} />, {
        title: `${t(c.get("lang"), "ui.error_prefix")}: ${t(c.get("lang"), "opd.admin.new")}`,
      });
    }
  });

  const editPage = async (c: Context<AppEnv>, unitId: string, values?: Record<string, unknown>, errors?: Record<string, string>) => {
    const unit = await loadUnit(unitId);
    const history = await unitHistoryOf(p.db, unit.id);
    const lang = c.get("lang");
    return c.render(
      <>
        <AdminUnitForm unit={unit} values={values ?? unit} errors={errors} />
        <AdminUnitStatusForm unit={unit} values={values ?? {}} errors={errors} />
        <p class="govuk-body-s">{t(lang, "opd.admin.history_count", { n: history.length })}</p>
      </>,
      { title: `${errors ? `${t(lang, "ui.error_prefix")}: ` : ""}${unit.name}` },
    );
  };

  r.get("/admin/opd/:id", (c) => {
    authorize(c.get("actor"), "admin.units.manage");
    return editPage(c, c.req.param("id"));
  });

  r.post("/admin/opd/:id", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "admin.units.manage");
    const unit = await loadUnit(c.req.param("id"));
    const form = await readForm(c);
    try {
      await updateUnit(p, actor, requestMeta(c, p.config.TRUST_PROXY), unit.id, form);
      return c.redirect(href(c.get("lang"), "/admin/opd?disimpan=1"), 303);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      c.status(400);
      return editPage(c, unit.id, form, e.fields);
    }
  });

  r.post("/admin/opd/:id/status", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "admin.units.manage");
    const unit = await loadUnit(c.req.param("id"));
    const form = await readForm(c);
    const status = form.status === "active" ? "active" : "retired";
    try {
      await setUnitStatus(p, actor, requestMeta(c, p.config.TRUST_PROXY), unit.id, status, { reason: form.statusReason });
      return c.redirect(href(c.get("lang"), "/admin/opd?disimpan=1"), 303);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      c.status(400);
      return editPage(c, unit.id, { ...unit, statusReason: form.statusReason }, e.fields);
    }
  });

  return r;
}
