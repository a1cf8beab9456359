import { Hono } from "hono";
import type { Platform } from "../../platform/context.ts";
import type { AppEnv } from "../../platform/http/env.ts";
import { publicCache } from "../../platform/http/render.tsx";
import { t } from "../../platform/i18n/index.ts";
import { ComingSoonPage } from "./views/ComingSoonPage.tsx";
import { HomePage } from "./views/HomePage.tsx";

export function portalRoutes(_p: Platform) {
  const r = new Hono<AppEnv>();
  r.get("/", (c) => {
    publicCache(c);
    return c.render(<HomePage />, { title: t(c.get("lang"), "home.title") });
  });
  return r;
}

/**
 * Pages in the navigation whose modules come with later issues. Mounted after
 * every module, so a module that serves one of these paths takes it over.
 */
const COMING: [string, string][] = [
  ["/berita", "nav.news"],
  ["/data", "nav.data"],
];

export function comingSoonRoutes() {
  const r = new Hono<AppEnv>();
  for (const [path, titleKey] of COMING) {
    r.get(path, (c) => {
      publicCache(c);
      return c.render(<ComingSoonPage titleKey={titleKey} />, { title: t(c.get("lang"), titleKey) });
    });
  }
  return r;
}
