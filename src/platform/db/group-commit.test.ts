import { describe, expect, it } from "vitest";
import { GroupCommit } from "./group-commit.ts";

describe("GroupCommit", () => {
  it("runs a lone item at once and gathers the items that arrive while a batch runs", async () => {
    const batches: number[][] = [];
    const g = new GroupCommit<number, string>(async (items) => {
      batches.push(items);
      await new Promise((r) => setTimeout(r, 20));
      return items.map((i) => `ok ${i}`);
    });
    expect(await g.submit(0)).toBe("ok 0");
    const first = g.submit(1);
    await new Promise((r) => setTimeout(r, 5));
    const rest = await Promise.all([2, 3, 4].map((i) => g.submit(i)));
    expect(await first).toBe("ok 1");
    expect(rest).toEqual(["ok 2", "ok 3", "ok 4"]);
    expect(batches).toEqual([[0], [1], [2, 3, 4]]);
  });

  it("caps a batch and keeps the order of arrival", async () => {
    const batches: number[][] = [];
    const g = new GroupCommit<number, number>(async (items) => {
      batches.push(items);
      return items.map((i) => i * 2);
    }, 3);
    expect(await Promise.all([1, 2, 3, 4, 5, 6, 7].map((i) => g.submit(i)))).toEqual([2, 4, 6, 8, 10, 12, 14]);
    expect(batches).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
  });

  it("when a batch fails, runs each item alone so only the bad one fails", async () => {
    const g = new GroupCommit<number, number>(async (items) => {
      if (items.includes(13)) throw new Error(`batch with 13 of ${items.length}`);
      return items;
    });
    const out = await Promise.allSettled([11, 12, 13, 14].map((i) => g.submit(i)));
    expect(out.map((o) => o.status)).toEqual(["fulfilled", "fulfilled", "rejected", "fulfilled"]);
    expect((out[2] as PromiseRejectedResult).reason.message).toBe("batch with 13 of 1");
    // And it keeps working afterwards.
    expect(await g.submit(15)).toBe(15);
  });
});
