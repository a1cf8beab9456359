/** The keberatan module's routes: the requester's pages and the staff pages. */
import { Hono } from "hono";
import type { Platform } from "../../platform/context.ts";
import type { AppEnv } from "../../platform/http/env.ts";
import { publicKeberatanRoutes } from "./public-routes.tsx";
import { staffKeberatanRoutes } from "./staff-routes.tsx";

export function keberatanRoutes(p: Platform) {
  const r = new Hono<AppEnv>();
  r.route("/", publicKeberatanRoutes(p));
  r.route("/", staffKeberatanRoutes(p));
  return r;
}
