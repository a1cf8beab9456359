import { Hono } from "hono";
import type { Platform } from "../../../platform/context.ts";
import type { AppEnv } from "../../../platform/http/env.ts";
import { privatePage } from "../../../platform/http/render.tsx";
import { formText } from "../../../platform/http/validation.ts";
import { t } from "../../../platform/i18n/index.ts";
import { registerCitizen } from "../commands/registerCitizen.ts";
import { resendVerification } from "../commands/resendVerification.ts";
import { verifyEmail } from "../commands/verifyEmail.ts";
import { ctxOf } from "../context.ts";
import type { AccountLimits, RateLimiter } from "../rate-limit.ts";
import { peekToken } from "../tokens.ts";
import { RegisterPage } from "../views/RegisterPage.tsx";
import { InvalidLinkPage, VerifyEmailPage } from "../views/TokenPages.tsx";
import { attempt, checkEmailPage, form, go, ipOf, limit } from "./helpers.tsx";

/** Citizen registration and email verification. */
export function registerRoutes(p: Platform, limiter: RateLimiter, limits: AccountLimits) {
  const r = new Hono<AppEnv>();

  const registerLimit = (c: Parameters<typeof ipOf>[0], email: string) =>
    limit(c, limiter, [
      { key: `register:ip:${ipOf(c, p.config.TRUST_PROXY)}`, rule: limits.register.perIp },
      ...(email ? [{ key: `register:email:${email}`, rule: limits.register.perEmail }] : []),
    ]);

  r.get("/daftar", (c) => {
    if (c.get("actor")) return go(c, "/akun");
    return c.render(<RegisterPage />, { title: t(c.get("lang"), "acc.register.title") });
  });

  r.post("/daftar", async (c) => {
    privatePage(c);
    const values = await form(c);
    const over = registerLimit(c, formText(values.email).trim().toLowerCase());
    if (over) return over;
    const res = await attempt(values, () => registerCitizen(p, ctxOf(c, p), values));
    if (!res.ok) {
      c.status(400);
      return c.render(<RegisterPage form={res.form} />, { title: t(c.get("lang"), "acc.register.title") });
    }
    return go(c, "/daftar/periksa-surel");
  });

  r.get("/daftar/periksa-surel", (c) => checkEmailPage(c, "acc.sent.register"));

  r.post("/akun/kirim-ulang-verifikasi", async (c) => {
    privatePage(c);
    const values = await form(c);
    const over = registerLimit(c, formText(values.email).trim().toLowerCase());
    if (over) return over;
    const res = await attempt(values, () => resendVerification(p, ctxOf(c, p), values));
    if (!res.ok) {
      c.status(400);
      return c.render(<InvalidLinkPage kind="verify" form={res.form} />, { title: t(c.get("lang"), "acc.link.invalid_title") });
    }
    return go(c, "/daftar/periksa-surel");
  });

  r.get("/akun/verifikasi-surel", async (c) => {
    privatePage(c);
    const token = c.req.query("token") ?? "";
    const lang = c.get("lang");
    if (!(await peekToken(p.db, token, "verify_email"))) {
      c.status(400);
      return c.render(<InvalidLinkPage kind="verify" />, { title: t(lang, "acc.link.invalid_title") });
    }
    return c.render(<VerifyEmailPage token={token} />, { title: t(lang, "acc.verify.title") });
  });

  r.post("/akun/verifikasi-surel", async (c) => {
    privatePage(c);
    const values = await form(c);
    if (!(await verifyEmail(p, ctxOf(c, p), formText(values.token)))) {
      c.status(400);
      return c.render(<InvalidLinkPage kind="verify" />, { title: t(c.get("lang"), "acc.link.invalid_title") });
    }
    return go(c, c.get("actor") ? "/akun" : "/masuk?selesai=terverifikasi");
  });

  return r;
}
