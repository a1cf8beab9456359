import { type Context, Hono } from "hono";
import { z } from "zod";
import { jakartaDate } from "../../platform/calendar/index.ts";
import type { Platform } from "../../platform/context.ts";
import type { AppEnv } from "../../platform/http/env.ts";
import { notFound, ValidationError } from "../../platform/http/errors.ts";
import { privatePage } from "../../platform/http/render.tsx";
import { requestMeta } from "../../platform/http/request-meta.ts";
import { formText, readForm } from "../../platform/http/validation.ts";
import { href, t } from "../../platform/i18n/index.ts";
import { authorize } from "../access/index.ts";
import { addHoliday, removeHoliday, updateHoliday } from "./commands/changeHolidays.ts";
import { civilDateOf } from "./deadline.ts";
import { getHoliday, type HolidayRow, holidaysOfYear, missingHolidayYears } from "./holidays.ts";
import { calendarImportRoutes } from "./import-routes.tsx";
import { type HolidayForm, HolidayFormPage, HolidayListPage } from "./views/AdminHolidayPages.tsx";

const uuid = z.uuid();

function formOf(values: Record<string, unknown>): HolidayForm {
  return {
    day: formText(values["tanggal-day"]),
    month: formText(values["tanggal-month"]),
    year: formText(values["tanggal-year"]),
    kind: formText(values.kind),
    name: formText(values.name),
    basis: formText(values.basis),
    reason: formText(values.reason),
  };
}

function fromRow(h: HolidayRow): HolidayForm {
  const [year, month, day] = h.date.split("-");
  return { day: String(Number(day)), month: String(Number(month)), year, kind: h.kind, name: h.name, basis: h.basis, reason: "" };
}

const inputOf = (f: HolidayForm) => ({
  date: civilDateOf(f.day, f.month, f.year),
  kind: f.kind,
  name: f.name,
  basis: f.basis,
  reason: f.reason,
});

/** Admin pages of the holiday calendar: list by year with a warning for missing years; add, change, remove with a reason. */
export function calendarAdminRoutes(p: Platform) {
  const r = new Hono<AppEnv>();
  const meta = (c: Context<AppEnv>) => requestMeta(c, p.config.TRUST_PROXY);
  const load = async (id: string) => {
    const h = uuid.safeParse(id).success ? await getHoliday(p.db, id) : null;
    if (!h) throw notFound();
    return h;
  };
  const back = (c: Context<AppEnv>, date: string) =>
    c.redirect(href(c.get("lang"), `/admin/kalender?tahun=${date.slice(0, 4)}&disimpan=1`), 303);
  const formError = (c: Context<AppEnv>, e: unknown, page: (errors: Record<string, string>) => Response | Promise<Response>) => {
    if (!(e instanceof ValidationError)) throw e;
    c.status(400);
    return page(e.fields);
  };

  r.get("/admin/kalender", async (c) => {
    authorize(c.get("actor"), "calendar.manage");
    privatePage(c);
    const today = jakartaDate(Date.now());
    const asked = Number(c.req.query("tahun"));
    const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : Number(today.slice(0, 4));
    const [rows, missing] = await Promise.all([holidaysOfYear(p.db, year), missingHolidayYears(p.db, today)]);
    const imported = Number(c.req.query("diimpor"));
    return c.render(
      <HolidayListPage
        year={year}
        rows={rows}
        missing={missing}
        saved={c.req.query("disimpan") === "1"}
        imported={Number.isInteger(imported) && imported > 0 ? imported : undefined}
      />,
      {
        title: t(c.get("lang"), "cal.admin.title"),
      },
    );
  });

  // Before /admin/kalender/:id, which would take "impor" for an id.
  r.route("/", calendarImportRoutes(p));

  r.get("/admin/kalender/baru", (c) => {
    authorize(c.get("actor"), "calendar.manage");
    privatePage(c);
    return c.render(<HolidayFormPage form={formOf({})} />, { title: t(c.get("lang"), "cal.admin.add") });
  });

  r.post("/admin/kalender/baru", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "calendar.manage");
    const form = formOf(await readForm(c));
    try {
      const h = await addHoliday(p, actor, meta(c), inputOf(form));
      return back(c, h.date);
    } catch (e) {
      return formError(c, e, (errors) =>
        c.render(<HolidayFormPage form={form} errors={errors} />, {
          title: `${t(c.get("lang"), "ui.error_prefix")}: ${t(c.get("lang"), "cal.admin.add")}`,
        }),
      );
    }
  });

  r.get("/admin/kalender/:id", async (c) => {
    authorize(c.get("actor"), "calendar.manage");
    privatePage(c);
    const h = await load(c.req.param("id"));
    return c.render(<HolidayFormPage holiday={h} form={fromRow(h)} />, { title: t(c.get("lang"), "cal.admin.edit") });
  });

  r.post("/admin/kalender/:id", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "calendar.manage");
    const h = await load(c.req.param("id"));
    const form = formOf(await readForm(c));
    try {
      const updated = await updateHoliday(p, actor, meta(c), h.id, inputOf(form));
      return back(c, updated.date);
    } catch (e) {
      return formError(c, e, (errors) =>
        c.render(<HolidayFormPage holiday={h} form={form} errors={errors} />, {
          title: `${t(c.get("lang"), "ui.error_prefix")}: ${t(c.get("lang"), "cal.admin.edit")}`,
        }),
      );
    }
  });

  r.post("/admin/kalender/:id/hapus", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "calendar.manage");
    const h = await load(c.req.param("id"));
    const values = await readForm(c);
    try {
      await removeHoliday(p, actor, meta(c), h.id, { reason: values.removeReason });
      return back(c, h.date);
    } catch (e) {
      return formError(c, e, (errors) =>
        c.render(<HolidayFormPage holiday={h} form={fromRow(h)} errors={{ removeReason: errors.reason }} />, {
          title: `${t(c.get("lang"), "ui.error_prefix")}: ${t(c.get("lang"), "cal.admin.edit")}`,
        }),
      );
    }
  });

  return r;
}
