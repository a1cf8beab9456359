/**
 * Human explanations of computed dates, in Bahasa Indonesia or English, for
 * views, notices and letters. Pure: no Intl, no machine time zone.
 */
import type { Lang } from "../i18n/index.ts";
import {
  type CivilDate,
  type DayCause,
  type DeadlineResult,
  type Explained,
  HARI,
  holidayName,
  jakartaDate,
  jakartaTime,
  type ReceiptResult,
  type WorkingDaysResult,
  weekday,
} from "./engine.ts";

const BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** "Selasa, 7 April 2026" / "Tuesday, 7 April 2026". */
/** "Jumat, 13 Maret 2026 pukul 16.30 WIB" / "Friday, 13 March 2026 at 16:30 WIB": an instant as read in Asia/Jakarta. */
export function wibStamp(lang: Lang, at: Date): string {
  const time = jakartaTime(at);
  return lang === "id"
    ? `${formatCivilDate("id", jakartaDate(at))} pukul ${time.replace(":", ".")} WIB`
    : `${formatCivilDate("en", jakartaDate(at))} at ${time} WIB`;
}

export function formatCivilDate(lang: Lang, date: CivilDate, opts: { weekday?: boolean } = { weekday: true }): string {
  const [y, m, d] = date.split("-").map(Number);
  const day = lang === "id" ? HARI[weekday(date)] : DAYS[weekday(date)];
  const body = `${d} ${(lang === "id" ? BULAN : MONTHS)[m - 1]} ${y}`;
  return opts.weekday === false ? body : `${day}, ${body}`;
}

function wib(time: string, lang: Lang): string {
  return lang === "id" ? `${time.replace(":", ".")} WIB` : `${time} WIB`;
}

const KIND_EN: Record<string, string> = {
  libur_nasional: "National holiday",
  cuti_bersama: "Collective leave (cuti bersama)",
  libur_daerah: "Regional holiday",
  ad_hoc: "Special holiday",
};

function causeIn(lang: Lang, c: DayCause): string {
  if (c.kind === "sabtu") return lang === "id" ? "Sabtu" : "Saturday";
  if (c.kind === "minggu") return lang === "id" ? "Minggu" : "Sunday";
  if (lang === "id") {
    const label = {
      libur_nasional: "Libur nasional",
      cuti_bersama: "Cuti bersama",
      libur_daerah: "Libur daerah",
      ad_hoc: "Hari libur khusus",
    }[c.kind];
    return `${label}: ${holidayName(c.kind, c.name)}`;
  }
  return `${KIND_EN[c.kind]}: ${holidayName(c.kind, c.name)}`;
}

/** One line per skipped day, e.g. "Rabu, 18 Maret 2026 — Cuti bersama: Hari Suci Nyepi (Tahun Baru Saka 1948)". */
export function explainSkipped(r: Pick<Explained, "skipped">, lang: Lang): string[] {
  return r.skipped.map((s) => `${formatCivilDate(lang, s.date)} — ${s.causes.map((c) => causeIn(lang, c)).join("; ")}`);
}

export function explainWarnings(r: Pick<Explained, "missingYears">, lang: Lang): string[] {
  return r.missingYears.map((y) =>
    lang === "id"
      ? `Kalender libur ${y} belum diisi: hanya Sabtu dan Minggu yang dihitung`
      : `The ${y} holiday calendar has not been entered yet: only Saturdays and Sundays were excluded`,
  );
}

function cutiLine(r: Explained, lang: Lang): string {
  if (lang === "id")
    return r.cutiBersamaIsWorkingDay ? "Cuti bersama dihitung sebagai hari kerja." : "Cuti bersama tidak dihitung sebagai hari kerja.";
  return r.cutiBersamaIsWorkingDay
    ? "Cuti bersama days were counted as working days."
    : "Cuti bersama days were not counted as working days.";
}

export function explainReceipt(r: ReceiptResult, lang: Lang): string[] {
  const at = `${formatCivilDate(lang, r.receivedDate)} ${lang === "id" ? "pukul" : "at"} ${wib(r.receivedTime, lang)}`;
  const counted = formatCivilDate(lang, r.counted);
  if (lang === "id") {
    if (r.shifted === "after_hours")
      return [`Diterima ${at}, pada atau setelah jam layanan berakhir (${wib(r.officeHoursEnd, lang)}): dihitung diterima ${counted}.`];
    if (r.shifted === "non_working_day") return [`Diterima ${at}, bukan hari kerja: dihitung diterima ${counted}.`];
    return [`Diterima ${at}: dihitung diterima hari itu.`];
  }
  if (r.shifted === "after_hours")
    return [`Received ${at}, at or after the end of office hours (${wib(r.officeHoursEnd, lang)}): counts as received on ${counted}.`];
  if (r.shifted === "non_working_day") return [`Received ${at}, not a working day: counts as received on ${counted}.`];
  return [`Received ${at}: counts as received that day.`];
}

function isDeadline(r: WorkingDaysResult | DeadlineResult | ReceiptResult): r is DeadlineResult {
  return "receipt" in r;
}

function isReceipt(r: WorkingDaysResult | DeadlineResult | ReceiptResult): r is ReceiptResult {
  return "receivedAt" in r && !("due" in r);
}

/**
 * Every line a reader needs to check a computed date by hand: the receipt rule,
 * the count, each skipped day with its reason and legal basis kind, and warnings.
 */
export function explain(r: WorkingDaysResult | DeadlineResult | ReceiptResult, lang: Lang): string[] {
  if (isReceipt(r)) return [...explainReceipt(r, lang), ...explainWarnings(r, lang)];
  const lines: string[] = [];
  if (isDeadline(r)) lines.push(...explainReceipt(r.receipt, lang));
  const from = formatCivilDate(lang, r.from);
  const due = formatCivilDate(lang, r.due);
  lines.push(
    lang === "id"
      ? `${r.n} hari kerja setelah ${from} (hari itu tidak dihitung): batas waktu ${due}.`
      : `${r.n} working days after ${from} (that day not counted): due ${due}.`,
  );
  if (r.skipped.length) {
    lines.push(lang === "id" ? "Hari yang tidak dihitung:" : "Days not counted:");
    lines.push(...explainSkipped(r, lang));
  }
  lines.push(cutiLine(r, lang));
  lines.push(...explainWarnings(r, lang));
  return lines;
}
