import "./messages.ts";
import { Hono } from "hono";
import type { Platform } from "../../../platform/context.ts";
import type { AppEnv } from "../../../platform/http/env.ts";
import { publicReportRoutes } from "./public-routes.tsx";
import { staffReportRoutes } from "./staff-routes.tsx";

/** Registers and reports: the public register and statistics, the staff register books and the annual report. */
export function reportRoutes(p: Platform) {
  const r = new Hono<AppEnv>();
  r.route("/", publicReportRoutes(p));
  r.route("/", staffReportRoutes(p));
  return r;
}
