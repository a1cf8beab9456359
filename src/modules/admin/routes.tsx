import { createReadStream, statSync } from "node:fs";
import { Readable } from "node:stream";
import { Hono } from "hono";
import { z } from "zod";
import { auditActor } from "../../platform/audit/actor.ts";
import { jakartaDate } from "../../platform/calendar/index.ts";
import type { Platform } from "../../platform/context.ts";
import { BACKUP_NAME, backupFile, backupInApp, backupsDir, listBackups } from "../../platform/db/backup.ts";
import type { AppEnv } from "../../platform/http/env.ts";
import { HttpError, notFound } from "../../platform/http/errors.ts";
import { privatePage } from "../../platform/http/render.tsx";
import { requestMeta } from "../../platform/http/request-meta.ts";
import { readForm } from "../../platform/http/validation.ts";
import { href, t } from "../../platform/i18n/index.ts";
import { queueStatus, recentFailures } from "../../platform/jobs/status.ts";
import { fixityStatus } from "../../platform/storage/fixity.ts";
import { inTransaction } from "../../platform/work.ts";
import { authorize, can, type PolicyName } from "../access/index.ts";
import { missingHolidayYears } from "../calendar/index.ts";
import { getMail, listOutbox } from "./queries.ts";
import { AdminHome, type AdminLink } from "./views/AdminHome.tsx";
import { BackupPage } from "./views/BackupPage.tsx";
import { JobsPage } from "./views/JobsPage.tsx";
import { OutboxList, OutboxMail } from "./views/OutboxPages.tsx";

/** Every admin page, with the rule that opens it; the dashboard shows the ones a person may use. */
const LINKS: (AdminLink & { rule: PolicyName })[] = [
  { path: "/admin/opd", key: "units", rule: "admin.units.manage" },
  { path: "/admin/pengguna", key: "users", rule: "admin.users.manage" },
  { path: "/admin/kalender", key: "calendar", rule: "calendar.manage" },
  { path: "/admin/kotak-keluar", key: "outbox", rule: "admin.outbox.read" },
  { path: "/admin/pekerjaan", key: "jobs", rule: "admin.jobs.read" },
  { path: "/admin/cadangan", key: "backup", rule: "admin.backup.run" },
  { path: "/audit", key: "audit", rule: "audit.read" },
];

const pageSchema = z.preprocess((v) => (v === undefined || v === "" ? "1" : v), z.string().regex(/^[1-9]\d{0,5}$/));
const badRequest = (msg: string) => new HttpError(400, msg, "bad_request");

export function adminRoutes(p: Platform) {
  const r = new Hono<AppEnv>();

  r.get("/admin", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "admin.dashboard.view");
    privatePage(c);
    const links = LINKS.filter((l) => can(actor, l.rule)).map(({ path, key }) => ({ path, key }));
    // Deadlines in a year with no holiday calendar count weekends only: tell those who can fix it.
    const missingYears = can(actor, "calendar.manage") ? await missingHolidayYears(p.db, jakartaDate(Date.now())) : [];
    // Damaged or missing stored files: for those who watch the jobs and backups.
    const fixity = can(actor, "admin.jobs.read") ? await fixityStatus(p) : undefined;
    return c.render(<AdminHome links={links} missingYears={missingYears} fixity={fixity} />, { title: t(c.get("lang"), "admin.title") });
  });

  r.get("/admin/kotak-keluar", async (c) => {
    authorize(c.get("actor"), "admin.outbox.read");
    privatePage(c);
    const page = pageSchema.safeParse(c.req.query("hal"));
    if (!page.success) throw badRequest(t(c.get("lang"), "admin.error.page"));
    const { rows, total } = await listOutbox(p.db, Number(page.data));
    if (rows.length === 0 && Number(page.data) > 1) throw notFound();
    return c.render(<OutboxList rows={rows} total={total} page={Number(page.data)} smtp={p.mail.smtpConfigured} />, {
      title: t(c.get("lang"), "admin.outbox.title"),
    });
  });

  r.get("/admin/kotak-keluar/:id", async (c) => {
    authorize(c.get("actor"), "admin.outbox.read");
    privatePage(c);
    const id = c.req.param("id");
    if (!z.uuid().safeParse(id).success) throw badRequest(t(c.get("lang"), "admin.error.id"));
    const mail = await getMail(p.db, id);
    if (!mail) throw notFound();
    // Reading a mail (it may hold a sign-in link) is evidence for the auditors.
    await inTransaction(p, auditActor(c.get("actor"), requestMeta(c, p.config.TRUST_PROXY), "admin"), (w) =>
      w.audit({ action: "outbox.read", subjectType: "outbox", subjectId: mail.id, after: { sensitive: mail.sensitive } }),
    );
    return c.render(<OutboxMail mail={mail} />, { title: mail.subject });
  });

  r.get("/admin/pekerjaan", async (c) => {
    authorize(c.get("actor"), "admin.jobs.read");
    privatePage(c);
    const [queues, failures] = [await queueStatus(p.database.raw), await recentFailures(p.database.raw)];
    return c.render(<JobsPage queues={queues} failures={failures} />, { title: t(c.get("lang"), "admin.jobs.title") });
  });

  r.get("/admin/cadangan", (c) => {
    authorize(c.get("actor"), "admin.backup.run");
    privatePage(c);
    const made = c.req.query("dibuat");
    const created = made && BACKUP_NAME.test(made) ? made : undefined;
    return c.render(
      <BackupPage backups={listBackups(p.config.dataDir)} kind={p.database.kind} dir={backupsDir(p.config.dataDir)} created={created} />,
      {
        title: t(c.get("lang"), "admin.backup.title"),
      },
    );
  });

  r.post("/admin/cadangan", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "admin.backup.run");
    const form = await readForm(c);
    if (form.aksi !== "buat") throw badRequest(t(c.get("lang"), "admin.backup.bad_action"));
    const result = await backupInApp(p, auditActor(actor, requestMeta(c, p.config.TRUST_PROXY), "admin"));
    return c.redirect(href(c.get("lang"), `/admin/cadangan?dibuat=${encodeURIComponent(result.name)}`), 303);
  });

  r.get("/admin/cadangan/:name", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "admin.backup.run");
    privatePage(c);
    const name = c.req.param("name");
    if (!BACKUP_NAME.test(name)) throw badRequest(t(c.get("lang"), "admin.backup.bad_name"));
    const file = backupFile(p.config.dataDir, name);
    if (!file) throw notFound();
    // A backup is a copy of everything: who took one away is recorded.
    await inTransaction(p, auditActor(actor, requestMeta(c, p.config.TRUST_PROXY), "admin"), (w) =>
      w.audit({ action: "backup.downloaded", subjectType: "backup", subjectId: name }),
    );
    const st = statSync(file);
    const body = Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
    return c.body(body, 200, {
      // Our own validator: without one the etag middleware would read the whole file into memory to hash it.
      ETag: `"${name}-${st.size}-${st.mtimeMs}"`,
      "Content-Type": name.endsWith(".dump") ? "application/octet-stream" : "application/gzip",
      "Content-Length": String(st.size),
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "private, no-store",
    });
  });

  return r;
}
