/**
 * The requester's objection pages: /ppid/keberatan (start), /ppid/keberatan/baru (form),
 * /ppid/keberatan/:number/:secret (tracking by the secret link), and for a signed-in citizen
 * /akun/keberatan (their objections) and /ppid/keberatan/saya/:number (tracking without the link).
 */
import { type Context, Hono } from "hono";
import { jakartaDate, loadCalendar } from "../../platform/calendar/index.ts";
import type { Platform } from "../../platform/context.ts";
import type { AppEnv } from "../../platform/http/env.ts";
import { type FieldErrors, notFound, unauthorized, ValidationError } from "../../platform/http/errors.ts";
import { RateLimiter } from "../../platform/http/rate-limit.ts";
import { privatePage, publicCache } from "../../platform/http/render.tsx";
import { requestMeta } from "../../platform/http/request-meta.ts";
import { formText, readForm } from "../../platform/http/validation.ts";
import { href, t } from "../../platform/i18n/index.ts";
import { findRequestByRef, isRequester, loadLaw, type PpidRequest } from "../ppid/index.ts";
import { type Objection, objectionTrackingPath, secretMatches } from "./case.ts";
import { fileObjection, windowsFor } from "./commands/fileObjection.ts";
import { isFiler, recordResponse } from "./commands/respond.ts";
import { findObjectionByNumber, objectionEvents, objectionsOfUser } from "./queries.ts";
import { disputeWindow } from "./reasons.ts";
import { type FileForm, FilePage, MyObjectionsPage, StartPage, TrackPage } from "./views/PublicPages.tsx";

type Ctx = Context<AppEnv>;
const LIMIT = { max: 20, windowMs: 10 * 60_000 };

/** Never stored, never indexed: the URL or the page holds a secret. */
function secretPage(c: Ctx) {
  privatePage(c);
  c.header("Cache-Control", "no-store");
  c.header("X-Robots-Tag", "noindex, nofollow");
}

const fileFormOf = (v: Record<string, unknown>, req?: PpidRequest): FileForm => ({
  nomor: formText(v.nomor).trim().toUpperCase(),
  kode: formText(v.kode).trim(),
  reasons: (Array.isArray(v.reasons) ? v.reasons : v.reasons ? [v.reasons] : []).map(String),
  kasusPosisi: formText(v.kasusPosisi),
  purpose: v.purpose === undefined && req ? req.purpose : formText(v.purpose),
  proxyName: v.proxyName === undefined && req ? (req.proxyName ?? "") : formText(v.proxyName),
  email: formText(v.email),
  phone: formText(v.phone),
});

export function publicKeberatanRoutes(p: Platform) {
  const r = new Hono<AppEnv>();
  const limiter = new RateLimiter();
  const meta = (c: Ctx) => requestMeta(c, p.config.TRUST_PROXY);

  r.get("/ppid/keberatan", async (c) => {
    const law = await loadLaw(p.db);
    publicCache(c, 300);
    return c.render(<StartPage law={law} />, { title: t(c.get("lang"), "keb.title") });
  });

  /** The request by number and code (or the signed-in owner), or the start page with an error. */
  const requestOr = async (c: Ctx, f: FileForm): Promise<PpidRequest | Response> => {
    const req = f.nomor ? await findRequestByRef(p.db, f.nomor) : null;
    if (req?.number && isRequester(req, c.get("actor"), f.kode)) return req;
    const errors: FieldErrors = f.nomor
      ? { nomor: "Nomor pendaftaran atau kode pelacakan tidak cocok. Periksa surel tanda terima permohonan Anda." }
      : { nomor: "Isi nomor pendaftaran permohonan." };
    c.status(400);
    return c.render(<StartPage law={await loadLaw(p.db)} values={{ nomor: f.nomor, kode: f.kode }} errors={errors} />, {
      title: `${t(c.get("lang"), "ui.error_prefix")}: ${t(c.get("lang"), "keb.title")}`,
    });
  };

  const formPage = async (c: Ctx, req: PpidRequest, form: FileForm, errors: FieldErrors = {}) => {
    const [windows, law] = await Promise.all([windowsFor(p, req.id, jakartaDate(new Date())), loadLaw(p.db)]);
    secretPage(c);
    const title = t(c.get("lang"), "keb.file");
    return c.render(
      <FilePage
        form={form}
        windows={windows}
        law={law}
        request={{ number: req.number ?? "", details: req.details, dueOn: req.dueOn, state: req.state }}
        errors={errors}
        csrf={c.get("actor")?.csrfToken ?? null}
      />,
      { title: Object.keys(errors).length ? `${t(c.get("lang"), "ui.error_prefix")}: ${title}` : title },
    );
  };

  r.get("/ppid/keberatan/baru", async (c) => {
    secretPage(c);
    const form = fileFormOf({ nomor: c.req.query("nomor") ?? "", kode: c.req.query("kode") ?? "" });
    const req = await requestOr(c, form);
    if (req instanceof Response) return req;
    return formPage(c, req, fileFormOf({ nomor: form.nomor, kode: form.kode }, req));
  });

  r.post("/ppid/keberatan/baru", async (c) => {
    const values = await readForm(c);
    const form = fileFormOf(values);
    const ip = meta(c).ip ?? "unknown";
    if (!limiter.hit([{ key: `keberatan:${ip}`, rule: LIMIT }]).ok) {
      c.status(429);
      secretPage(c);
      return c.render(
        <StartPage
          law={await loadLaw(p.db)}
          values={{ nomor: form.nomor }}
          errors={{ nomor: "Terlalu banyak kiriman dari alamat Anda. Coba lagi dalam 10 menit." }}
        />,
        {
          title: "Terlalu banyak kiriman",
        },
      );
    }
    const req = await requestOr(c, form);
    if (req instanceof Response) return req;
    try {
      const res = await fileObjection(p, c.get("actor"), meta(c), values);
      return c.redirect(href(c.get("lang"), `${objectionTrackingPath(res.number, res.secret)}?baru=1`), 303);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      c.status(400);
      return formPage(c, req, form, e.fields);
    }
  });

  const show = async (c: Ctx, k: Objection, path: string, errors: FieldErrors = {}) => {
    const [req, events, cal, law] = await Promise.all([
      findRequestByRef(p.db, k.requestId),
      objectionEvents(p.db, k.id, true),
      loadCalendar(p.db),
      loadLaw(p.db),
    ]);
    secretPage(c);
    if (Object.keys(errors).length) c.status(400);
    return c.render(
      <TrackPage
        k={k}
        requestNumber={req?.number ?? null}
        events={events}
        action={href(c.get("lang"), `${path}/tanggapan`)}
        csrf={c.get("actor")?.csrfToken ?? null}
        dispute={disputeWindow(cal, law, k, jakartaDate(new Date()))}
        created={c.req.query("baru") === "1"}
        errors={errors}
      />,
      {
        title: `${Object.keys(errors).length ? `${t(c.get("lang"), "ui.error_prefix")}: ` : ""}${t(c.get("lang"), "keb.track")} ${k.number}`,
      },
    );
  };

  /** By the secret link. */
  const bySecret = async (c: Ctx) => {
    const secret = c.req.param("secret") ?? "";
    const k = await findObjectionByNumber(p.db, c.req.param("number") ?? "");
    if (!k || !secretMatches(k, secret)) throw notFound("Keberatan tidak ditemukan, atau kode pelacakannya salah.");
    return { k, path: objectionTrackingPath(k.number, secret), secret };
  };

  /** For the signed-in citizen who filed it or whose request it is about. */
  const byAccount = async (c: Ctx) => {
    const actor = c.get("actor");
    if (!actor) throw unauthorized();
    const k = await findObjectionByNumber(p.db, c.req.param("number") ?? "");
    const req = k ? await findRequestByRef(p.db, k.requestId) : null;
    if (!k || !isFiler(k, actor, null, req?.userId)) throw notFound("Keberatan ini tidak ditemukan pada akun Anda.");
    return { k, path: `/ppid/keberatan/saya/${k.number}`, secret: null };
  };

  const respond = async (c: Ctx, { k, path, secret }: { k: Objection; path: string; secret: string | null }) => {
    try {
      await recordResponse(p, c.get("actor"), meta(c), k.id, await readForm(c), { secret });
      return c.redirect(href(c.get("lang"), path), 303);
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      return show(c, k, path, e.fields);
    }
  };

  r.get("/akun/keberatan", async (c) => {
    const actor = c.get("actor");
    if (!actor) throw unauthorized();
    privatePage(c);
    return c.render(<MyObjectionsPage rows={await objectionsOfUser(p.db, actor.userId)} />, {
      title: t(c.get("lang"), "keb.mine.title"),
    });
  });
  // Before the secret-link routes, whose first parameter would take "saya".
  r.get("/ppid/keberatan/saya/:number", async (c) => {
    const a = await byAccount(c);
    return show(c, a.k, a.path);
  });
  r.post("/ppid/keberatan/saya/:number/tanggapan", async (c) => respond(c, await byAccount(c)));
  r.get("/ppid/keberatan/:number/:secret", async (c) => {
    const a = await bySecret(c);
    return show(c, a.k, a.path);
  });
  r.post("/ppid/keberatan/:number/:secret/tanggapan", async (c) => respond(c, await bySecret(c)));
  return r;
}
