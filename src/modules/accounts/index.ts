import { Hono, type MiddlewareHandler } from "hono";
import type { Platform } from "../../platform/context.ts";
import type { AppEnv } from "../../platform/http/env.ts";

export function accountsRoutes(_p: Platform) {
  return new Hono<AppEnv>();
}

export function sessionMiddleware(_p: Platform): MiddlewareHandler<AppEnv> {
  return async (_c, next) => next();
}

export async function seedDemoAccounts(_p: Platform): Promise<void> {}
