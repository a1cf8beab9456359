import type { Context } from "hono";
import type { RequestMeta } from "./actor.ts";
import type { AppEnv } from "./env.ts";

/**
 * The request's origin facts for audit events and rate limits. Behind a trusted
 * reverse proxy the client address is the right-most X-Forwarded-For entry (the
 * one the proxy appended); entries to its left are the client's own claims.
 */
export function requestMeta(c: Context<AppEnv>, trustProxy: boolean): RequestMeta {
  const fwd = trustProxy ? c.req.header("x-forwarded-for")?.split(",").at(-1)?.trim() || undefined : undefined;
  let ip: string | null = fwd ?? null;
  if (!ip) {
    const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
    ip = incoming?.socket?.remoteAddress ?? null;
  }
  return { ip, userAgent: c.req.header("user-agent")?.slice(0, 300) ?? null, requestId: c.get("requestId") ?? null };
}
