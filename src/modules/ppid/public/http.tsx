/** What the public PPID routes share: reading multipart forms with files, the per-address limit page, private headers. */
import type { Context } from "hono";
import type { AppEnv } from "../../../platform/http/env.ts";
import { ValidationError } from "../../../platform/http/errors.ts";
import type { LimitRule, RateLimiter } from "../../../platform/http/rate-limit.ts";
import { privatePage } from "../../../platform/http/render.tsx";
import { requestMeta } from "../../../platform/http/request-meta.ts";
import { href, t } from "../../../platform/i18n/index.ts";
import type { Upload } from "../files.ts";
import { MessagePage } from "./views/SmallPages.tsx";
import "./messages.ts";

type Ctx = Context<AppEnv>;

/** Form submissions from one address: at most this many per window (errors count too). */
export const FORM_LIMIT: LimitRule = { max: 20, windowMs: 10 * 60_000 };
/** Actions on a case page (withdraw, answer) from one address. */
export const CASE_LIMIT: LimitRule = { max: 30, windowMs: 10 * 60_000 };

export interface ParsedForm {
  values: Record<string, string | string[]>;
  files: Record<string, Upload | undefined>;
}

/** Reads an urlencoded or multipart form: text fields (repeated ones as arrays) and files (an empty file input is no file). */
export async function readUploadForm(c: Ctx): Promise<ParsedForm> {
  const type = c.req.header("content-type") ?? "";
  if (!type.includes("multipart/form-data") && !type.includes("application/x-www-form-urlencoded")) {
    throw new ValidationError({ _: "Format kiriman tidak dikenali." }, "Format kiriman tidak dikenali.");
  }
  const body = await c.req.parseBody({ all: true });
  const values: Record<string, string | string[]> = {};
  const files: Record<string, Upload | undefined> = {};
  for (const [k, v] of Object.entries(body)) {
    const list = Array.isArray(v) ? v : [v];
    const texts = list.filter((x): x is string => typeof x === "string");
    const file = list.find((x): x is File => typeof x === "object" && x !== null && "arrayBuffer" in x);
    if (file) {
      files[k] = file.size > 0 ? { name: file.name || k, bytes: new Uint8Array(await file.arrayBuffer()) } : undefined;
    } else if (texts.length) {
      values[k] = Array.isArray(v) ? texts : texts[0];
    }
  }
  return { values, files };
}

export const metaOf = (c: Ctx, trustProxy: boolean) => requestMeta(c, trustProxy);

/** Counts one submission from the client's address; over the limit it answers 429 with a page saying when to try again. */
export function overLimit(c: Ctx, limiter: RateLimiter, name: string, rule: LimitRule, trustProxy: boolean) {
  const ip = requestMeta(c, trustProxy).ip ?? "unknown";
  const r = limiter.hit([{ key: `${name}:${ip}`, rule }]);
  if (r.ok) return null;
  const minutes = Math.max(1, Math.ceil(r.retryAfter / 60));
  privatePage(c);
  c.header("Retry-After", String(r.retryAfter));
  c.status(429);
  const lang = c.get("lang");
  return c.render(
    <MessagePage
      title={t(lang, "ppid.public.limit.title")}
      paragraphs={[t(lang, "ppid.public.limit.why"), t(lang, "ppid.public.limit.retry", { minutes }), t(lang, "ppid.public.limit.shared")]}
      back={{ href: href(lang, "/ppid"), text: t(lang, "ppid.public.back") }}
    />,
    { title: t(lang, "ppid.public.limit.title") },
  );
}

/**
 * A page only its holder should see: never stored, never indexed. (Its URL holds the secret; the
 * global Referrer-Policy strict-origin-when-cross-origin keeps the path from other sites.)
 */
export function secretPage(c: Ctx): void {
  privatePage(c);
  c.header("Cache-Control", "no-store");
  c.header("X-Robots-Tag", "noindex, nofollow");
}

/** The same answer for an unknown number and a wrong code: nothing tells which. */
export function caseNotFound(c: Ctx) {
  secretPage(c);
  c.status(404);
  const lang = c.get("lang");
  return c.render(
    <MessagePage
      title={t(lang, "ppid.public.notFound.title")}
      paragraphs={[t(lang, "ppid.public.notFound.text"), t(lang, "ppid.public.notFound.check")]}
      back={{ href: href(lang, "/ppid/lacak"), text: t(lang, "ppid.public.notFound.retry") }}
    />,
    { title: t(lang, "ppid.public.notFound.title") },
  );
}
