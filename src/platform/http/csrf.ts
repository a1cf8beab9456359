import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./env.ts";
import { HttpError } from "./errors.ts";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

function sameOrigin(origin: string, baseUrl: string, host: string | undefined): boolean {
  try {
    const o = new URL(origin);
    return o.origin === new URL(baseUrl).origin || (host !== undefined && o.host === host);
  } catch {
    return false;
  }
}

/**
 * CSRF protection (architecture.md): every state-changing request must not come
 * from another site (Origin / Sec-Fetch-Site); a cookie-authenticated one must also
 * carry the session's token (form field `_csrf` or header `X-CSRF-Token`).
 * API clients without cookies need no token.
 */
export function csrf(baseUrl: string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE.has(c.req.method)) return next();
    const origin = c.req.header("origin");
    const site = c.req.header("sec-fetch-site");
    if (origin && origin !== "null" ? !sameOrigin(origin, baseUrl, c.req.header("host")) : site === "cross-site" || origin === "null") {
      throw new HttpError(403, "Permintaan ditolak: berasal dari situs lain.", "csrf_origin");
    }
    const actor = c.get("actor");
    if (actor) {
      let token = c.req.header("x-csrf-token");
      if (!token) {
        const type = c.req.header("content-type") ?? "";
        if (type.includes("application/x-www-form-urlencoded") || type.includes("multipart/form-data")) {
          const body = await c.req.parseBody({ all: true });
          const v = body._csrf;
          token = typeof v === "string" ? v : undefined;
        }
      }
      if (!token || token !== actor.csrfToken) {
        throw new HttpError(403, "Sesi formulir kedaluwarsa atau tidak sah. Muat ulang halaman lalu coba lagi.", "csrf_token");
      }
    }
    return next();
  };
}
