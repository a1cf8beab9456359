import { Hono } from "hono";
import type { Platform } from "../../../platform/context.ts";
import type { AppEnv } from "../../../platform/http/env.ts";
import { privatePage } from "../../../platform/http/render.tsx";
import { formText } from "../../../platform/http/validation.ts";
import { t } from "../../../platform/i18n/index.ts";
import { signIn } from "../commands/signIn.ts";
import { signOut } from "../commands/signOut.ts";
import { verifySecondFactor } from "../commands/verifySecondFactor.ts";
import { ctxOf } from "../context.ts";
import type { AccountLimits, RateLimiter } from "../rate-limit.ts";
import { clearSessionCookie, setSessionCookie } from "../session.ts";
import { SecondFactorPage } from "../views/SecondFactorPage.tsx";
import { SignInPage } from "../views/SignInPage.tsx";
import { attempt, form, go, ipOf, keep, limit, returnPath, secondStep, withReturn } from "./helpers.tsx";

/** Sign-in (password, then TOTP for staff) and sign-out. */
export function authRoutes(p: Platform, limiter: RateLimiter, limits: AccountLimits) {
  const r = new Hono<AppEnv>();
  const secure = p.config.production;

  r.get("/masuk", async (c) => {
    const actor = c.get("actor");
    const kembali = returnPath(c.req.query("kembali"));
    if (actor) {
      if (actor.kind === "staff" && !actor.mfaPassed) return go(c, withReturn(await secondStep(p, actor), kembali));
      return go(c, kembali ?? "/akun");
    }
    privatePage(c);
    return c.render(<SignInPage kembali={kembali} notice={c.req.query("selesai")} />, { title: t(c.get("lang"), "acc.signin.title") });
  });

  r.post("/masuk", async (c) => {
    privatePage(c);
    const values = await form(c);
    const kembali = returnPath(values.kembali);
    const lang = c.get("lang");
    const title = t(lang, "acc.signin.title");
    const email = formText(values.email).trim().toLowerCase();
    const ip = ipOf(c, p.config.TRUST_PROXY);
    const over = limit(c, limiter, [
      { key: `signin:ip:${ip}`, rule: limits.signIn.perIp },
      ...(email ? [{ key: `signin:acct:${email}`, rule: limits.signIn.perAccount }] : []),
    ]);
    if (over) return over;
    const res = await attempt(values, () => signIn(p, ctxOf(c, p), values));
    if (!res.ok) {
      c.status(400);
      return c.render(<SignInPage form={res.form} kembali={kembali} />, { title });
    }
    const out = res.value;
    if (!out.ok) {
      c.status(400);
      const f = { values: keep(values), errors: out.reason === "invalid" ? { _: "acc.err.signin_failed" } : { _: "acc.err.unverified" } };
      return c.render(<SignInPage form={f} kembali={kembali} unverified={out.reason === "unverified" ? out.email : undefined} />, {
        title,
      });
    }
    limiter.reset(`signin:acct:${email}`);
    setSessionCookie(c, out.token, secure);
    if (out.next === "enrol") return go(c, withReturn("/akun/2fa", kembali));
    if (out.next === "second_factor") return go(c, withReturn("/masuk/verifikasi-2fa", kembali));
    return go(c, kembali ?? "/akun");
  });

  r.get("/masuk/verifikasi-2fa", async (c) => {
    const actor = c.get("actor");
    const kembali = returnPath(c.req.query("kembali"));
    if (!actor) return go(c, withReturn("/masuk", kembali));
    if (actor.kind !== "staff" || actor.mfaPassed) return go(c, kembali ?? "/akun");
    const next = await secondStep(p, actor);
    if (next !== "/masuk/verifikasi-2fa") return go(c, withReturn(next, kembali));
    return c.render(<SecondFactorPage kembali={kembali} />, { title: t(c.get("lang"), "acc.mfa.title") });
  });

  r.post("/masuk/verifikasi-2fa", async (c) => {
    privatePage(c);
    const actor = c.get("actor");
    const values = await form(c);
    const kembali = returnPath(values.kembali);
    if (!actor) return go(c, withReturn("/masuk", kembali));
    const over = limit(c, limiter, [
      { key: `mfa:ip:${ipOf(c, p.config.TRUST_PROXY)}`, rule: limits.secondFactor.perIp },
      { key: `mfa:acct:${actor.userId}`, rule: limits.secondFactor.perAccount },
    ]);
    if (over) return over;
    const res = await attempt(values, () => verifySecondFactor(p, ctxOf(c, p), values));
    if (!res.ok) {
      c.status(400);
      return c.render(<SecondFactorPage form={res.form} kembali={kembali} />, { title: t(c.get("lang"), "acc.mfa.title") });
    }
    limiter.reset(`mfa:acct:${actor.userId}`);
    setSessionCookie(c, res.value.token, secure);
    return go(c, kembali ?? "/akun");
  });

  r.post("/keluar", async (c) => {
    await signOut(p, ctxOf(c, p));
    clearSessionCookie(c);
    return go(c, "/masuk?selesai=keluar");
  });

  return r;
}
