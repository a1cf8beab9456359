import { type Context, Hono } from "hono";
import type { Platform } from "../../platform/context.ts";
import type { AppEnv } from "../../platform/http/env.ts";
import { ValidationError } from "../../platform/http/errors.ts";
import { privatePage } from "../../platform/http/render.tsx";
import { requestMeta } from "../../platform/http/request-meta.ts";
import { formText, readForm } from "../../platform/http/validation.ts";
import { href, t } from "../../platform/i18n/index.ts";
import { authorize } from "../access/index.ts";
import { importHolidays, previewHolidayImport } from "./commands/importHolidays.ts";
import { HolidayImportPage, HolidayImportPreviewPage, type ImportForm } from "./views/HolidayImportPages.tsx";

type Ctx = Context<AppEnv>;

/** What the admin typed, back from a preview that could not be saved (the file must be chosen again). */
function formOfPayload(payload: string): ImportForm {
  try {
    const v = JSON.parse(payload) as Record<string, unknown>;
    return { kind: "libur_nasional", basis: formText(v.basis), reason: formText(v.reason) };
  } catch {
    return { kind: "libur_nasional", basis: "", reason: "" };
  }
}

/**
 * /admin/kalender/impor: upload an .ics → preview of every day (new, already entered, repeated)
 * → confirm. Nothing is stored between the steps: the preview carries the signed rows.
 * The upload fits the app's 256 KiB form limit (the file itself is at most 200 KB).
 */
export function calendarImportRoutes(p: Platform) {
  const r = new Hono<AppEnv>();
  const title = (c: Ctx, error: boolean) =>
    `${error ? `${t(c.get("lang"), "ui.error_prefix")}: ` : ""}${t(c.get("lang"), "cal.import.title")}`;
  const refused = (c: Ctx, e: unknown, form: ImportForm) => {
    if (!(e instanceof ValidationError)) throw e;
    c.status(400);
    return c.render(<HolidayImportPage form={form} errors={e.fields} />, { title: title(c, true) });
  };

  r.get("/admin/kalender/impor", (c) => {
    authorize(c.get("actor"), "calendar.manage");
    privatePage(c);
    return c.render(<HolidayImportPage form={{ kind: "libur_nasional", basis: "", reason: "" }} />, { title: title(c, false) });
  });

  r.post("/admin/kalender/impor", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "calendar.manage");
    privatePage(c);
    const type = c.req.header("content-type") ?? "";
    const isForm = /multipart\/form-data|application\/x-www-form-urlencoded/.test(type);
    const body: Record<string, unknown> = isForm ? await c.req.parseBody().catch(() => ({})) : {};
    const form: ImportForm = { kind: formText(body.kind), basis: formText(body.basis), reason: formText(body.reason) };
    const file = body.berkas instanceof File ? { name: body.berkas.name, bytes: new Uint8Array(await body.berkas.arrayBuffer()) } : null;
    try {
      const preview = await previewHolidayImport(p, actor, { ...form, file });
      return c.render(<HolidayImportPreviewPage preview={preview} />, { title: t(c.get("lang"), "cal.import.preview") });
    } catch (e) {
      return refused(c, e, form);
    }
  });

  r.post("/admin/kalender/impor/simpan", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "calendar.manage");
    const values = await readForm(c);
    try {
      const { dates } = await importHolidays(p, actor, requestMeta(c, p.config.TRUST_PROXY), {
        payload: formText(values.payload),
        signature: formText(values.signature),
      });
      return c.redirect(href(c.get("lang"), `/admin/kalender?tahun=${dates[0].slice(0, 4)}&diimpor=${dates.length}`), 303);
    } catch (e) {
      return refused(c, e, formOfPayload(formText(values.payload)));
    }
  });

  return r;
}
