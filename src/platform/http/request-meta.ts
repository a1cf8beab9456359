import type { Context } from "hono";
import type { RequestMeta } from "./actor.ts";
import type { AppEnv } from "./env.ts";

/** The request's origin facts for audit events. */
export function requestMeta(c: Context<AppEnv>, trustProxy: boolean): RequestMeta {
  const fwd = trustProxy ? c.req.header("x-forwarded-for")?.split(",")[0]?.trim() : undefined;
  let ip: string | null = fwd ?? null;
  if (!ip) {
    const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
    ip = incoming?.socket?.remoteAddress ?? null;
  }
  return { ip, userAgent: c.req.header("user-agent")?.slice(0, 300) ?? null, requestId: c.get("requestId") ?? null };
}
