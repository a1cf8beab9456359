import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { DbCache } from "./cache.ts";
import type { Executor } from "./client.ts";

const db = { dialect: {} } as unknown as Executor;

describe("DbCache", () => {
  it("runs a lazy thenable (a query builder) once, however often the cached value is awaited", async () => {
    let runs = 0;
    // biome-ignore lint/suspicious/noThenProperty: a lazy thenable is exactly what a Drizzle query builder is.
    const lazy = { then: (ok: (v: number) => void) => ok(++runs) } as unknown as Promise<number>;
    const cache = new DbCache<number>(60_000);
    expect(await cache.get(db, "k", () => lazy)).toBe(1);
    expect(await cache.get(db, "k", () => lazy)).toBe(1);
    expect(runs).toBe(1);
  });

  it("keeps a value for its time to live", async () => {
    const cache = new DbCache<number>(1_000);
    let n = 0;
    const load = async () => ++n;
    expect(await cache.get(db, "k", load, 0)).toBe(1);
    expect(await cache.get(db, "k", load, 999)).toBe(1);
    expect(await cache.get(db, "k", load, 1_000)).toBe(2);
  });

  it("drops every entry at each commit of the platforms it follows, with one listener per emitter", async () => {
    const events = new EventEmitter();
    const cache = new DbCache<number>(60_000).followCommits(events).followCommits(events);
    expect(events.listenerCount("committed")).toBe(1);
    let n = 0;
    const load = async () => ++n;
    expect(await cache.get(db, "k", load)).toBe(1);
    expect(await cache.get(db, "k", load)).toBe(1);
    events.emit("committed");
    expect(await cache.get(db, "k", load)).toBe(2);
  });
});
