/**
 * The working-day engine (hari kerja): pure functions over civil dates
 * (`YYYY-MM-DD`) in Asia/Jakarta. Day arithmetic uses integer day numbers
 * (days since 1970-01-01), never the machine's local time, so results are the
 * same under any TZ. WIB is UTC+7 all year (no daylight saving).
 */

/** A civil date in Asia/Jakarta, `YYYY-MM-DD`. */
export type CivilDate = string;
export type HolidayKind = "libur_nasional" | "cuti_bersama" | "libur_daerah" | "ad_hoc";

export interface Holiday {
  date: CivilDate;
  kind: HolidayKind;
  name: string;
  basis?: string | null;
}

/** Why a day is not a working day. */
export type DayCause = { kind: "sabtu" } | { kind: "minggu" } | { kind: HolidayKind; name: string; basis?: string | null };

export interface Calendar {
  readonly holidays: ReadonlyMap<CivilDate, readonly Holiday[]>;
  /** Years whose official holidays were entered (at least one libur nasional row). */
  readonly knownYears: ReadonlySet<number>;
}

export interface CalendarOptions {
  /** Count cuti bersama as working days (default false: offices close on cuti bersama). */
  cutiBersamaIsWorkingDay?: boolean;
}

export interface SkippedDay {
  date: CivilDate;
  /** Indonesian, e.g. "Sabtu" or "Libur nasional: Idul Fitri 1447 Hijriah" (several joined by "; "). */
  reason: string;
  causes: DayCause[];
}

/** What every computation carries besides its answer: the days it skipped and the years it had to guess. */
export interface Explained {
  skipped: SkippedDay[];
  /** Indonesian warnings, e.g. for a year without holiday data. */
  warnings: string[];
  /** Years touched by the computation that have no holiday rows (weekends only were counted). */
  missingYears: number[];
  cutiBersamaIsWorkingDay: boolean;
}

export interface WorkingDaysResult extends Explained {
  from: CivilDate;
  n: number;
  /** The Nth working day after `from` (`from` itself is never counted). */
  due: CivilDate;
  /** The working days counted, in order (length n). */
  counted: CivilDate[];
}

export interface ReceiptResult extends Explained {
  /** The instant, as given. */
  receivedAt: Date;
  /** The civil date and time of the instant in WIB. */
  receivedDate: CivilDate;
  receivedTime: string;
  /** The day the receipt counts as received. */
  counted: CivilDate;
  /** Why it moved: received at/after office hours end, or on a non-working day. */
  shifted: null | "after_hours" | "non_working_day";
  officeHoursEnd: string;
}

export interface DeadlineResult extends WorkingDaysResult {
  receipt: ReceiptResult;
}

const DAY_MS = 86_400_000;
const WIB_OFFSET_MS = 7 * 3_600_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const HARI = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"] as const;

/** Days since 1970-01-01 of a civil date; throws on anything but a real `YYYY-MM-DD`. */
export function dayNumber(date: CivilDate): number {
  const m = DATE_RE.exec(date);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const n = ms / DAY_MS;
  if (fromDayNumber(n) !== date) throw new RangeError(`no such date: ${date}`);
  return n;
}

export function fromDayNumber(n: number): CivilDate {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** 0 = Sunday (Minggu) … 6 = Saturday (Sabtu). 1970-01-01 was a Thursday. */
export function weekday(date: CivilDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

export function yearOf(date: CivilDate): number {
  return Number(date.slice(0, 4));
}

/** The civil date in Asia/Jakarta of an instant. */
export function jakartaDate(instant: Date | number | string): CivilDate {
  return new Date(toMs(instant) + WIB_OFFSET_MS).toISOString().slice(0, 10);
}

/** The wall-clock time `HH:MM` in Asia/Jakarta of an instant. */
export function jakartaTime(instant: Date | number | string): string {
  return new Date(toMs(instant) + WIB_OFFSET_MS).toISOString().slice(11, 16);
}

/** The instant of a WIB wall-clock time on a civil date (e.g. 16:00 WIB). */
export function jakartaInstant(date: CivilDate, time = "00:00"): Date {
  const [h, m] = parseTime(time);
  return new Date(dayNumber(date) * DAY_MS + (h * 60 + m) * 60_000 - WIB_OFFSET_MS);
}

function toMs(instant: Date | number | string): number {
  const ms = instant instanceof Date ? instant.getTime() : typeof instant === "number" ? instant : Date.parse(instant);
  if (!Number.isFinite(ms)) throw new RangeError(`not an instant: ${String(instant)}`);
  return ms;
}

function parseTime(time: string): [number, number] {
  const m = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) throw new RangeError(`not a HH:MM time: ${time}`);
  return [Number(m[1]), Number(m[2])];
}

/** Builds the lookup structure from holiday rows (from the table or the seed CSV). */
export function buildCalendar(rows: readonly Holiday[]): Calendar {
  const holidays = new Map<CivilDate, Holiday[]>();
  const knownYears = new Set<number>();
  for (const r of rows) {
    dayNumber(r.date); // validates
    holidays.set(r.date, [...(holidays.get(r.date) ?? []), r]);
    if (r.kind === "libur_nasional") knownYears.add(yearOf(r.date));
  }
  return { holidays, knownYears };
}

const KIND_LABEL_ID: Record<HolidayKind, string> = {
  libur_nasional: "Libur nasional",
  cuti_bersama: "Cuti bersama",
  libur_daerah: "Libur daerah",
  ad_hoc: "Hari libur khusus",
};

/** The holiday's name without a repeated kind prefix ("Cuti bersama Idul Fitri" → "Idul Fitri"). */
export function holidayName(kind: HolidayKind, name: string, label = KIND_LABEL_ID[kind]): string {
  const stripped = name.toLowerCase().startsWith(`${label.toLowerCase()} `) ? name.slice(label.length + 1) : name;
  return stripped.trim() || name;
}

export function causeText(c: DayCause): string {
  if (c.kind === "sabtu") return "Sabtu";
  if (c.kind === "minggu") return "Minggu";
  return `${KIND_LABEL_ID[c.kind]}: ${holidayName(c.kind, c.name)}`;
}

/** Why the date is not a working day (empty: it is one). */
export function nonWorkingCauses(cal: Calendar, date: CivilDate, opts: CalendarOptions = {}): DayCause[] {
  const causes: DayCause[] = [];
  const wd = weekday(date);
  if (wd === 6) causes.push({ kind: "sabtu" });
  if (wd === 0) causes.push({ kind: "minggu" });
  for (const h of cal.holidays.get(date) ?? []) {
    if (h.kind === "cuti_bersama" && opts.cutiBersamaIsWorkingDay) continue;
    causes.push({ kind: h.kind, name: h.name, basis: h.basis ?? null });
  }
  return causes;
}

export function isWorkingDay(cal: Calendar, date: CivilDate, opts: CalendarOptions = {}): boolean {
  return nonWorkingCauses(cal, date, opts).length === 0;
}

/** Collects skipped days and missing years while a computation walks the calendar. */
class Walker {
  readonly skipped: SkippedDay[] = [];
  private readonly missing = new Set<number>();
  constructor(
    private readonly cal: Calendar,
    private readonly opts: CalendarOptions,
  ) {}

  working(date: CivilDate): boolean {
    const y = yearOf(date);
    if (!this.cal.knownYears.has(y)) this.missing.add(y);
    const causes = nonWorkingCauses(this.cal, date, this.opts);
    if (causes.length === 0) return true;
    this.skipped.push({ date, reason: causes.map(causeText).join("; "), causes });
    return false;
  }

  explained(): Explained {
    const missingYears = [...this.missing].sort((a, b) => a - b);
    return {
      skipped: this.skipped,
      missingYears,
      warnings: missingYears.map((y) => `Kalender libur ${y} belum diisi: hanya Sabtu dan Minggu yang dihitung`),
      cutiBersamaIsWorkingDay: Boolean(this.opts.cutiBersamaIsWorkingDay),
    };
  }
}

/** The longest run of non-working days we accept before assuming the data is broken. */
const MAX_SCAN = 3660;

/**
 * The Nth working day after `from` (the day of receipt is never counted), with
 * every day skipped on the way and why.
 */
export function addWorkingDays(cal: Calendar, from: CivilDate, n: number, opts: CalendarOptions = {}): WorkingDaysResult {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0: ${n}`);
  const walker = new Walker(cal, opts);
  const counted: CivilDate[] = [];
  let day = dayNumber(from);
  for (let guard = 0; counted.length < n; guard++) {
    if (guard > MAX_SCAN + n * 7) throw new Error("calendar has no working day in ten years");
    day++;
    const d = fromDayNumber(day);
    if (walker.working(d)) counted.push(d);
  }
  return { from, n, due: counted.length ? counted[counted.length - 1] : from, counted, ...walker.explained() };
}

/** The first working day on or after `date`, with the days skipped to reach it. */
export function nextWorkingDayOnOrAfter(cal: Calendar, date: CivilDate, opts: CalendarOptions = {}): { date: CivilDate } & Explained {
  const walker = new Walker(cal, opts);
  let day = dayNumber(date);
  for (let guard = 0; !walker.working(fromDayNumber(day)); guard++) {
    if (guard > MAX_SCAN) throw new Error("calendar has no working day in ten years");
    day++;
  }
  return { date: fromDayNumber(day), ...walker.explained() };
}

/**
 * Working days d with from < d ≤ to (how far `to` is from `from`); negative when
 * `to` is before `from`. workingDaysBetween(x, addWorkingDays(x, n).due) === n.
 */
export function workingDaysBetween(cal: Calendar, from: CivilDate, to: CivilDate, opts: CalendarOptions = {}): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (b < a) return -workingDaysBetween(cal, to, from, opts);
  let count = 0;
  for (let d = a + 1; d <= b; d++) if (isWorkingDay(cal, fromDayNumber(d), opts)) count++;
  return count;
}

export interface ReceiptOptions extends CalendarOptions {
  /** WIB time from which a receipt counts as the next working day (default "16:00"). */
  officeHoursEnd?: string;
}

/**
 * The day an instant counts as received: its WIB date when that is a working day
 * and the time is before office hours end; otherwise the next working day.
 */
export function receiptDate(cal: Calendar, instant: Date | number | string, opts: ReceiptOptions = {}): ReceiptResult {
  const officeHoursEnd = opts.officeHoursEnd ?? "16:00";
  const [eh, em] = parseTime(officeHoursEnd);
  const receivedAt = new Date(toMs(instant));
  const receivedDate = jakartaDate(receivedAt);
  const receivedTime = jakartaTime(receivedAt);
  const [h, m] = parseTime(receivedTime);
  const afterHours = h * 60 + m >= eh * 60 + em;
  const working = isWorkingDay(cal, receivedDate, opts);
  const start = working && afterHours ? addDays(receivedDate, 1) : receivedDate;
  const next = nextWorkingDayOnOrAfter(cal, start, opts);
  return {
    receivedAt,
    receivedDate,
    receivedTime,
    counted: next.date,
    shifted: !working ? "non_working_day" : afterHours ? "after_hours" : null,
    officeHoursEnd,
    ...next,
  };
}

/** A statutory clock: receipt of `instant`, then N working days after the day of receipt. */
export function deadlineFromReceipt(cal: Calendar, instant: Date | number | string, n: number, opts: ReceiptOptions = {}): DeadlineResult {
  const receipt = receiptDate(cal, instant, opts);
  const r = addWorkingDays(cal, receipt.counted, n, opts);
  const missingYears = [...new Set([...receipt.missingYears, ...r.missingYears])].sort((a, b) => a - b);
  return {
    ...r,
    receipt,
    skipped: [...receipt.skipped, ...r.skipped],
    missingYears,
    warnings: missingYears.map((y) => `Kalender libur ${y} belum diisi: hanya Sabtu dan Minggu yang dihitung`),
  };
}
