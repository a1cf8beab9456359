import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../../../test/platform.ts";

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform({ RATE_LIMIT_LOGIN_PER_MINUTE: "3", TRUST_PROXY: "true" });
});
afterAll(() => t.close());

const signIn = (i: number, xff: string) =>
  t
    .agent()
    .request("/masuk", { form: { email: `orang${i}@contoh.id`, kata_sandi: "salah-salah-salah" }, headers: { "x-forwarded-for": xff } });

describe("sign-in limits behind a trusted proxy", () => {
  it("count the address the proxy appended; addresses the client puts before it change nothing", async () => {
    // 3 a minute per account, 15 per address: 15 different accounts from one client, each with a new forged entry.
    for (let i = 0; i < 15; i++) expect((await signIn(i, `10.9.0.${i}, 203.0.113.9`)).status).toBe(400);
    expect((await signIn(99, "10.9.9.9, 203.0.113.9")).status).toBe(429);
    expect((await signIn(100, "198.51.100.4")).status).toBe(400);
  });
});
