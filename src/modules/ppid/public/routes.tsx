import { Hono } from "hono";
import type { Platform } from "../../../platform/context.ts";
import type { AppEnv } from "../../../platform/http/env.ts";
import { RateLimiter } from "../../../platform/http/rate-limit.ts";
import { publicCache } from "../../../platform/http/render.tsx";
import { t } from "../../../platform/i18n/index.ts";
import { apiRoutes } from "../api/routes.ts";
import { loadLaw } from "../law.ts";
import { formRoutes } from "./form-routes.tsx";
import { trackRoutes } from "./track-routes.tsx";
import { LandingPage } from "./views/LandingPage.tsx";
import "./messages.ts";

/** The citizen-facing PPID service: the landing page, the request form, tracking, and the request API. */
export function publicRoutes(p: Platform) {
  const r = new Hono<AppEnv>();
  // Submissions per client address, kept in this process (see platform/http/rate-limit.ts).
  const limiter = new RateLimiter();

  r.get("/ppid", async (c) => {
    publicCache(c, 300);
    return c.render(<LandingPage law={await loadLaw(p.db)} />, { title: t(c.get("lang"), "ppid.public.landing.title") });
  });
  r.route("/", formRoutes(p, limiter));
  r.route("/", trackRoutes(p, limiter));
  r.route("/", apiRoutes(p, limiter));
  return r;
}
