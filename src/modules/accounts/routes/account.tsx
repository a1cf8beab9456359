import { and, eq, isNull } from "drizzle-orm";
import { Hono } from "hono";
import type { Platform } from "../../../platform/context.ts";
import type { AppEnv } from "../../../platform/http/env.ts";
import { unauthorized } from "../../../platform/http/errors.ts";
import { privatePage } from "../../../platform/http/render.tsx";
import { t } from "../../../platform/i18n/index.ts";
import { authorize } from "../../access/index.ts";
import { confirmTotp } from "../commands/confirmTotp.ts";
import { deleteOwnAccount } from "../commands/deleteOwnAccount.ts";
import { enrolTotp } from "../commands/enrolTotp.ts";
import { renewRecoveryCodes } from "../commands/renewRecoveryCodes.ts";
import { ctxOf } from "../context.ts";
import { rolesOf } from "../queries.ts";
import type { AccountLimits, RateLimiter } from "../rate-limit.ts";
import { recoveryCodes } from "../schema.ts";
import { clearSessionCookie, setSessionCookie } from "../session.ts";
import { qrDataUri } from "../totp.ts";
import { AccountPage } from "../views/AccountPage.tsx";
import { MessagePage } from "../views/MessagePage.tsx";
import { RecoveryCodesPage, TotpSetupPage, TotpStatusPage } from "../views/TotpSetupPage.tsx";
import { attempt, form, go, ipOf, limit, returnPath, secondStep, withReturn } from "./helpers.tsx";

/** Own account: profile, deletion (citizens), two-factor setup (staff). */
export function accountRoutes(p: Platform, limiter: RateLimiter, limits: AccountLimits) {
  const r = new Hono<AppEnv>();

  r.get("/akun", async (c) => {
    const actor = c.get("actor");
    if (!actor) throw unauthorized();
    if (actor.kind === "staff" && !actor.mfaPassed) return go(c, withReturn(await secondStep(p, actor), "/akun"));
    authorize(actor, "account.self");
    const roles = actor.kind === "staff" ? await rolesOf(p.db, actor.userId) : [];
    return c.render(<AccountPage actor={actor} roles={roles} />, { title: t(c.get("lang"), "acc.profile.title") });
  });

  r.post("/akun/hapus", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "account.delete");
    const values = await form(c);
    const res = await attempt(values, () => deleteOwnAccount(p, ctxOf(c, p), values));
    if (!res.ok) {
      c.status(400);
      return c.render(<AccountPage actor={actor} roles={[]} form={res.form} />, { title: t(c.get("lang"), "acc.profile.title") });
    }
    clearSessionCookie(c);
    return go(c, "/akun/terhapus");
  });

  r.get("/akun/terhapus", (c) => {
    const lang = c.get("lang");
    return c.render(<MessagePage title={t(lang, "acc.deleted.title")} paragraphs={[t(lang, "acc.deleted.body")]} />, {
      title: t(lang, "acc.deleted.title"),
    });
  });

  r.get("/akun/2fa", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "account.totp.enrol");
    const kembali = returnPath(c.req.query("kembali"));
    const lang = c.get("lang");
    if ((await secondStep(p, actor)) === "/masuk/verifikasi-2fa") {
      // TOTP is on: the secret is never shown again.
      if (!actor.mfaPassed) return go(c, withReturn("/masuk/verifikasi-2fa", kembali));
      const left = await p.db
        .select({ id: recoveryCodes.id })
        .from(recoveryCodes)
        .where(and(eq(recoveryCodes.userId, actor.userId), isNull(recoveryCodes.usedAt)));
      return c.render(<TotpStatusPage left={left.length} />, { title: t(lang, "acc.totp.status_title") });
    }
    const { secret, uri } = await enrolTotp(p, ctxOf(c, p));
    return c.render(<TotpSetupPage secret={secret} qr={await qrDataUri(uri)} kembali={kembali} />, { title: t(lang, "acc.totp.title") });
  });

  r.post("/akun/2fa", async (c) => {
    const actor = c.get("actor");
    authorize(actor, "account.totp.enrol");
    const values = await form(c);
    const kembali = returnPath(values.kembali);
    const over = limit(c, limiter, [
      { key: `mfa:ip:${ipOf(c, p.config.TRUST_PROXY)}`, rule: limits.secondFactor.perIp },
      { key: `mfa:acct:${actor.userId}`, rule: limits.secondFactor.perAccount },
    ]);
    if (over) return over;
    const res = await attempt(values, () => confirmTotp(p, ctxOf(c, p), values));
    const lang = c.get("lang");
    if (!res.ok) {
      const { secret, uri } = await enrolTotp(p, ctxOf(c, p));
      c.status(400);
      return c.render(<TotpSetupPage secret={secret} qr={await qrDataUri(uri)} kembali={kembali} form={res.form} />, {
        title: t(lang, "acc.totp.title"),
      });
    }
    setSessionCookie(c, res.value.token, p.config.production);
    // Shown once, in this response (not after a redirect): the codes are stored only hashed.
    privatePage(c);
    return c.render(<RecoveryCodesPage codes={res.value.codes} next={kembali ?? "/akun"} />, { title: t(lang, "acc.codes.title") });
  });

  r.post("/akun/2fa/kode-pemulihan", async (c) => {
    const codes = await renewRecoveryCodes(p, ctxOf(c, p));
    privatePage(c);
    return c.render(<RecoveryCodesPage codes={codes} next="/akun" />, { title: t(c.get("lang"), "acc.codes.title") });
  });

  return r;
}
