import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../../../test/platform.ts";

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform();
});
afterAll(() => t.close());

const api = async (query: string) => {
  const res = await t.agent().request(`/api/v1/calendar/deadline?${query}`);
  return { status: res.status, body: await res.json() };
};

// Expected dates are counted by hand against db/seed/hari-libur-2024-2026.csv.
describe("GET /api/v1/calendar/deadline", () => {
  it("Friday 13 March 2026 at 16:30 WIB, 10 working days → Tuesday 7 April 2026 (cuti bersama not working days)", async () => {
    const { status, body } = await api("from=2026-03-13&time=16:30&workingDays=10");
    expect(status).toBe(200);
    expect(body.receivedCountedAs).toBe("2026-03-16");
    expect(body.due).toBe("2026-04-07");
    expect(body.skipped.map((s: { date: string }) => s.date)).toEqual([
      "2026-03-14",
      "2026-03-15",
      "2026-03-18",
      "2026-03-19",
      "2026-03-20",
      "2026-03-21",
      "2026-03-22",
      "2026-03-23",
      "2026-03-24",
      "2026-03-28",
      "2026-03-29",
      "2026-04-03",
      "2026-04-04",
      "2026-04-05",
    ]);
    expect(body.skipped.find((s: { date: string }) => s.date === "2026-03-19").reason).toContain("Nyepi");
  });

  it("the same with cuti bersama counted as working days → Tuesday 31 March 2026", async () => {
    expect((await api("from=2026-03-13&time=16:30&workingDays=10&cutiBersama=kerja")).body.due).toBe("2026-03-31");
  });

  it("received on the Friday morning (no time) → Monday 6 April 2026; on the Saturday → Tuesday 7 April 2026", async () => {
    expect((await api("from=2026-03-13&workingDays=10")).body.due).toBe("2026-04-06");
    const sat = (await api("from=2026-03-14&workingDays=10")).body;
    expect(sat.receivedCountedAs).toBe("2026-03-16");
    expect(sat.due).toBe("2026-04-07");
  });

  it("warns when a year has no holiday calendar yet (weekends only)", async () => {
    const { body } = await api("from=2027-01-04&workingDays=10");
    expect(body.due).toBe("2027-01-18");
    expect(body.warnings[0]).toContain("2027");
  });

  it.each([
    ["from=2026-02-30&workingDays=10", "from"],
    ["from=13-03-2026&workingDays=10", "from"],
    ["workingDays=10", "from"],
    ["from=2026-03-13&workingDays=0", "workingDays"],
    ["from=2026-03-13&workingDays=abc", "workingDays"],
    ["from=2026-03-13&workingDays=10&time=25:00", "time"],
    ["from=2026-03-13&workingDays=10&cutiBersama=ya", "cutiBersama"],
  ])("refuses %s with a 400 naming the field", async (query, field) => {
    const { status, body } = await api(query);
    expect(status).toBe(400);
    expect(body.error).toBe("validation_error");
    expect(Object.keys(body.fields)).toContain(field);
  });
});

describe("the public deadline calculator page", () => {
  it("shows the due date with each skipped day explained", async () => {
    const { res, html } = await t
      .agent()
      .page("/kalender/tenggat?tanggal-day=13&tanggal-month=3&tanggal-year=2026&jam=16.30&hari=10&cuti=libur");
    expect(res.status).toBe(200);
    expect(html).toContain("Selasa, 7 April 2026");
    expect(html).toContain("dihitung diterima Senin, 16 Maret 2026");
    expect(html).toContain("Jumat, 3 April 2026");
  });

  it("keeps what was typed and explains a wrong date beside the field", async () => {
    const { res, html } = await t.agent().page("/kalender/tenggat?tanggal-day=31&tanggal-month=2&tanggal-year=2026&jam=&hari=10");
    expect(res.status).toBe(400);
    expect(html).toContain("govuk-error-summary");
    expect(html).toContain('href="#tanggal-day"');
    expect(html).toContain('value="31"');
  });

  it("speaks English under /en", async () => {
    const { html } = await t.agent().page("/en/kalender/tenggat?tanggal-day=13&tanggal-month=3&tanggal-year=2026&jam=16:30&hari=10");
    expect(html).toContain("Tuesday, 7 April 2026");
  });
});
