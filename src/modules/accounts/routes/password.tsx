import { Hono } from "hono";
import type { Platform } from "../../../platform/context.ts";
import type { AppEnv } from "../../../platform/http/env.ts";
import { privatePage } from "../../../platform/http/render.tsx";
import { formText } from "../../../platform/http/validation.ts";
import { t } from "../../../platform/i18n/index.ts";
import { requestPasswordReset } from "../commands/requestPasswordReset.ts";
import { resetPassword } from "../commands/resetPassword.ts";
import { ctxOf } from "../context.ts";
import type { AccountLimits, RateLimiter } from "../rate-limit.ts";
import { clearSessionCookie } from "../session.ts";
import { peekToken } from "../tokens.ts";
import { ForgotPasswordPage, InvalidLinkPage, ResetPasswordPage } from "../views/TokenPages.tsx";
import { attempt, checkEmailPage, form, go, ipOf, limit } from "./helpers.tsx";

/** Forgotten password: ask for a link, then set a new password with it (also a new staff member's first password). */
export function passwordRoutes(p: Platform, limiter: RateLimiter, limits: AccountLimits) {
  const r = new Hono<AppEnv>();

  r.get("/lupa-sandi", (c) => c.render(<ForgotPasswordPage />, { title: t(c.get("lang"), "acc.forgot.title") }));

  r.post("/lupa-sandi", async (c) => {
    privatePage(c);
    const values = await form(c);
    const email = formText(values.email).trim().toLowerCase();
    const over = limit(c, limiter, [
      { key: `reset:ip:${ipOf(c, p.config.TRUST_PROXY)}`, rule: limits.passwordReset.perIp },
      ...(email ? [{ key: `reset:email:${email}`, rule: limits.passwordReset.perEmail }] : []),
    ]);
    if (over) return over;
    const res = await attempt(values, () => requestPasswordReset(p, ctxOf(c, p), values));
    if (!res.ok) {
      c.status(400);
      return c.render(<ForgotPasswordPage form={res.form} />, { title: t(c.get("lang"), "acc.forgot.title") });
    }
    return go(c, "/lupa-sandi/terkirim");
  });

  r.get("/lupa-sandi/terkirim", (c) => checkEmailPage(c, "acc.sent.reset"));

  r.get("/akun/atur-ulang-sandi", async (c) => {
    privatePage(c);
    const token = c.req.query("token") ?? "";
    const lang = c.get("lang");
    if (!(await peekToken(p.db, token, "reset_password"))) {
      c.status(400);
      return c.render(<InvalidLinkPage kind="reset" />, { title: t(lang, "acc.link.invalid_title") });
    }
    return c.render(<ResetPasswordPage token={token} />, { title: t(lang, "acc.reset.title") });
  });

  r.post("/akun/atur-ulang-sandi", async (c) => {
    privatePage(c);
    const values = await form(c);
    const token = formText(values.token);
    const lang = c.get("lang");
    const res = await attempt(values, () => resetPassword(p, ctxOf(c, p), values));
    if (!res.ok) {
      c.status(400);
      return c.render(<ResetPasswordPage token={token} form={res.form} />, { title: t(lang, "acc.reset.title") });
    }
    if (!res.value) {
      c.status(400);
      return c.render(<InvalidLinkPage kind="reset" />, { title: t(lang, "acc.link.invalid_title") });
    }
    // Every session of the account ended; this browser's too.
    if (c.get("actor")) clearSessionCookie(c);
    return go(c, "/masuk?selesai=sandi_diubah");
  });

  return r;
}
