import { Hono } from "hono";
import type { Platform } from "../../platform/context.ts";
import type { AppEnv } from "../../platform/http/env.ts";
import { publicRoutes } from "./public-routes.tsx";
import { staffRoutes } from "./staff-routes.tsx";

/** The archive's pages: staff under /arsip/kelola, the public search under /arsip. */
export function arsipRoutes(p: Platform) {
  const r = new Hono<AppEnv>();
  r.route("/", staffRoutes(p));
  r.route("/", publicRoutes(p));
  return r;
}
