import type { Context } from "hono";
import type { AppEnv } from "./env.ts";

/** Marks the response as depending on the session: never cached by shared caches. */
export function privatePage(c: Context<AppEnv>): void {
  c.set("private", true);
}

/** Public pages: cacheable for a short while by browsers and proxies. */
export function publicCache(c: Context<AppEnv>, seconds = 60): void {
  if (!c.get("actor")) c.header("Cache-Control", `public, max-age=${seconds}, stale-while-revalidate=${seconds * 5}`);
}
