import { type Context, Hono } from "hono";
import { z } from "zod";
import { auditActor } from "../../../platform/audit/actor.ts";
import { jakartaDate } from "../../../platform/calendar/index.ts";
import type { Platform } from "../../../platform/context.ts";
import { csvDocument } from "../../../platform/csv.ts";
import type { AppEnv } from "../../../platform/http/env.ts";
import { notFound, ValidationError } from "../../../platform/http/errors.ts";
import { privatePage } from "../../../platform/http/render.tsx";
import { requestMeta } from "../../../platform/http/request-meta.ts";
import { fieldErrors, formText, readForm } from "../../../platform/http/validation.ts";
import { href, t } from "../../../platform/i18n/index.ts";
import { authorize, can } from "../../access/index.ts";
import { annualReportXlsx, buildAnnualReport, issueAnnualReportPdf, reportTitle } from "./annual.ts";
import { REQUEST_REGISTER_COLUMNS, registerBook, registerBookCount } from "./book.ts";
import { recordRegisterExport } from "./commands/recordExport.ts";
import { saveNarrative } from "./commands/saveNarrative.ts";
import { loadObjectionRegister, objectionsAvailable } from "./objections.ts";
import { type Period, periodOf, periodQuery } from "./period.ts";
import { NARRATIVE_PARTS, REPORT_PERIODS, type ReportPeriod } from "./schema.ts";
import { AnnualReportPage, type PeriodForm, RegisterBookPage } from "./views/StaffReportPages.tsx";
import { buildXlsx } from "./xlsx.ts";

const thisYear = () => Number(jakartaDate(new Date()).slice(0, 4));
const FILE_RE = /^laporan-(\d{4})-(tahunan|semester1|semester2)\.(pdf|xlsx)$/;

function formOf(q: Record<string, string>): PeriodForm {
  return { tahun: q.tahun ?? "", periode: q.periode ?? "", dari: q.dari ?? "", sampai: q.sampai ?? "" };
}

/** The period of a download or page; bad input is a ValidationError in Bahasa Indonesia. */
function parsePeriod(q: Record<string, string>): Period {
  const raw = Object.fromEntries(
    Object.entries(q).filter(([k, v]) => ["tahun", "periode", "dari", "sampai"].includes(k) && v.trim() !== ""),
  );
  const parsed = periodQuery.safeParse(raw);
  if (!parsed.success) throw new ValidationError(fieldErrors(parsed.error), "Periksa kembali periode register.");
  return periodOf(parsed.data, thisYear());
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function download(c: Context<AppEnv>, body: string | Uint8Array, name: string, type: string) {
  privatePage(c);
  return c.body(typeof body === "string" ? body : new Uint8Array(body), 200, {
    "Content-Type": type,
    "Content-Disposition": `attachment; filename="${name}"`,
    "Cache-Control": "no-store",
  });
}

/** Staff: the register books (CSV/XLSX, audited) and the annual report with its narrative. */
export function staffReportRoutes(p: Platform) {
  const r = new Hono<AppEnv>();
  const meta = (c: Context<AppEnv>) => requestMeta(c, p.config.TRUST_PROXY);

  r.get("/ppid/kelola/register", async (c) => {
    authorize(c.get("actor"), "ppid.registers.read");
    privatePage(c);
    const q = c.req.query();
    const form = formOf(q);
    if (!form.tahun && !form.dari) form.tahun = String(thisYear());
    let period: Period | null = null;
    let errors = {};
    try {
      period = parsePeriod({ ...q, tahun: form.tahun });
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      errors = e.fields;
      c.status(400);
    }
    const rows = period ? await registerBookCount(p.db, period) : null;
    return c.render(
      <RegisterBookPage
        form={form}
        errors={errors}
        periodLabel={period?.label ?? null}
        rows={rows}
        objectionsAvailable={objectionsAvailable()}
      />,
      { title: `${period ? "" : `${t(c.get("lang"), "ui.error_prefix")}: `}${t(c.get("lang"), "ppidr.book.title")}` },
    );
  });

  r.get("/ppid/kelola/register/:file{(permohonan|keberatan)\\.(csv|xlsx)}", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "ppid.registers.read");
    const [base, ext] = c.req.param("file").split(".") as ["permohonan" | "keberatan", "csv" | "xlsx"];
    const period = parsePeriod(c.req.query());
    let columns = REQUEST_REGISTER_COLUMNS;
    let rows: unknown[][];
    if (base === "permohonan") rows = await registerBook(p.db, period);
    else {
      const reg = await loadObjectionRegister(p, period);
      if (!reg) throw notFound("Register keberatan belum tersedia.");
      columns = reg.columns;
      rows = reg.rows;
    }
    await recordRegisterExport(p, actor, meta(c), { register: base, format: ext, from: period.from, to: period.to, rows: rows.length });
    const name = `register-${base}-${period.slug}.${ext}`;
    if (ext === "csv") {
      return download(
        c,
        csvDocument(
          columns.map((x) => x.header),
          rows,
        ),
        name,
        "text/csv; charset=utf-8",
      );
    }
    const title = `${base === "permohonan" ? "Register permohonan informasi publik" : "Register keberatan"} — ${period.label}`;
    const bytes = await buildXlsx(
      [{ name: base === "permohonan" ? "Register permohonan" : "Register keberatan", title: [title], columns, rows }],
      {
        title,
      },
    );
    return download(c, bytes, name, XLSX_TYPE);
  });

  const reportParams = (q: Record<string, string | undefined>) => {
    const year = z.coerce.number().int().min(2000).max(2100).safeParse(q.tahun);
    const period = z.enum(REPORT_PERIODS).safeParse(q.periode);
    return { year: year.success ? year.data : thisYear(), period: (period.success ? period.data : "tahunan") as ReportPeriod };
  };

  const reportPage = async (
    c: Context<AppEnv>,
    year: number,
    period: ReportPeriod,
    opts: { values?: Record<string, string>; errors?: Record<string, string> } = {},
  ) => {
    const report = await buildAnnualReport(p, year, period);
    const values = opts.values ?? Object.fromEntries(NARRATIVE_PARTS.map((k) => [k, report.narrative[k] ?? ""]));
    const errors = opts.errors ?? {};
    return c.render(
      <AnnualReportPage
        report={report}
        form={{ tahun: String(year), periode: period, dari: "", sampai: "" }}
        canWrite={can(c.get("actor"), "ppid.report.write")}
        values={values}
        errors={errors}
        saved={c.req.query("disimpan") === "1"}
      />,
      { title: `${Object.keys(errors).length ? `${t(c.get("lang"), "ui.error_prefix")}: ` : ""}${reportTitle(report)}` },
    );
  };

  r.get("/ppid/kelola/laporan", async (c) => {
    authorize(c.get("actor"), "ppid.registers.read");
    privatePage(c);
    const { year, period } = reportParams(c.req.query());
    return reportPage(c, year, period);
  });

  r.post("/ppid/kelola/laporan", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "ppid.report.write");
    const raw = await readForm(c);
    const values = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, formText(v)]));
    const { year, period } = reportParams(values);
    try {
      await saveNarrative(p, actor, meta(c), values);
      return c.redirect(href(c.get("lang"), `/ppid/kelola/laporan?tahun=${year}&periode=${period}&disimpan=1`), 303);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      c.status(400);
      privatePage(c);
      return reportPage(c, year, period, { values, errors: e.fields });
    }
  });

  r.get("/ppid/kelola/laporan/:file", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "ppid.registers.read");
    const m = FILE_RE.exec(c.req.param("file"));
    if (!m) throw notFound();
    const report = await buildAnnualReport(p, Number(m[1]), m[2] as ReportPeriod);
    const name = m[0];
    if (m[3] === "xlsx") return download(c, await annualReportXlsx(report), name, XLSX_TYPE);
    const pdf = await issueAnnualReportPdf(p, auditActor(actor, meta(c)), report);
    return download(c, pdf.bytes, name, "application/pdf");
  });

  return r;
}
