/**
 * The composition root of the web role: platform middleware, then every
 * module's routes. Modules are reached only through their index.ts.
 */

import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { jsxRenderer } from "hono/jsx-renderer";
import { requestId } from "hono/request-id";
import { accountsRoutes, sessionMiddleware } from "./modules/accounts/index.ts";
import { adminRoutes } from "./modules/admin/index.ts";
import { arsipRoutes } from "./modules/arsip/index.ts";
import { auditRoutes } from "./modules/audit/index.ts";
import { calendarRoutes } from "./modules/calendar/index.ts";
import { dipRoutes } from "./modules/dip/index.ts";
import { keberatanRoutes } from "./modules/keberatan/index.ts";
import { organisationRoutes } from "./modules/organisation/index.ts";
import { comingSoonRoutes, ErrorPage, Layout, portalRoutes } from "./modules/portal/index.ts";
import { ppidRoutes } from "./modules/ppid/index.ts";
import { signaturesRoutes } from "./modules/signatures/index.ts";
import type { Platform } from "./platform/context.ts";
import { encodeBodies } from "./platform/http/compress.ts";
import { csrf } from "./platform/http/csrf.ts";
import type { AppEnv } from "./platform/http/env.ts";
import { HttpError, ValidationError } from "./platform/http/errors.ts";
import { httpDuration, registry } from "./platform/http/metrics.ts";
import { PageCache } from "./platform/http/page-cache.ts";
import { securityHeaders } from "./platform/http/security.ts";
import { href, type Lang, t } from "./platform/i18n/index.ts";
import { PUBLIC_DIR } from "./platform/ui/assets.ts";

/** Forms carry text only: 256 KiB is far beyond any of them. */
const FORM_BODY_LIMIT = 256 * 1024;
/** Routes that take file uploads; each also checks its own, smaller limit with a message beside the field. */
const UPLOAD_PATHS = new Set(["/verifikasi", "/api/v1/verification/check", "/ppid/permohonan", "/api/v1/requests", "/ppid/kelola/baru"]);
/** Staff case pages that take files (identity documents, information handed over, PDFs to redact). */
const UPLOAD_PREFIXES = ["/ppid/kelola/permohonan/", "/ppid/lacak/", "/arsip/kelola/"];
const isUploadPath = (path: string) => UPLOAD_PATHS.has(path) || UPLOAD_PREFIXES.some((p) => path.startsWith(p));
const UPLOAD_BODY_LIMIT = 32 * 1024 * 1024;

const tooLarge = (max: number) =>
  new HttpError(413, `Kiriman terlalu besar (paling banyak ${Math.round(max / 1024)} KB).`, "payload_too_large");

export function createApp(p: Platform) {
  const app = new Hono<AppEnv>();
  const pageCache = new PageCache();
  p.events.on("committed", () => pageCache.invalidate());
  /** Requests being rendered now (page-cache hits aside): background jobs in this process yield to them. */
  let inFlight = 0;

  app.use(requestId({ headerName: "X-Request-Id", limitLength: 64 }));
  app.use(async (c, next) => {
    const started = performance.now();
    c.set("lang", (c.req.header("x-sp-lang") === "en" ? "en" : "id") as Lang);
    c.set("log", p.log.child({ req: c.get("requestId") }));
    c.set("actor", null);
    c.set("private", false);
    inFlight++;
    try {
      await next();
    } finally {
      inFlight--;
    }
    const route = c.req.routePath || "unmatched";
    httpDuration.labels(c.req.method, route, String(c.res.status)).observe((performance.now() - started) / 1000);
    if (c.get("private")) c.header("Cache-Control", "private, no-store");
    c.header("Vary", "Cookie, Accept-Encoding");
    if (c.res.status >= 500) c.get("log").error({ method: c.req.method, path: c.req.path, status: c.res.status }, "request failed");
    else c.get("log").debug({ method: c.req.method, path: c.req.path, status: c.res.status }, "request");
  });
  app.use(encodeBodies());
  // Outside the security headers, so a cached page keeps them when served from the fast path.
  app.use(pageCache.middleware());
  app.use(securityHeaders(p.config.production));

  app.get("/healthz", (c) => c.json({ status: "ok" }));
  app.get("/readyz", async (c) => {
    try {
      await p.database.raw.query("SELECT 1");
      return c.json({ status: "ready", database: p.database.kind });
    } catch {
      return c.json({ status: "not ready" }, 503);
    }
  });
  app.get("/metrics", async (c) => c.text(await registry.metrics(), 200, { "Content-Type": registry.contentType }));

  app.use(
    "/assets/*",
    serveStatic({
      root: PUBLIC_DIR,
      rewriteRequestPath: (path) => path.replace(/^\/assets/, ""),
      onFound: (_path, c) => {
        // Fingerprinted URLs (assetUrl) never change content: keep them a year.
        c.header("Cache-Control", c.req.query("v") ? "public, max-age=31536000, immutable" : "public, max-age=3600");
      },
    }),
  );

  // Before the session and CSRF checks, so their refusals render as pages too.
  app.use(jsxRenderer(({ children, title }) => <Layout title={title ?? ""}>{children}</Layout>, { docType: true }));
  // A NUL character (%00) has no place in any address of the app, and PostgreSQL refuses it in a
  // query parameter: refused here (after the renderer, so as a page) with a 400 instead of a 500 from whatever query meets it first.
  app.use(async (c, next) => {
    if (c.req.url.includes("%00")) throw new HttpError(400, "Alamat halaman memuat karakter yang tidak sah (%00).", "bad_url");
    await next();
  });
  // Every request body is bounded before anything reads it (the CSRF check parses forms).
  const smallBody = bodyLimit({ maxSize: FORM_BODY_LIMIT, onError: () => Promise.reject(tooLarge(FORM_BODY_LIMIT)) });
  const uploadBody = bodyLimit({ maxSize: UPLOAD_BODY_LIMIT, onError: () => Promise.reject(tooLarge(UPLOAD_BODY_LIMIT)) });
  app.use((c, next) => {
    if (c.req.method === "GET" || c.req.method === "HEAD" || c.req.method === "OPTIONS") return next();
    return (isUploadPath(c.req.path) ? uploadBody : smallBody)(c, next);
  });
  app.use(sessionMiddleware(p));
  app.use(csrf(p.config.baseUrl));

  app.route("/", portalRoutes(p));
  app.route("/", accountsRoutes(p));
  app.route("/", organisationRoutes(p));
  app.route("/", signaturesRoutes(p));
  app.route("/", calendarRoutes(p));
  app.route("/", auditRoutes(p));
  app.route("/", adminRoutes(p));
  app.route("/", dipRoutes(p));
  app.route("/", ppidRoutes(p));
  app.route("/", keberatanRoutes(p));
  app.route("/", arsipRoutes(p));
  app.route("/", comingSoonRoutes());

  app.notFound((c) => {
    if (c.req.path.startsWith("/api/")) return c.json({ error: "not_found", message: "Tidak ditemukan." }, 404);
    c.status(404);
    return c.render(<ErrorPage status={404} />, { title: t(c.get("lang") ?? "id", "error.404.title") });
  });

  app.onError((err, c) => {
    const api = c.req.path.startsWith("/api/") || (c.req.header("accept") ?? "").startsWith("application/json");
    if (err instanceof HttpError) {
      if (err.status === 401 && !api && c.req.method === "GET") {
        const lang = c.get("lang") ?? "id";
        return c.redirect(href(lang, `/masuk?kembali=${encodeURIComponent(href(lang, c.req.path))}`), 303);
      }
      if (api) {
        const body: Record<string, unknown> = { error: err.code, message: err.message };
        if (err instanceof ValidationError) body.fields = err.fields;
        return c.json(body, err.status);
      }
      c.status(err.status);
      const key = err.status === 403 ? "error.403.title" : err.status === 404 ? "error.404.title" : "";
      return c.render(<ErrorPage status={err.status} message={err.message} />, {
        title: key ? t(c.get("lang") ?? "id", key) : err.message,
      });
    }
    c.get("log")?.error({ err: err.message, stack: err.stack }, "unhandled error");
    if (api) return c.json({ error: "internal", message: "Terjadi kesalahan pada sistem.", requestId: c.get("requestId") }, 500);
    c.status(500);
    return c.render(<ErrorPage status={500} />, { title: t(c.get("lang") ?? "id", "error.500.title") });
  });

  return {
    app,
    /** More than one request is being rendered (see Jobs.work's yieldWhenBusy). */
    busy: () => inFlight > 1,
    /** English pages live under /en: the prefix is stripped and the language set. */
    fetch: (req: Request, env?: unknown): Response | Promise<Response> => {
      const path = pathOf(req.url);
      const english = path === "/en" || path.startsWith("/en/") || path.startsWith("/en?");
      if (!english && !req.headers.has("x-sp-lang")) {
        return pageCache.lookup(req, "id") ?? app.fetch(req, env);
      }
      const url = new URL(req.url);
      const headers = new Headers(req.headers);
      headers.delete("x-sp-lang");
      if (english) {
        url.pathname = url.pathname.slice(3) || "/";
        headers.set("x-sp-lang", "en");
      }
      const init: RequestInit & { duplex?: string } = {
        method: req.method,
        headers,
        body: req.body,
        redirect: req.redirect,
        signal: req.signal,
      };
      if (req.body) init.duplex = "half";
      const rewritten = new Request(url, init);
      return (english ? pageCache.lookup(rewritten, "en") : null) ?? app.fetch(rewritten, env);
    },
  };
}

/** The path of an absolute URL string, without parsing the whole URL. */
function pathOf(url: string): string {
  const start = url.indexOf("/", url.indexOf("//") + 2);
  return start === -1 ? "/" : url.slice(start);
}

declare module "hono" {
  interface ContextRenderer {
    // biome-ignore lint/style/useShorthandFunctionType: module augmentation needs the interface
    (content: string | Promise<string>, props: { title: string }): Response | Promise<Response>;
  }
}
