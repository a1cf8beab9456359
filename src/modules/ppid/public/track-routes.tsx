import { type Context, Hono } from "hono";
import type { Platform } from "../../../platform/context.ts";
import type { AppEnv } from "../../../platform/http/env.ts";
import { unauthorized, ValidationError } from "../../../platform/http/errors.ts";
import type { RateLimiter } from "../../../platform/http/rate-limit.ts";
import { privatePage, publicCache } from "../../../platform/http/render.tsx";
import { formText, readForm } from "../../../platform/http/validation.ts";
import { href, t } from "../../../platform/i18n/index.ts";
import { NUMBER_RE, type PpidRequest, trackingMatches } from "../case.ts";
import { answerClarification } from "../commands/answerClarification.ts";
import { withdrawRequest } from "../commands/withdrawRequest.ts";
import { issueReceipt } from "../jobs.ts";
import { findRequestByRef, getRequest, isRequester, requestFiles } from "../queries.ts";
import { CASE_LIMIT, caseNotFound, metaOf, overLimit, readUploadForm, secretPage } from "./http.tsx";
import { caseData, requestsOfUser } from "./queries.ts";
import { CasePage, type CasePageProps } from "./views/CasePage.tsx";
import { MyRequestsPage, TrackStartPage } from "./views/SmallPages.tsx";
import "./messages.ts";

type Ctx = Context<AppEnv>;

/** How a case page was reached: by its secret link, or from the citizen's account. */
interface Access {
  req: PpidRequest;
  secret: string | null;
  /** The page's own path (forms post under it, files hang off it). */
  base: string;
  /** Where its forms post (the upload-sized body limit covers /ppid/lacak/). */
  actions: string;
}

/**
 * The requester's pages: tracking by number and secret code, the case page
 * with its actions (withdraw, answer a clarification) and files, and a signed-in
 * citizen's own requests.
 */
export function trackRoutes(p: Platform, limiter: RateLimiter) {
  const r = new Hono<AppEnv>();
  const meta = (c: Ctx) => metaOf(c, p.config.TRUST_PROXY);

  /** By the secret link: an unknown number and a wrong code look the same. */
  const bySecret = async (c: Ctx): Promise<Access | null> => {
    const ref = c.req.param("ref") ?? "";
    const secret = c.req.param("secret") ?? "";
    const req = await findRequestByRef(p.db, ref);
    if (!req || !trackingMatches(req, secret)) return null;
    const base = href(c.get("lang"), `/ppid/lacak/${encodeURIComponent(req.number ?? req.id)}/${encodeURIComponent(secret)}`);
    return { req, secret, base, actions: base };
  };

  /** From the account: only the citizen who filed it (others get the same not-found page). */
  const byAccount = async (c: Ctx): Promise<Access | null> => {
    const actor = c.get("actor");
    if (!actor) throw unauthorized();
    const req = await findRequestByRef(p.db, c.req.param("ref") ?? "");
    if (!req || !isRequester(req, actor)) return null;
    const ref = encodeURIComponent(req.number ?? req.id);
    return {
      req,
      secret: null,
      base: href(c.get("lang"), `/ppid/permohonan/saya/${ref}`),
      actions: href(c.get("lang"), `/ppid/lacak/saya/${ref}`),
    };
  };

  const show = async (c: Ctx, a: Access, extra: Partial<CasePageProps> = {}) => {
    let req = a.req;
    if (req.number && !req.receiptDocId) {
      // The tanda bukti is made by a job; if it has not run yet, make it now (idempotent).
      try {
        await issueReceipt(p, req.id);
        req = (await getRequest(p.db, req.id)) ?? req;
      } catch (e) {
        c.get("log").warn({ err: (e as Error).message, id: req.id }, "tanda bukti not issued on demand");
      }
    }
    const data = await caseData(p.db, req);
    const lang = c.get("lang");
    const failed = Boolean(extra.errors && Object.keys(extra.errors).length);
    secretPage(c);
    return c.render(
      <CasePage
        data={data}
        base={a.base}
        actions={a.actions}
        csrfToken={c.get("actor")?.csrfToken}
        done={c.req.query("selesai")}
        objectionHref={
          req.number
            ? href(c.get("lang"), `/ppid/keberatan/baru?nomor=${req.number}${a.secret ? `&kode=${encodeURIComponent(a.secret)}` : ""}`)
            : null
        }
        {...extra}
      />,
      {
        title:
          `${failed ? `${t(lang, "ui.error_prefix")}: ` : ""}${t(lang, "ppid.public.case.title", { number: req.number ?? "" })}`.trim(),
      },
    );
  };

  const file = async (c: Ctx, a: Access | null) => {
    if (!a) return caseNotFound(c);
    const f = (await requestFiles(p.db, a.req.id, true)).find((x) => x.id === c.req.param("fileId"));
    const bytes = f ? await p.files.get(f.fileKey) : null;
    if (!f || !bytes) return caseNotFound(c);
    const ascii = f.name.replace(/[^A-Za-z0-9._-]+/g, "_") || "berkas";
    secretPage(c);
    return c.body(new Uint8Array(bytes), 200, {
      "Content-Type": f.mime,
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(f.name)}`,
      "Content-Length": String(bytes.byteLength),
      "X-Content-Type-Options": "nosniff",
    });
  };

  const withdraw = async (c: Ctx, a: Access | null) => {
    if (!a) return caseNotFound(c);
    const over = overLimit(c, limiter, "ppid-case", CASE_LIMIT, p.config.TRUST_PROXY);
    if (over) return over;
    const values = await readForm(c).catch(() => ({}) as Record<string, string | string[]>);
    try {
      await withdrawRequest(p, c.get("actor"), meta(c), { id: a.req.id, secret: a.secret, raw: { reason: formText(values.reason) } });
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      c.status(400);
      return show(c, a, { errors: e.fields, values: { reason: formText(values.reason) }, failed: "tarik" });
    }
    return c.redirect(`${a.base}?selesai=ditarik`, 303);
  };

  const answer = async (c: Ctx, a: Access | null) => {
    if (!a) return caseNotFound(c);
    const over = overLimit(c, limiter, "ppid-case", CASE_LIMIT, p.config.TRUST_PROXY);
    if (over) return over;
    let text = "";
    try {
      const form = await readUploadForm(c);
      text = formText(form.values.answer);
      await answerClarification(p, c.get("actor"), meta(c), {
        id: a.req.id,
        secret: a.secret,
        raw: { answer: text },
        file: form.files.file,
      });
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      c.status(400);
      return show(c, a, { errors: e.fields, values: { answer: text }, failed: "kelengkapan" });
    }
    return c.redirect(`${a.base}?selesai=kelengkapan`, 303);
  };

  r.get("/ppid/lacak", (c) => {
    const nomor = c.req.query("nomor");
    const kode = c.req.query("kode");
    if (nomor === undefined && kode === undefined) {
      publicCache(c, 300);
      return c.render(<TrackStartPage />, { title: t(c.get("lang"), "ppid.public.track.title") });
    }
    const n = (nomor ?? "").trim().toUpperCase();
    const k = (kode ?? "").trim();
    const errors: Record<string, string> = {};
    const lang = c.get("lang");
    if (!NUMBER_RE.test(n)) errors.nomor = t(lang, "ppid.public.track.error.number");
    if (!/^[A-Za-z0-9_-]{8,64}$/.test(k)) errors.kode = t(lang, "ppid.public.track.error.secret");
    if (Object.keys(errors).length) {
      secretPage(c);
      c.status(400);
      return c.render(<TrackStartPage values={{ nomor: nomor ?? "" }} errors={errors} />, {
        title: `${t(lang, "ui.error_prefix")}: ${t(lang, "ppid.public.track.title")}`,
      });
    }
    secretPage(c);
    return c.redirect(href(lang, `/ppid/lacak/${n}/${encodeURIComponent(k)}`), 303);
  });

  // Signed-in actions first: "saya" is never a number, so the secret routes below would not match it anyway.
  r.post("/ppid/lacak/saya/:ref/tarik", async (c) => withdraw(c, await byAccount(c)));
  r.post("/ppid/lacak/saya/:ref/kelengkapan", async (c) => answer(c, await byAccount(c)));

  r.get("/ppid/lacak/:ref/:secret", async (c) => {
    const a = await bySecret(c);
    return a ? show(c, a) : caseNotFound(c);
  });
  r.get("/ppid/lacak/:ref/:secret/berkas/:fileId", async (c) => file(c, await bySecret(c)));
  r.post("/ppid/lacak/:ref/:secret/tarik", async (c) => withdraw(c, await bySecret(c)));
  r.post("/ppid/lacak/:ref/:secret/kelengkapan", async (c) => answer(c, await bySecret(c)));

  r.get("/akun/permohonan", async (c) => {
    const actor = c.get("actor");
    if (!actor) throw unauthorized();
    privatePage(c);
    return c.render(<MyRequestsPage rows={await requestsOfUser(p.db, actor.userId)} />, {
      title: t(c.get("lang"), "ppid.public.mine.title"),
    });
  });
  r.get("/ppid/permohonan/saya/:ref", async (c) => {
    const a = await byAccount(c);
    return a ? show(c, a) : caseNotFound(c);
  });
  r.get("/ppid/permohonan/saya/:ref/berkas/:fileId", async (c) => file(c, await byAccount(c)));

  return r;
}
