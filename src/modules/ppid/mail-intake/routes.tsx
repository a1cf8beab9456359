import { type Context, Hono } from "hono";
import type { Platform } from "../../../platform/context.ts";
import type { AppEnv } from "../../../platform/http/env.ts";
import { notFound, ValidationError } from "../../../platform/http/errors.ts";
import { privatePage } from "../../../platform/http/render.tsx";
import { requestMeta } from "../../../platform/http/request-meta.ts";
import { formText, readForm } from "../../../platform/http/validation.ts";
import { href, t } from "../../../platform/i18n/index.ts";
import { authorize } from "../../access/index.ts";
import { discardMail, registerFromMail, threadMail } from "./commands.ts";
import { HoldingPenPage, MailPage, STATUS_LABEL } from "./MailPages.tsx";
import { countByStatus, getInbound, listInbound } from "./queries.ts";
import { prefill, REGISTER_FIELDS, type RegisterForm, RegisterMailPage } from "./RegisterMailPage.tsx";
import { INBOUND_STATUSES, type InboundStatus } from "./schema.ts";

/** The desk's pages of mail to the PPID address: the holding pen, one mail, and what to do with it. */
export function mailIntakeRoutes(p: Platform) {
  const r = new Hono<AppEnv>();
  const meta = (c: Context<AppEnv>) => requestMeta(c, p.config.TRUST_PROXY);
  const load = async (c: Context<AppEnv>) => {
    const m = await getInbound(p.db, c.req.param("id") ?? "");
    if (!m) throw notFound("Surel tidak ditemukan.");
    return m;
  };
  const errorTitle = (c: Context<AppEnv>, title: string) => `${t(c.get("lang"), "ui.error_prefix")}: ${title}`;

  r.get("/ppid/kelola/surel", async (c) => {
    authorize(c.get("actor"), "ppid.desk");
    privatePage(c);
    const asked = c.req.query("status") ?? "baru";
    const status: InboundStatus = (INBOUND_STATUSES as readonly string[]).includes(asked) ? (asked as InboundStatus) : "baru";
    const [rows, counts] = await Promise.all([listInbound(p.db, status), countByStatus(p.db)]);
    return c.render(<HoldingPenPage status={status} rows={rows} counts={counts} />, { title: `Surel masuk PPID: ${STATUS_LABEL[status]}` });
  });

  r.get("/ppid/kelola/surel/:id", async (c) => {
    authorize(c.get("actor"), "ppid.desk");
    privatePage(c);
    const m = await load(c);
    return c.render(<MailPage mail={m} registered={c.req.query("diregistrasi") === "1"} threaded={c.req.query("digabung") === "1"} />, {
      title: m.subject || "Surel masuk",
    });
  });

  /** Downloads: always as an attachment of an opaque type, never rendered by the browser. */
  const download = (c: Context<AppEnv>, bytes: Buffer, name: string) => {
    privatePage(c);
    const ascii = name.replace(/[^A-Za-z0-9._-]+/g, "_") || "berkas";
    return c.body(new Uint8Array(bytes), 200, {
      "Content-Type": "application/octet-stream",
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    });
  };

  r.get("/ppid/kelola/surel/:id/asli", async (c) => {
    authorize(c.get("actor"), "ppid.desk");
    const m = await load(c);
    const bytes = await p.files.get(m.rawFileKey);
    if (!bytes) throw notFound("Berkas surel asli tidak ditemukan.");
    return download(c, bytes, `surel-${m.receivedAt.toISOString().slice(0, 10)}.eml`);
  });

  r.get("/ppid/kelola/surel/:id/lampiran/:n", async (c) => {
    authorize(c.get("actor"), "ppid.desk");
    const m = await load(c);
    const n = c.req.param("n");
    const a = /^\d{1,3}$/.test(n) ? m.attachments[Number(n)] : undefined;
    const bytes = a ? await p.files.get(a.fileKey) : null;
    if (!a || !bytes) throw notFound("Lampiran tidak ditemukan.");
    return download(c, bytes, a.name);
  });

  r.post("/ppid/kelola/surel/:id/gabung", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "ppid.desk");
    const m = await load(c);
    const values = await readForm(c);
    try {
      await threadMail(p, actor, meta(c), m.id, values);
      return c.redirect(href(c.get("lang"), `/ppid/kelola/surel/${m.id}?digabung=1`), 303);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      c.status(400);
      privatePage(c);
      return c.render(<MailPage mail={m} errors={e.fields} numberValue={formText(values.number)} />, {
        title: errorTitle(c, m.subject || "Surel masuk"),
      });
    }
  });

  r.post("/ppid/kelola/surel/:id/buang", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "ppid.desk");
    const m = await load(c);
    const values = await readForm(c);
    try {
      await discardMail(p, actor, meta(c), m.id, values);
      return c.redirect(href(c.get("lang"), "/ppid/kelola/surel"), 303);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      c.status(400);
      privatePage(c);
      return c.render(<MailPage mail={m} errors={e.fields} reasonValue={formText(values.reason)} />, {
        title: errorTitle(c, m.subject || "Surel masuk"),
      });
    }
  });

  r.get("/ppid/kelola/surel/:id/registrasi", async (c) => {
    authorize(c.get("actor"), "ppid.desk");
    privatePage(c);
    const m = await load(c);
    if (m.status !== "baru") return c.redirect(href(c.get("lang"), `/ppid/kelola/surel/${m.id}`), 303);
    return c.render(<RegisterMailPage mail={m} form={prefill(m)} />, { title: "Registrasi surel sebagai permohonan" });
  });

  r.post("/ppid/kelola/surel/:id/registrasi", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "ppid.desk");
    const m = await load(c);
    const values = await readForm(c);
    const form: RegisterForm = {};
    for (const k of REGISTER_FIELDS) if (values[k] !== undefined) form[k] = values[k];
    try {
      await registerFromMail(p, actor, meta(c), m.id, form);
      return c.redirect(href(c.get("lang"), `/ppid/kelola/surel/${m.id}?diregistrasi=1`), 303);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      c.status(400);
      privatePage(c);
      return c.render(<RegisterMailPage mail={m} form={form} errors={e.fields} />, {
        title: errorTitle(c, "Registrasi surel sebagai permohonan"),
      });
    }
  });

  return r;
}
