/** The PPID module's routes: the public service, the staff desk, responses, and registers/reports. */
import { Hono } from "hono";
import type { Platform } from "../../platform/context.ts";
import type { AppEnv } from "../../platform/http/env.ts";
import { lawAdminRoutes } from "./law-admin/routes.tsx";
import { mailIntakeRoutes } from "./mail-intake/routes.tsx";
import { publicRoutes } from "./public/routes.tsx";
import { reportRoutes } from "./reports/routes.tsx";
import { responseRoutes } from "./response/routes.tsx";
import { staffRoutes } from "./staff/routes.tsx";

export function ppidRoutes(p: Platform) {
  const r = new Hono<AppEnv>();
  r.route("/", publicRoutes(p));
  r.route("/", staffRoutes(p));
  r.route("/", responseRoutes(p));
  r.route("/", reportRoutes(p));
  r.route("/", lawAdminRoutes(p));
  r.route("/", mailIntakeRoutes(p));
  return r;
}
