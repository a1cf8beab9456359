import { eq } from "drizzle-orm";
import type { Context } from "hono";
import type { Platform } from "../../../platform/context.ts";
import type { Actor } from "../../../platform/http/actor.ts";
import type { AppEnv } from "../../../platform/http/env.ts";
import { ValidationError } from "../../../platform/http/errors.ts";
import { privatePage } from "../../../platform/http/render.tsx";
import { requestMeta } from "../../../platform/http/request-meta.ts";
import { readForm } from "../../../platform/http/validation.ts";
import { href, t } from "../../../platform/i18n/index.ts";
import type { LimitRule, RateLimiter } from "../rate-limit.ts";
import { users } from "../schema.ts";
import { safeReturnPath } from "../schemas.ts";
import type { FormState } from "../views/common.tsx";
import { MessagePage } from "../views/MessagePage.tsx";

const SECRET_FIELDS = new Set(["kata_sandi", "konfirmasi", "_csrf", "kode", "token"]);

/** The submitted form without passwords, codes and tokens (never shown back). */
export function keep(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([k]) => !SECRET_FIELDS.has(k)));
}

export async function form(c: Context<AppEnv>): Promise<Record<string, string | string[]>> {
  try {
    return await readForm(c);
  } catch {
    return {};
  }
}

/** Runs a command; a ValidationError becomes the form state to show again (status 400). */
export async function attempt<T>(
  values: Record<string, unknown>,
  fn: () => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; form: FormState }> {
  try {
    return { ok: true, value: await fn() };
  } catch (e) {
    if (e instanceof ValidationError) return { ok: false, form: { values: keep(values), errors: e.fields } };
    throw e;
  }
}

/** POST/redirect/GET to a page in the request's language. */
export function go(c: Context<AppEnv>, path: string) {
  return c.redirect(href(c.get("lang"), path), 303);
}

export function returnPath(v: unknown): string | null {
  return safeReturnPath(v);
}

export function withReturn(path: string, kembali: string | null): string {
  return kembali ? `${path}?kembali=${encodeURIComponent(kembali)}` : path;
}

/**
 * Counts an attempt against the rules; when over, answers 429 with
 * Retry-After and a page in the request's language. Returns null when allowed.
 */
export function limit(c: Context<AppEnv>, limiter: RateLimiter, entries: { key: string; rule: LimitRule }[]) {
  const r = limiter.hit(entries);
  if (r.ok) return null;
  const lang = c.get("lang");
  c.header("Retry-After", String(r.retryAfter));
  privatePage(c);
  c.status(429);
  const minutes = Math.max(1, Math.ceil(r.retryAfter / 60));
  return c.render(<MessagePage title={t(lang, "acc.limit.title")} paragraphs={[t(lang, "acc.limit.body", { n: minutes })]} />, {
    title: t(lang, "acc.limit.title"),
  });
}

/** Where a staff session that has not passed the second factor must go next. */
export async function secondStep(p: Platform, actor: Actor): Promise<"/akun/2fa" | "/masuk/verifikasi-2fa"> {
  const [u] = await p.db.select({ on: users.totpEnabledAt }).from(users).where(eq(users.id, actor.userId));
  return u?.on ? "/masuk/verifikasi-2fa" : "/akun/2fa";
}

/** The client address for rate limits: the platform's rule (right-most X-Forwarded-For behind a trusted proxy). */
export function ipOf(c: Context<AppEnv>, trustProxy: boolean): string {
  return requestMeta(c, trustProxy).ip ?? "unknown";
}

/** "Check your email" after a registration or a reset request, with the way back to sign in. */
export function checkEmailPage(c: Context<AppEnv>, bodyKey: "acc.sent.register" | "acc.sent.reset") {
  const lang = c.get("lang");
  return c.render(
    <MessagePage title={t(lang, "acc.sent.title")} paragraphs={[t(lang, bodyKey), t(lang, "acc.sent.spam")]}>
      <p class="govuk-body">
        <a class="govuk-link" href={href(lang, "/masuk")}>
          {t(lang, "acc.signin.title")}
        </a>
      </p>
    </MessagePage>,
    { title: t(lang, "acc.sent.title") },
  );
}
