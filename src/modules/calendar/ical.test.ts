import { afterEach, describe, expect, it } from "vitest";
import { decodeIcs, parseHolidayIcs } from "./ical.ts";

const TEXT = [
  "BEGIN:VCALENDAR",
  "BEGIN:VEVENT",
  "UID:a",
  "DTSTART;VALUE=DATE:20270101",
  "DTEND;VALUE=DATE:20270102",
  "SUMMARY;LANGUAGE=id:Tahun Baru 2027 Masehi",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "UID:b",
  "DTSTART;VALUE=DATE:20270208",
  "DTEND;VALUE=DATE:20270210",
  "SUMMARY:Cuti bersama Imlek",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "UID:c",
  "DTSTART:20260319T183000Z",
  "SUMMARY:Berjam UTC",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "UID:d",
  "DTSTART;TZID=Asia/Jakarta:20260401T230000",
  "SUMMARY:Berjam WIB",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "UID:e",
  "DTSTART:20260402T233000",
  "SUMMARY:Berjam tanpa zona",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "UID:f",
  "DTSTART;VALUE=DATE:20260817",
  "RRULE:FREQ=YEARLY",
  "SUMMARY:HUT RI",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "UID:g",
  "DTSTART;VALUE=DATE:20260818",
  "STATUS:CANCELLED",
  "SUMMARY:Batal",
  "END:VEVENT",
  "END:VCALENDAR",
  "",
].join("\r\n");

const original = process.env.TZ;
afterEach(() => {
  process.env.TZ = original;
});

describe("parseHolidayIcs", () => {
  it.each(["UTC", "America/Los_Angeles", "Pacific/Kiritimati", "Asia/Jakarta"])(
    "gives the same civil dates whatever the machine's time zone (%s)",
    (tz) => {
      process.env.TZ = tz;
      const r = parseHolidayIcs(TEXT, "tebak");
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.cancelled).toBe(1);
      expect(r.rows.map((x) => `${x.date} ${x.kind} ${x.name}${x.recurring ? " (berulang)" : ""}`)).toEqual([
        "2026-03-20 libur_nasional Berjam UTC",
        "2026-04-01 libur_nasional Berjam WIB",
        "2026-04-02 libur_nasional Berjam tanpa zona",
        "2026-08-17 libur_nasional HUT RI (berulang)",
        "2027-01-01 libur_nasional Tahun Baru 2027 Masehi",
        "2027-02-08 cuti_bersama Cuti bersama Imlek",
        "2027-02-09 cuti_bersama Cuti bersama Imlek",
      ]);
    },
  );

  it("gives every event the chosen kind unless asked to guess", () => {
    const r = parseHolidayIcs(TEXT, "libur_daerah");
    expect(r.ok && new Set(r.rows.map((x) => x.kind))).toEqual(new Set(["libur_daerah"]));
  });

  it("refuses events with a repeated UID, a too long span, or no start", () => {
    const wrap = (...ev: string[]) => `BEGIN:VCALENDAR\r\n${ev.join("\r\n")}\r\nEND:VCALENDAR\r\n`;
    const ev = (uid: string, ...lines: string[]) => ["BEGIN:VEVENT", `UID:${uid}`, ...lines, "END:VEVENT"].join("\r\n");
    const same = parseHolidayIcs(
      wrap(ev("x", "DTSTART;VALUE=DATE:20270101", "SUMMARY:Satu"), ev("x", "DTSTART;VALUE=DATE:20270102", "SUMMARY:Dua")),
      "tebak",
    );
    expect(same).toMatchObject({ ok: false, error: expect.stringContaining("UID yang sama") });
    const long = parseHolidayIcs(wrap(ev("l", "DTSTART;VALUE=DATE:20270101", "DTEND;VALUE=DATE:20270301", "SUMMARY:Panjang")), "tebak");
    expect(long).toMatchObject({ ok: false, error: expect.stringContaining("lebih dari 31 hari") });
    const noStart = parseHolidayIcs(wrap(ev("s", "SUMMARY:Tanpa tanggal")), "tebak");
    expect(noStart).toMatchObject({ ok: false, error: expect.stringContaining("DTSTART") });
  });
});

describe("decodeIcs", () => {
  it("takes UTF-8 iCalendar text with or without a BOM and nothing else", () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(decodeIcs(enc("\uFEFFBEGIN:VCALENDAR\r\nEND:VCALENDAR"))).toBe("BEGIN:VCALENDAR\r\nEND:VCALENDAR");
    expect(decodeIcs(enc("BEGIN:VCALENDAR\nEND:VCALENDAR"))).not.toBeNull();
    expect(decodeIcs(enc("%PDF-1.7\n"))).toBeNull();
    expect(decodeIcs(enc(" BEGIN:VCALENDAR\n"))).toBeNull();
    expect(decodeIcs(new Uint8Array([0x42, 0x45, 0xff, 0xfe]))).toBeNull();
  });
});
