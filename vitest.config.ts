import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.{ts,tsx}", "test/**/*.test.{ts,tsx}"],
    // *.pg.test.ts need a real PostgreSQL (concurrent connections, pg_dump): they run in the PostgreSQL suite.
    exclude: process.env.TEST_DATABASE_URL ? ["**/node_modules/**"] : ["**/node_modules/**", "**/*.pg.test.{ts,tsx}"],
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ["./test/global-setup.ts"],
    env: { TZ: "UTC" },
  },
});
