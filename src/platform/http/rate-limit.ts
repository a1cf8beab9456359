import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./env.ts";
import { HttpError } from "./errors.ts";
import { requestMeta } from "./request-meta.ts";

/**
 * A small fixed-window rate limiter kept in this process's memory. Per process
 * is acceptable for the default single-process deployment; with several web
 * processes each counts on its own (the effective limit multiplies), which is
 * documented in the README. Old windows are swept as keys are hit.
 */
export interface LimitRule {
  /** Attempts allowed per window. */
  max: number;
  windowMs: number;
}

export interface LimitResult {
  ok: boolean;
  /** Seconds until the window resets (when refused). */
  retryAfter: number;
}

export class RateLimiter {
  private readonly hits = new Map<string, { count: number; resetAt: number }>();
  private lastSweep = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** Counts one attempt against every key; refused when any key is over its rule. */
  hit(entries: { key: string; rule: LimitRule }[]): LimitResult {
    const now = this.now();
    this.sweep(now);
    let retryAfter = 0;
    for (const { key, rule } of entries) {
      let e = this.hits.get(key);
      if (!e || e.resetAt <= now) {
        e = { count: 0, resetAt: now + rule.windowMs };
        this.hits.set(key, e);
      }
      e.count++;
      if (e.count > rule.max) retryAfter = Math.max(retryAfter, Math.ceil((e.resetAt - now) / 1000));
    }
    return { ok: retryAfter === 0, retryAfter };
  }

  /** Forgets a key (e.g. the account's failures after a successful sign-in). */
  reset(key: string): void {
    this.hits.delete(key);
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    for (const [k, e] of this.hits) if (e.resetAt <= now) this.hits.delete(k);
  }
}

/**
 * A middleware that counts each request against `rule` per client address and
 * answers 429 (with Retry-After) once it is over, before the body is read.
 */
export function throttle(limiter: RateLimiter, name: string, rule: LimitRule, trustProxy: boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const ip = requestMeta(c, trustProxy).ip ?? "unknown";
    const r = limiter.hit([{ key: `${name}:${ip}`, rule }]);
    if (!r.ok) {
      c.header("Retry-After", String(r.retryAfter));
      throw new HttpError(
        429,
        `Terlalu banyak permintaan dari alamat Anda. Coba lagi dalam ${Math.ceil(r.retryAfter / 60)} menit.`,
        "rate_limited",
      );
    }
    return next();
  };
}
