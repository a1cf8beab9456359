/**
 * The working-day engine against the real SKB table (db/seed/hari-libur-2024-2026.csv).
 * Every expected date below was counted by hand on a paper calendar, never by the code.
 * The whole table runs under three machine time zones (TZ is re-read by Node when set).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSeedCsv } from "../seed/csv.ts";
import {
  addWorkingDays,
  buildCalendar,
  type Calendar,
  deadlineFromReceipt,
  type HolidayKind,
  isWorkingDay,
  jakartaDate,
  jakartaTime,
  receiptDate,
  workingDaysBetween,
} from "./engine.ts";
import { explain, formatCivilDate } from "./explain.ts";

const rows = readSeedCsv<{ tanggal: string; jenis: string; keterangan: string; dasar: string }>("hari-libur-2024-2026.csv");
const cal: Calendar = buildCalendar(
  rows.map((r) => ({ date: r.tanggal, kind: r.jenis as HolidayKind, name: r.keterangan, basis: r.dasar })),
);
const CUTI_WORKS = { cutiBersamaIsWorkingDay: true };

// [label, from, n, due (cuti bersama NOT working), due (cuti bersama working)]
const ADD_CASES: [string, string, number, string, string][] = [
  ["13 Mar 2026 example, counted from Mon 16 Mar", "2026-03-16", 10, "2026-04-07", "2026-03-31"],
  ["Idul Fitri 2025: from Thu 27 Mar 2025", "2025-03-27", 10, "2025-04-22", "2025-04-14"],
  ["Idul Fitri 2026: first working day after Tue 17 Mar", "2026-03-17", 1, "2026-03-25", "2026-03-18"],
  ["Nyepi 2024 (Mon 11 Mar LN, Tue 12 Mar CB)", "2024-03-08", 1, "2024-03-13", "2024-03-12"],
  ["Christmas 2024 (Wed 25 LN, Thu 26 CB)", "2024-12-24", 2, "2024-12-30", "2024-12-27"],
  ["Christmas 2026 (Thu 24 CB, Fri 25 LN)", "2026-12-23", 1, "2026-12-28", "2026-12-24"],
  ["Idul Adha 2025 (Fri 6 Jun LN, Mon 9 Jun CB)", "2025-06-05", 1, "2025-06-10", "2025-06-09"],
  ["Pemilu 14 Feb 2024 (Keppres)", "2024-02-13", 1, "2024-02-15", "2024-02-15"],
  ["zero days is the day itself", "2026-03-21", 0, "2026-03-21", "2026-03-21"],
];

// [label, instant (UTC), receivedDate, receivedTime, counted (cuti not working), shifted, counted (cuti working)]
const RECEIPT_CASES: [string, string, string, string, string, string | null, string][] = [
  ["Fri 13 Mar 2026 16:30 WIB: after hours", "2026-03-13T09:30:00Z", "2026-03-13", "16:30", "2026-03-16", "after_hours", "2026-03-16"],
  ["exactly 16:00 WIB counts as after hours", "2026-01-14T09:00:00Z", "2026-01-14", "16:00", "2026-01-15", "after_hours", "2026-01-15"],
  ["15:59 WIB is the same day", "2026-01-14T08:59:00Z", "2026-01-14", "15:59", "2026-01-14", null, "2026-01-14"],
  ["00:30 WIB is already the next civil day in Jakarta", "2026-01-13T17:30:00Z", "2026-01-14", "00:30", "2026-01-14", null, "2026-01-14"],
  [
    "Thu 15 Jan 2026 after hours, Fri 16 Isra Mikraj",
    "2026-01-15T09:30:00Z",
    "2026-01-15",
    "16:30",
    "2026-01-19",
    "after_hours",
    "2026-01-19",
  ],
  ["received on a Saturday", "2026-01-10T03:00:00Z", "2026-01-10", "10:00", "2026-01-12", "non_working_day", "2026-01-12"],
  [
    "Saturday after Idul Adha 2025, Monday is cuti bersama",
    "2025-06-07T02:00:00Z",
    "2025-06-07",
    "09:00",
    "2025-06-10",
    "non_working_day",
    "2025-06-09",
  ],
  ["received on cuti bersama Nyepi 2026", "2026-03-18T02:00:00Z", "2026-03-18", "09:00", "2026-03-25", "non_working_day", "2026-03-18"],
];

describe.each(["UTC", "Asia/Jakarta", "America/Los_Angeles"])("working-day calendar with TZ=%s", (tz) => {
  const saved = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = tz;
  });
  afterAll(() => {
    process.env.TZ = saved;
  });

  it("runs under the intended zone", () => {
    const offset = new Date("2026-01-01T00:00:00Z").getTimezoneOffset();
    expect(offset).toBe({ UTC: 0, "Asia/Jakarta": -420, "America/Los_Angeles": 480 }[tz]);
  });

  it.each(ADD_CASES)("%s", (_label, from, n, due, dueCutiWorks) => {
    expect(addWorkingDays(cal, from, n).due).toBe(due);
    expect(addWorkingDays(cal, from, n, CUTI_WORKS).due).toBe(dueCutiWorks);
    expect(workingDaysBetween(cal, from, due)).toBe(n);
    expect(workingDaysBetween(cal, from, dueCutiWorks, CUTI_WORKS)).toBe(n);
  });

  it.each(RECEIPT_CASES)("receipt: %s", (_label, instant, date, time, counted, shifted, countedCutiWorks) => {
    const r = receiptDate(cal, instant);
    expect([r.receivedDate, r.receivedTime, r.counted, r.shifted]).toEqual([date, time, counted, shifted]);
    expect(receiptDate(cal, new Date(instant), CUTI_WORKS).counted).toBe(countedCutiWorks);
  });

  it("the 13 March 2026 example: received Fri 16:30 WIB, due Tue 7 April (Tue 31 March with cuti bersama working)", () => {
    const r = deadlineFromReceipt(cal, "2026-03-13T16:30:00+07:00", 10);
    expect(r.receipt.counted).toBe("2026-03-16");
    expect(r.due).toBe("2026-04-07");
    expect(r.counted).toEqual([
      "2026-03-17",
      "2026-03-25",
      "2026-03-26",
      "2026-03-27",
      "2026-03-30",
      "2026-03-31",
      "2026-04-01",
      "2026-04-02",
      "2026-04-06",
      "2026-04-07",
    ]);
    expect(r.skipped.map((s) => [s.date, s.reason])).toEqual([
      ["2026-03-14", "Sabtu"],
      ["2026-03-15", "Minggu"],
      ["2026-03-18", "Cuti bersama: Hari Suci Nyepi (Tahun Baru Saka 1948)"],
      ["2026-03-19", "Libur nasional: Hari Suci Nyepi (Tahun Baru Saka 1948)"],
      ["2026-03-20", "Cuti bersama: Idul Fitri 1447 Hijriah"],
      ["2026-03-21", "Sabtu; Libur nasional: Idul Fitri 1447 Hijriah"],
      ["2026-03-22", "Minggu; Libur nasional: Idul Fitri 1447 Hijriah"],
      ["2026-03-23", "Cuti bersama: Idul Fitri 1447 Hijriah"],
      ["2026-03-24", "Cuti bersama: Idul Fitri 1447 Hijriah"],
      ["2026-03-28", "Sabtu"],
      ["2026-03-29", "Minggu"],
      ["2026-04-03", "Libur nasional: Wafat Yesus Kristus"],
      ["2026-04-04", "Sabtu"],
      ["2026-04-05", "Minggu; Libur nasional: Kebangkitan Yesus Kristus (Paskah)"],
    ]);
    expect(r.warnings).toEqual([]);
    const alt = deadlineFromReceipt(cal, "2026-03-13T16:30:00+07:00", 10, CUTI_WORKS);
    expect([alt.receipt.counted, alt.due]).toEqual(["2026-03-16", "2026-03-31"]);
  });

  it("isWorkingDay knows weekends, holidays and the cuti bersama flag", () => {
    expect(isWorkingDay(cal, "2026-03-13")).toBe(true); // Friday
    expect(isWorkingDay(cal, "2026-03-14")).toBe(false); // Saturday
    expect(isWorkingDay(cal, "2026-03-19")).toBe(false); // Nyepi
    expect(isWorkingDay(cal, "2026-03-18")).toBe(false); // cuti bersama
    expect(isWorkingDay(cal, "2026-03-18", CUTI_WORKS)).toBe(true);
    expect(isWorkingDay(cal, "2026-03-19", CUTI_WORKS)).toBe(false);
  });

  it("counts weekends only in a year without holiday rows, and warns", () => {
    const r = addWorkingDays(cal, "2027-01-04", 10);
    expect(r.due).toBe("2027-01-18");
    expect(r.warnings).toEqual(["Kalender libur 2027 belum diisi: hanya Sabtu dan Minggu yang dihitung"]);
    // Across the year end: 1 January 2027 is not known to be a holiday, so it counts.
    const across = addWorkingDays(cal, "2026-12-23", 5);
    expect(across.due).toBe("2027-01-01");
    expect(across.missingYears).toEqual([2027]);
    expect(addWorkingDays(cal, "2026-12-01", 5).warnings).toEqual([]);
  });

  it("counts backwards and zero in workingDaysBetween", () => {
    expect(workingDaysBetween(cal, "2026-04-07", "2026-03-16")).toBe(-10);
    expect(workingDaysBetween(cal, "2026-03-16", "2026-03-16")).toBe(0);
    expect(workingDaysBetween(cal, "2026-03-17", "2026-03-24")).toBe(0);
  });

  it("gives the Jakarta civil date and time of an instant", () => {
    expect(jakartaDate("2026-03-13T16:59:59Z")).toBe("2026-03-13");
    expect(jakartaDate("2026-03-13T17:00:00Z")).toBe("2026-03-14");
    expect(jakartaTime("2026-03-13T17:00:00Z")).toBe("00:00");
    expect(jakartaDate(new Date("2026-03-13T16:30:00+07:00"))).toBe("2026-03-13");
  });

  it("refuses impossible dates and negative counts", () => {
    expect(() => addWorkingDays(cal, "2026-02-30", 1)).toThrow(/no such date/);
    expect(() => addWorkingDays(cal, "13/03/2026", 1)).toThrow(/YYYY-MM-DD/);
    expect(() => addWorkingDays(cal, "2026-03-16", -1)).toThrow();
  });

  it("explains the computation in Bahasa Indonesia and English", () => {
    const r = deadlineFromReceipt(cal, "2026-03-13T09:30:00Z", 10);
    const id = explain(r, "id");
    expect(id[0]).toBe(
      "Diterima Jumat, 13 Maret 2026 pukul 16.30 WIB, pada atau setelah jam layanan berakhir (16.00 WIB): dihitung diterima Senin, 16 Maret 2026.",
    );
    expect(id).toContain("10 hari kerja setelah Senin, 16 Maret 2026 (hari itu tidak dihitung): batas waktu Selasa, 7 April 2026.");
    expect(id).toContain("Rabu, 18 Maret 2026 — Cuti bersama: Hari Suci Nyepi (Tahun Baru Saka 1948)");
    expect(id).toContain("Cuti bersama tidak dihitung sebagai hari kerja.");
    const en = explain(r, "en");
    expect(en).toContain("10 working days after Monday, 16 March 2026 (that day not counted): due Tuesday, 7 April 2026.");
    expect(en).toContain("Saturday, 21 March 2026 — Saturday; National holiday: Idul Fitri 1447 Hijriah");
    expect(explain(addWorkingDays(cal, "2027-01-04", 1), "en")).toContain(
      "The 2027 holiday calendar has not been entered yet: only Saturdays and Sundays were excluded",
    );
    expect(formatCivilDate("id", "2026-04-07")).toBe("Selasa, 7 April 2026");
  });
});
