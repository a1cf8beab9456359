import { randomUUID } from "node:crypto";
import { Hono } from "hono";
import { auditActor } from "../../platform/audit/actor.ts";
import { latestCheckpoint } from "../../platform/audit/checkpoint.ts";
import { verifyWithEvidence } from "../../platform/audit/export.ts";
import type { Platform } from "../../platform/context.ts";
import { csvStream } from "../../platform/csv.ts";
import type { AppEnv } from "../../platform/http/env.ts";
import { HttpError, notFound, ValidationError } from "../../platform/http/errors.ts";
import { privatePage } from "../../platform/http/render.tsx";
import { requestMeta } from "../../platform/http/request-meta.ts";
import { fieldErrors } from "../../platform/http/validation.ts";
import { t } from "../../platform/i18n/index.ts";
import { inTransaction } from "../../platform/work.ts";
import { authorize, can } from "../access/index.ts";
import { type AuditFilters, eventsForExport, filterSchema, getEvent, listEvents, unitChoices } from "./queries.ts";
import { AuditEventPage } from "./views/AuditEventPage.tsx";
import { AuditListPage } from "./views/AuditListPage.tsx";
import { AuditVerifyPage } from "./views/AuditVerifyPage.tsx";
import { wibIso } from "./views/format.ts";

const CSV_HEADER = [
  "seq",
  "waktu_wib",
  "pelaku_id",
  "pelaku",
  "peran",
  "opd_id",
  "opd",
  "aksi",
  "subjek_jenis",
  "subjek_id",
  "ip",
  "user_agent",
  "request_id",
  "sebelum",
  "sesudah",
  "hash_sebelumnya",
  "hash",
];

/** Query values as single strings (a repeated key keeps its first value). */
function queryValues(q: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(q).map(([k, v]) => [k, String(v).slice(0, 500)]));
}

/** The auditor's pages: the event list with filters, one event, CSV export, chain verification. */
export function auditRoutes(p: Platform) {
  const r = new Hono<AppEnv>();

  r.get("/audit", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "audit.read");
    privatePage(c);
    const lang = c.get("lang");
    const values = queryValues(c.req.query());
    const parsed = filterSchema.safeParse(values);
    const units = await unitChoices(p.db);
    if (!parsed.success) {
      c.status(400);
      const errors = fieldErrors(parsed.error);
      return c.render(
        <AuditListPage rows={[]} total={0} page={1} values={values} errors={errors} unitChoices={units} canExport={false} />,
        {
          title: `${t(lang, "ui.error_prefix")}: ${t(lang, "audit.title")}`,
        },
      );
    }
    const page = parsed.data.hal ?? 1;
    const { rows, total } = await listEvents(p.db, parsed.data, page);
    return c.render(
      <AuditListPage
        rows={rows}
        total={total}
        page={page}
        values={values}
        errors={{}}
        unitChoices={units}
        canExport={can(actor, "audit.export")}
      />,
      { title: t(lang, "audit.title") },
    );
  });

  r.get("/audit/ekspor.csv", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "audit.export");
    privatePage(c);
    const parsed = filterSchema.safeParse(queryValues(c.req.query()));
    if (!parsed.success) {
      const lang = c.get("lang");
      const fields = Object.fromEntries(Object.entries(fieldErrors(parsed.error)).map(([k, v]) => [k, t(lang, v)]));
      throw new ValidationError(fields, Object.values(fields).join("; "));
    }
    const filters: AuditFilters = { ...parsed.data, hal: undefined };
    // Who exported what is itself evidence: recorded before the first byte is sent.
    await inTransaction(p, auditActor(actor, requestMeta(c, p.config.TRUST_PROXY), "auditor"), (w) =>
      w.audit({ action: "audit.exported", subjectType: "audit_chain", after: { format: "csv", filters } }),
    );
    let before: number | null = null;
    let done = false;
    const body = csvStream(CSV_HEADER, async () => {
      if (done) return [];
      const batch = await eventsForExport(p.db, filters, before, 1000);
      if (batch.length < 1000) done = true;
      if (batch.length) before = batch[batch.length - 1].e.seq;
      return batch.map(({ e, unitName }) => [
        e.seq,
        wibIso(e.occurredAt),
        e.actorId,
        e.actorName,
        e.actorRole,
        e.unitId,
        unitName,
        e.action,
        e.subjectType,
        e.subjectId,
        e.ip,
        e.userAgent,
        e.requestId,
        e.before,
        e.after,
        e.prevHash,
        e.hash,
      ]);
    });
    const day = wibIso(new Date()).slice(0, 10).replaceAll("-", "");
    return c.body(body, 200, {
      // A validator of our own, never matched: without one the etag middleware would buffer the whole stream to hash it.
      ETag: `W/"audit-csv-${randomUUID()}"`,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="jejak-audit-${day}.csv"`,
      "Cache-Control": "private, no-store",
    });
  });

  r.get("/audit/verifikasi", async (c) => {
    authorize(c.get("actor"), "audit.read");
    privatePage(c);
    const result = await verifyWithEvidence(p.db, { dataDir: p.config.dataDir, key: p.key });
    const latest = await latestCheckpoint(p.db);
    c.header("Cache-Control", "private, no-store");
    return c.render(<AuditVerifyPage result={result} latest={latest} />, { title: t(c.get("lang"), "audit.verify.title") });
  });

  r.get("/audit/:seq", async (c) => {
    authorize(c.get("actor"), "audit.read");
    privatePage(c);
    const raw = c.req.param("seq");
    if (!/^[1-9]\d{0,15}$/.test(raw)) throw new HttpError(400, t(c.get("lang"), "audit.error.seq"), "bad_seq");
    const row = await getEvent(p.db, Number(raw));
    if (!row) throw notFound();
    return c.render(<AuditEventPage e={row.e} unitName={row.unitName} />, {
      title: t(c.get("lang"), "audit.detail.title", { seq: row.e.seq }),
    });
  });

  return r;
}
