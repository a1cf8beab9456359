import { Hono } from "hono";
import type { Platform } from "../../platform/context.ts";
import type { AppEnv } from "../../platform/http/env.ts";
import { type AccountLimits, defaultLimits, RateLimiter } from "./rate-limit.ts";
import { accountRoutes } from "./routes/account.tsx";
import { adminUserRoutes } from "./routes/admin.tsx";
import { authRoutes } from "./routes/auth.tsx";
import { passwordRoutes } from "./routes/password.tsx";
import { registerRoutes } from "./routes/register.tsx";

export interface AccountsOptions {
  /** Rate limits; by default derived from RATE_LIMIT_LOGIN_PER_MINUTE. */
  limits?: AccountLimits;
  /** The clock of the rate limiter (tests). */
  now?: () => number;
}

/**
 * Every page of the accounts module. The rate limiter lives in this process's
 * memory, one per app instance (see rate-limit.ts).
 */
export function accountsRoutes(p: Platform, opts: AccountsOptions = {}) {
  const limits = opts.limits ?? defaultLimits(p.config.RATE_LIMIT_LOGIN_PER_MINUTE);
  const limiter = new RateLimiter(opts.now);
  const r = new Hono<AppEnv>();
  r.route("/", authRoutes(p, limiter, limits));
  r.route("/", registerRoutes(p, limiter, limits));
  r.route("/", passwordRoutes(p, limiter, limits));
  r.route("/", accountRoutes(p, limiter, limits));
  r.route("/", adminUserRoutes(p));
  return r;
}
