import type { LimitRule } from "../../platform/http/rate-limit.ts";

export { type LimitRule, RateLimiter } from "../../platform/http/rate-limit.ts";

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
