import { EventEmitter } from "node:events";
import { Hono } from "hono";
import { useRequestContext } from "hono/jsx-renderer";
import { describe, expect, it } from "vitest";
import type { Platform } from "../context.ts";
import type { AppEnv } from "./env.ts";
import { FragmentCache } from "./fragment.tsx";

function Greeting({ n }: { n: number }) {
  const lang = useRequestContext<AppEnv>().get("lang");
  return <p>{lang === "en" ? `Hello ${n} <b>` : `Halo ${n} <b>`}</p>;
}

describe("FragmentCache", () => {
  it("renders once per key and language, escapes as JSX does, and renders again after a commit", async () => {
    const events = new EventEmitter();
    const p = { db: { dialect: {} }, events } as unknown as Pick<Platform, "db" | "events">;
    const cache = new FragmentCache(60_000);
    let builds = 0;
    const app = new Hono<AppEnv>();
    app.get("/:lang/:key", async (c) => {
      c.set("lang", c.req.param("lang") === "en" ? "en" : "id");
      const html = await cache.render(c, p, c.req.param("key"), async () => <Greeting n={++builds} />);
      return c.html(html);
    });
    const get = async (path: string) => (await app.request(path)).text();
    expect(await get("/id/a")).toBe("<p>Halo 1 &lt;b&gt;</p>");
    expect(await get("/id/a")).toBe("<p>Halo 1 &lt;b&gt;</p>");
    expect(await get("/en/a")).toBe("<p>Hello 2 &lt;b&gt;</p>");
    expect(await get("/id/b")).toBe("<p>Halo 3 &lt;b&gt;</p>");
    events.emit("committed");
    expect(await get("/id/a")).toBe("<p>Halo 4 &lt;b&gt;</p>");
    expect(builds).toBe(4);
  });
});
