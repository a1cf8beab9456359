import { Hono } from "hono";
import type { Platform } from "../../../platform/context.ts";
import type { AppEnv } from "../../../platform/http/env.ts";

/** Placeholder: filled in by the reports part of the PPID module. */
export function reportRoutes(_p: Platform) {
  return new Hono<AppEnv>();
}
