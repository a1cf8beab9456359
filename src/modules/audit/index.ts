import { Hono } from "hono";
import type { Platform } from "../../platform/context.ts";
import type { AppEnv } from "../../platform/http/env.ts";

export function auditRoutes(_p: Platform) {
  return new Hono<AppEnv>();
}

export function registerAuditJobs(_p: Platform): void {}
