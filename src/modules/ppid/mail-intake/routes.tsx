import { Hono } from "hono";
import type { Platform } from "../../../platform/context.ts";
import type { AppEnv } from "../../../platform/http/env.ts";

export function mailIntakeRoutes(_p: Platform) {
  return new Hono<AppEnv>();
}
