import { z } from "zod";
import { type Calendar, type DeadlineResult, deadlineFromReceipt, jakartaInstant } from "../../platform/calendar/index.ts";

/** A real `YYYY-MM-DD` between 2000 and 2100 (the range the calendar covers). */
export const realDate = (v: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3] && +m[1] >= 2000 && +m[1] <= 2100;
};

/** `YYYY-MM-DD` from the three fields of a date input (day and month may have one digit). */
export function civilDateOf(day: string, month: string, year: string): string {
  const pad = (s: string) => (s.trim().length === 1 ? `0${s.trim()}` : s.trim());
  return `${year.trim()}-${pad(month)}-${pad(day)}`;
}

/** The query of the deadline calculator (API and page). */
export const deadlineQuery = z.object({
  from: z
    .string({ error: "Isi tanggal diterima (YYYY-MM-DD)." })
    .refine(realDate, "Tanggal diterima harus tanggal yang benar antara tahun 2000 dan 2100, dalam bentuk YYYY-MM-DD."),
  workingDays: z.coerce
    .number({ error: "Isi jumlah hari kerja." })
    .int("Jumlah hari kerja harus bilangan bulat.")
    .min(1, "Jumlah hari kerja paling sedikit 1.")
    .max(365, "Jumlah hari kerja paling banyak 365."),
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Jam diterima dalam bentuk JJ:MM, misalnya 16:30.")
    .optional(),
  cutiBersama: z.enum(["libur", "kerja"], { error: "Pilih apakah cuti bersama dihitung libur atau hari kerja." }).default("libur"),
});

export type DeadlineQuery = z.infer<typeof deadlineQuery>;

/**
 * The statutory clock for a request received on `from` (at `time` WIB, when
 * given): the receipt rule first (a non-working day, or at/after office hours,
 * counts as the next working day), then the Nth working day after that day.
 */
export function computeDeadline(cal: Calendar, q: DeadlineQuery): DeadlineResult {
  return deadlineFromReceipt(cal, jakartaInstant(q.from, q.time ?? "00:00"), q.workingDays, {
    cutiBersamaIsWorkingDay: q.cutiBersama === "kerja",
  });
}
