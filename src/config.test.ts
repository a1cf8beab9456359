import { describe, expect, it } from "vitest";
import { ConfigError, DEMO_ADMIN_PASSWORD, loadConfig } from "./config.ts";

describe("configuration", () => {
  it("has working defaults for a fresh clone", () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.HOST).toBe("0.0.0.0");
    expect(c.dataDir).toMatch(/\/data$/);
    expect(c.demoData).toBe(true);
    expect(c.baseUrl).toBe("http://localhost:3000");
    expect(c.adminPassword).toBe(DEMO_ADMIN_PASSWORD);
  });

  it("reads PORT, HOST, DATA_DIR and DATABASE_URL", () => {
    const c = loadConfig({ PORT: "8080", HOST: "127.0.0.1", DATA_DIR: "/srv/satu-pintu", DATABASE_URL: "postgres://u:p@db/sp" });
    expect([c.PORT, c.HOST, c.dataDir, c.DATABASE_URL]).toEqual([8080, "127.0.0.1", "/srv/satu-pintu", "postgres://u:p@db/sp"]);
    expect(c.baseUrl).toBe("http://localhost:8080");
  });

  it("fails fast with the list of every problem", () => {
    let error: unknown;
    try {
      loadConfig({ PORT: "lima", DATABASE_URL: "mysql://x", SMTP_URL: "mail.example" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const msg = (error as Error).message;
    expect(msg).toContain("PORT");
    expect(msg).toContain("DATABASE_URL");
    expect(msg).toContain("SMTP_URL");
  });

  it("refuses demo secrets and demo data in production", () => {
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(/ADMIN_PASSWORD[\s\S]*BASE_URL[\s\S]*SIGNING_KEY/);
    expect(() =>
      loadConfig({ NODE_ENV: "production", ADMIN_PASSWORD: DEMO_ADMIN_PASSWORD, BASE_URL: "https://x.go.id", SIGNING_KEY: "k" }),
    ).toThrow(/demo password/);
    expect(() =>
      loadConfig({
        NODE_ENV: "production",
        ADMIN_PASSWORD: "a-real-long-password",
        BASE_URL: "https://x.go.id",
        SIGNING_KEY: "k",
        DEMO_DATA: "true",
      }),
    ).toThrow(/DEMO_DATA/);
    const ok = loadConfig({
      NODE_ENV: "production",
      ADMIN_PASSWORD: "a-real-long-password",
      BASE_URL: "https://x.go.id",
      SIGNING_KEY: "k",
    });
    expect(ok.demoData).toBe(false);
  });
});
