import { Hono } from "hono";
import { loadCalendar } from "../../platform/calendar/index.ts";
import type { Platform } from "../../platform/context.ts";
import type { AppEnv } from "../../platform/http/env.ts";
import { ValidationError } from "../../platform/http/errors.ts";
import { publicCache } from "../../platform/http/render.tsx";
import { fieldErrors } from "../../platform/http/validation.ts";
import { t } from "../../platform/i18n/index.ts";
import { calendarAdminRoutes } from "./admin-routes.tsx";
import { civilDateOf, computeDeadline, deadlineQuery } from "./deadline.ts";
import { type DeadlineForm, DeadlinePage } from "./views/DeadlinePage.tsx";

export function calendarRoutes(p: Platform) {
  const r = new Hono<AppEnv>();

  /** GET /api/v1/calendar/deadline?from=YYYY-MM-DD&workingDays=N[&time=HH:MM][&cutiBersama=kerja] */
  r.get("/api/v1/calendar/deadline", async (c) => {
    const parsed = deadlineQuery.safeParse(c.req.query());
    if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error), "Periksa kembali parameter perhitungan.");
    const result = computeDeadline(await loadCalendar(p.db), parsed.data);
    c.header("Cache-Control", "public, max-age=300");
    return c.json({
      from: parsed.data.from,
      receivedCountedAs: result.receipt.counted,
      workingDays: parsed.data.workingDays,
      due: result.due,
      skipped: result.skipped.map((s) => ({ date: s.date, reason: s.reason })),
      cutiBersamaIsWorkingDay: result.cutiBersamaIsWorkingDay,
      warnings: result.warnings,
    });
  });

  r.get("/kalender/tenggat", async (c) => {
    const q = c.req.query();
    const lang = c.get("lang");
    const form: DeadlineForm = {
      day: q["tanggal-day"] ?? "",
      month: q["tanggal-month"] ?? "",
      year: q["tanggal-year"] ?? "",
      time: q.jam ?? "",
      days: q.hari ?? "10",
      cuti: q.cuti === "kerja" ? "kerja" : "libur",
    };
    publicCache(c, 300);
    const asked = "tanggal-day" in q || "hari" in q;
    if (!asked) return c.render(<DeadlinePage form={form} />, { title: t(lang, "cal.title") });
    const parsed = deadlineQuery.safeParse({
      from: civilDateOf(form.day, form.month, form.year),
      workingDays: form.days,
      time: form.time.trim() ? form.time.trim().replace(".", ":") : undefined,
      cutiBersama: form.cuti,
    });
    if (!parsed.success) {
      c.status(400);
      return c.render(<DeadlinePage form={form} errors={fieldErrors(parsed.error)} />, {
        title: `${t(lang, "ui.error_prefix")}: ${t(lang, "cal.title")}`,
      });
    }
    const result = computeDeadline(await loadCalendar(p.db), parsed.data);
    return c.render(<DeadlinePage form={form} result={result} />, { title: t(lang, "cal.title") });
  });

  r.route("/", calendarAdminRoutes(p));
  return r;
}
