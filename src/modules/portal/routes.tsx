import { Hono } from "hono";
import type { Platform } from "../../platform/context.ts";
import type { AppEnv } from "../../platform/http/env.ts";
import { publicCache } from "../../platform/http/render.tsx";
import { t } from "../../platform/i18n/index.ts";
import { HomePage } from "./views/HomePage.tsx";

export function portalRoutes(_p: Platform) {
  const r = new Hono<AppEnv>();
  r.get("/", (c) => {
    publicCache(c);
    return c.render(<HomePage />, { title: t(c.get("lang"), "home.title") });
  });
  return r;
}
