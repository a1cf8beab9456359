/** Staff pages: /ppid/kelola/keberatan (queue), /baru (desk entry), /:id (case page and its actions). */
import { type Context, Hono } from "hono";
import { jakartaDate, jakartaTime, loadCalendar } from "../../platform/calendar/index.ts";
import type { Platform } from "../../platform/context.ts";
import type { AppEnv } from "../../platform/http/env.ts";
import { type FieldErrors, notFound, ValidationError } from "../../platform/http/errors.ts";
import { privatePage } from "../../platform/http/render.tsx";
import { requestMeta } from "../../platform/http/request-meta.ts";
import { formText, readForm } from "../../platform/http/validation.ts";
import { href, t } from "../../platform/i18n/index.ts";
import { authorize, can } from "../access/index.ts";
import { getRequest, loadLaw } from "../ppid/index.ts";
import { decideObjection, forwardObjection } from "./commands/decideObjection.ts";
import { fileDeskObjection } from "./commands/fileObjection.ts";
import { recordResponse, saveSengketa } from "./commands/respond.ts";
import { joinDate, withSengketaDates } from "./forms.ts";
import { getObjection, OPEN_OBJECTION_STATES, objectionEvents, objectionQueue, sengketaOf } from "./queries.ts";
import { disputeWindow } from "./reasons.ts";
import { CasePage } from "./views/CasePage.tsx";
import { type DeskForm, DeskFormPage, QueuePage } from "./views/StaffPages.tsx";

type Ctx = Context<AppEnv>;

const deskFormOf = (v: Record<string, unknown>): DeskForm => ({
  nomor: formText(v.nomor).trim().toUpperCase(),
  reasons: (Array.isArray(v.reasons) ? v.reasons : v.reasons ? [v.reasons] : []).map(String),
  kasusPosisi: formText(v.kasusPosisi),
  purpose: formText(v.purpose),
  proxyName: formText(v.proxyName),
  email: formText(v.email),
  phone: formText(v.phone),
  "diterima-day": formText(v["diterima-day"]),
  "diterima-month": formText(v["diterima-month"]),
  "diterima-year": formText(v["diterima-year"]),
  receivedTime: formText(v.receivedTime),
});

export function staffKeberatanRoutes(p: Platform) {
  const r = new Hono<AppEnv>();
  const meta = (c: Ctx) => requestMeta(c, p.config.TRUST_PROXY);
  const lang = (c: Ctx) => c.get("lang");

  r.get("/ppid/kelola/keberatan", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "keberatan.read");
    privatePage(c);
    const all = c.req.query("semua") === "1";
    const [rows, law] = await Promise.all([objectionQueue(p.db, all ? "all" : "open"), loadLaw(p.db)]);
    return c.render(<QueuePage rows={rows} all={all} canDesk={can(actor, "keberatan.desk")} law={law} />, {
      title: t(lang(c), "keb.staff.title"),
    });
  });

  r.get("/ppid/kelola/keberatan/baru", async (c) => {
    authorize(c.get("actor"), "keberatan.desk");
    privatePage(c);
    const today = jakartaDate(new Date());
    const [y, m, d] = today.split("-");
    const form = deskFormOf({
      nomor: c.req.query("nomor") ?? "",
      "diterima-day": String(Number(d)),
      "diterima-month": String(Number(m)),
      "diterima-year": y,
      receivedTime: jakartaTime(new Date()),
    });
    return c.render(<DeskFormPage form={form} law={await loadLaw(p.db)} />, { title: t(lang(c), "keb.staff.desk") });
  });

  r.post("/ppid/kelola/keberatan/baru", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "keberatan.desk");
    privatePage(c);
    const values = await readForm(c);
    const form = deskFormOf(values);
    try {
      const res = await fileDeskObjection(p, actor, meta(c), { ...values, receivedDate: joinDate(values, "diterima") });
      return c.redirect(href(lang(c), `/ppid/kelola/keberatan/${res.id}?disimpan=1`), 303);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      c.status(400);
      return c.render(<DeskFormPage form={form} law={await loadLaw(p.db)} errors={e.fields} />, {
        title: `Kesalahan: ${t(lang(c), "keb.staff.desk")}`,
      });
    }
  });

  const casePage = async (c: Ctx, errors: FieldErrors = {}, values: Record<string, string> = {}) => {
    const actor = c.get("actor");
    authorize(actor, "keberatan.read");
    privatePage(c);
    const k = await getObjection(p.db, c.req.param("id") ?? "");
    if (!k) throw notFound("Keberatan tidak ditemukan.");
    const [req, events, s, cal, law] = await Promise.all([
      getRequest(p.db, k.requestId),
      objectionEvents(p.db, k.id, false),
      sengketaOf(p.db, k.id),
      loadCalendar(p.db),
      loadLaw(p.db),
    ]);
    const today = jakartaDate(new Date());
    if (Object.keys(errors).length) c.status(400);
    return c.render(
      <CasePage
        v={{
          k,
          request: { id: k.requestId, number: req?.number ?? null, details: req?.details ?? "" },
          events,
          sengketa: s,
          dispute: disputeWindow(cal, law, k, today),
          disputeWindowDays: law.disputeWindowDays,
          can: { desk: can(actor, "keberatan.desk"), decide: can(actor, "keberatan.decide") },
          overdue: OPEN_OBJECTION_STATES.includes(k.state) && k.dueOn < today,
        }}
        errors={errors}
        values={values}
        saved={c.req.query("disimpan") === "1"}
      />,
      { title: `${Object.keys(errors).length ? "Kesalahan: " : ""}Keberatan ${k.number}` },
    );
  };

  r.get("/ppid/kelola/keberatan/:id", (c) => casePage(c));

  const action = (path: string, run: (c: Ctx, id: string, values: Record<string, string | string[]>) => Promise<unknown>) =>
    r.post(`/ppid/kelola/keberatan/:id/${path}`, async (c) => {
      authorize(c.get("actor"), "keberatan.read");
      const id = c.req.param("id");
      if (!(await getObjection(p.db, id))) throw notFound("Keberatan tidak ditemukan.");
      const values = await readForm(c);
      try {
        await run(c, id, values);
        return c.redirect(href(lang(c), `/ppid/kelola/keberatan/${id}?disimpan=1`), 303);
      } catch (e) {
        if (!(e instanceof ValidationError)) throw e;
        const flat = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, formText(v)]));
        return casePage(c, e.fields, flat);
      }
    });

  action("teruskan", (c, id, v) => forwardObjection(p, c.get("actor"), meta(c), id, v));
  action("putuskan", (c, id, v) => decideObjection(p, c.get("actor"), meta(c), id, v));
  action("tanggapan", (c, id, v) => recordResponse(p, c.get("actor"), meta(c), id, v));
  action("sengketa", (c, id, v) => saveSengketa(p, c.get("actor"), meta(c), id, withSengketaDates(v)));
  return r;
}
