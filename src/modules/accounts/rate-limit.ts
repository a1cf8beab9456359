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

export interface AccountLimits {
  signIn: { perIp: LimitRule; perAccount: LimitRule };
  secondFactor: { perIp: LimitRule; perAccount: LimitRule };
  register: { perIp: LimitRule; perEmail: LimitRule };
  passwordReset: { perIp: LimitRule; perEmail: LimitRule };
}

/** Defaults from RATE_LIMIT_LOGIN_PER_MINUTE (n): n per account a minute, 5n per IP (offices share one address). */
export function defaultLimits(n: number): AccountLimits {
  const minute = 60_000;
  return {
    signIn: { perIp: { max: n * 5, windowMs: minute }, perAccount: { max: n, windowMs: minute } },
    secondFactor: { perIp: { max: n * 5, windowMs: minute }, perAccount: { max: n, windowMs: minute } },
    register: { perIp: { max: n, windowMs: 10 * minute }, perEmail: { max: Math.min(n, 3), windowMs: 10 * minute } },
    passwordReset: { perIp: { max: n, windowMs: 10 * minute }, perEmail: { max: Math.min(n, 3), windowMs: 10 * minute } },
  };
}
