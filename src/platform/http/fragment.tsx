import type { Context } from "hono";
import { raw } from "hono/html";
import type { Child } from "hono/jsx";
import { RequestContext } from "hono/jsx-renderer";
import type { HtmlEscapedString } from "hono/utils/html";
import type { Platform } from "../context.ts";
import { DbCache } from "../db/cache.ts";
import type { AppEnv } from "./env.ts";

/**
 * The rendered main part of a busy page (the staff queue, the register), kept
 * per process for `ttlMs` and dropped at every commit of this process, like the
 * data it shows. The layout around it (the person's name, the CSRF token) is
 * rendered on every request. The key must hold everything the fragment depends
 * on besides the language, which is added here; a fragment must not contain
 * anything personal to one session (no CSRF token, no name).
 */
export class FragmentCache {
  private readonly cache: DbCache<string>;

  constructor(ttlMs: number, maxKeys = 200) {
    this.cache = new DbCache<string>(ttlMs, maxKeys);
  }

  async render(
    c: Context<AppEnv>,
    p: Pick<Platform, "db" | "events">,
    key: string,
    build: () => Promise<Child>,
  ): Promise<HtmlEscapedString> {
    this.cache.followCommits(p.events);
    const html = await this.cache.get(p.db, `${c.get("lang")}\u0000${key}`, async () => {
      const node = await build();
      // The components read the language from the request context, as they do inside c.render.
      return String(await (<RequestContext.Provider value={c}>{node}</RequestContext.Provider>).toString());
    });
    return raw(html);
  }
}
