import ical from "node-ical";
import { addDays, jakartaDate } from "../../platform/calendar/index.ts";
import { realDate } from "./deadline.ts";
import { HOLIDAY_KINDS } from "./holidays.ts";

/** The uploaded file: a national holiday calendar is a few KB; 200 KB stays under the app's 256 KiB form limit. */
export const MAX_ICS_BYTES = 200 * 1024;
export const MAX_ICS_EVENTS = 500;
/** Days one import may add (multi-day events become one row per day). */
export const MAX_IMPORT_ROWS = 1000;
/** A holiday (or a cuti bersama block) never runs longer than this. */
export const MAX_EVENT_DAYS = 31;

export type HolidayKind = (typeof HOLIDAY_KINDS)[number];
/** The kind given to imported events; "tebak" guesses cuti bersama from the name. */
export const IMPORT_KIND_CHOICES = [...HOLIDAY_KINDS, "tebak"] as const;
export type ImportKindChoice = (typeof IMPORT_KIND_CHOICES)[number];

export interface ParsedHoliday {
  date: string;
  kind: HolidayKind;
  name: string;
  /** The event repeats (RRULE): only its first date is imported. */
  recurring: boolean;
}

export type IcsResult = { ok: true; rows: ParsedHoliday[]; cancelled: number } | { ok: false; error: string };

const fail = (error: string): IcsResult => ({ ok: false, error });

/** Is it iCalendar text? UTF-8 (fatal on invalid bytes), starting with BEGIN:VCALENDAR after an optional BOM. */
export function decodeIcs(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
  return /^BEGIN:VCALENDAR\r?\n/i.test(text) ? text : null;
}

const pad = (n: number) => String(n).padStart(2, "0");
/** The civil date a Date was built from in the machine's zone: node-ical builds DATE and floating values that way. */
const wallDate = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

type IcalDate = Date & { dateOnly?: boolean; tz?: string };
const isDate = (v: unknown): v is IcalDate => v instanceof Date && !Number.isNaN(v.getTime());

/**
 * The civil date of an iCal start or end value, never in the machine's zone: an all-day (DATE)
 * value is that date; a floating time is read as WIB wall-clock time; a time with a zone
 * (UTC `Z` or TZID) is converted to its Asia/Jakarta date (UTC+7).
 */
export function civilDateOfIcal(d: IcalDate): string {
  return d.dateOnly || !d.tz ? wallDate(d) : jakartaDate(d);
}

function textOf(v: unknown): string {
  if (typeof v === "string") return v;
  if (v && typeof v === "object" && "val" in v && typeof (v as { val: unknown }).val === "string") return (v as { val: string }).val;
  return "";
}

export function kindFor(choice: ImportKindChoice, name: string): HolidayKind {
  if (choice !== "tebak") return choice;
  return /cuti\s+bersama/i.test(name) ? "cuti_bersama" : "libur_nasional";
}

const inRange = (date: string) => realDate(date);

/**
 * The holidays in an iCalendar text (node-ical): each VEVENT becomes one row per day it covers
 * (DTEND of an all-day event is exclusive); a timed event counts on the WIB date of its start.
 * Cancelled events are left out. Errors are sentences in Bahasa Indonesia for the form.
 */
export function parseHolidayIcs(text: string, choice: ImportKindChoice): IcsResult {
  let parsed: ReturnType<typeof ical.sync.parseICS>;
  try {
    parsed = ical.sync.parseICS(text);
  } catch (e) {
    return fail(`Berkas .ics tidak dapat dibaca: ${e instanceof Error ? e.message : String(e)}.`);
  }
  const events = Object.values(parsed).filter((c) => (c as { type?: string } | undefined)?.type === "VEVENT") as Record<string, unknown>[];
  if (events.length === 0) return fail("Berkas ini tidak berisi satu pun acara (VEVENT), jadi tidak ada hari libur yang dapat diimpor.");
  if (events.length > MAX_ICS_EVENTS) {
    return fail(`Berkas ini berisi ${events.length} acara; paling banyak ${MAX_ICS_EVENTS} sekali impor. Pisahkan per tahun.`);
  }
  // node-ical keeps one event per UID: a file that repeats a UID would lose events silently.
  const declared = (text.match(/^BEGIN:VEVENT\r?$/gim) ?? []).length;
  const overrides = events.reduce((n, e) => n + new Set(Object.values((e.recurrences as object) ?? {})).size, 0);
  if (declared > events.length + overrides) {
    return fail("Beberapa acara di berkas ini memakai UID yang sama, sehingga tidak semuanya dapat dibaca. Periksa berkasnya.");
  }

  const rows: ParsedHoliday[] = [];
  let cancelled = 0;
  for (const e of events) {
    const name = textOf(e.summary).trim().replace(/\s+/g, " ");
    const label = name ? `“${name.slice(0, 80)}”` : "tanpa nama";
    if (String(e.status ?? "").toUpperCase() === "CANCELLED") {
      cancelled++;
      continue;
    }
    if (!isDate(e.start)) return fail(`Acara ${label} tidak punya tanggal mulai (DTSTART) yang dapat dibaca.`);
    const start = civilDateOfIcal(e.start);
    if (!inRange(start)) return fail(`Acara ${label} bertanggal ${start}, di luar rentang tahun 2000–2100 yang dicakup kalender.`);
    if (name.length < 3) return fail(`Acara pada ${start} tidak punya nama (SUMMARY) yang jelas.`);
    if (name.length > 200) return fail(`Nama acara pada ${start} lebih dari 200 karakter.`);
    let days = 1;
    if (e.start.dateOnly && isDate(e.end)) {
      const end = civilDateOfIcal(e.end);
      for (days = 0; addDays(start, days) < end; days++) {
        if (days >= MAX_EVENT_DAYS) return fail(`Acara ${label} berlangsung lebih dari ${MAX_EVENT_DAYS} hari; periksa DTEND-nya.`);
      }
      days = Math.max(days, 1);
    }
    for (let i = 0; i < days; i++) {
      const date = addDays(start, i);
      if (!inRange(date)) return fail(`Acara ${label} berakhir di luar rentang tahun 2000–2100.`);
      rows.push({ date, kind: kindFor(choice, name), name, recurring: Boolean(e.rrule) });
    }
    if (rows.length > MAX_IMPORT_ROWS) return fail(`Berkas ini mencakup lebih dari ${MAX_IMPORT_ROWS} hari; pisahkan per tahun.`);
  }
  if (rows.length === 0) return fail("Semua acara di berkas ini dibatalkan (STATUS:CANCELLED); tidak ada yang dapat diimpor.");
  rows.sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind));
  return { ok: true, rows, cancelled };
}
