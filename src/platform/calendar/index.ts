/** The working-day calendar (hari kerja): a pure engine over civil dates plus a loader from the holidays table. */
export {
  addDays,
  addWorkingDays,
  buildCalendar,
  type Calendar,
  type CalendarOptions,
  type CivilDate,
  causeText,
  type DayCause,
  type DeadlineResult,
  deadlineFromReceipt,
  type Explained,
  type Holiday,
  type HolidayKind,
  isWorkingDay,
  jakartaDate,
  jakartaInstant,
  jakartaTime,
  nextWorkingDayOnOrAfter,
  nonWorkingCauses,
  type ReceiptOptions,
  type ReceiptResult,
  receiptDate,
  type SkippedDay,
  type WorkingDaysResult,
  weekday,
  workingDaysBetween,
} from "./engine.ts";
export { explain, explainReceipt, explainSkipped, explainWarnings, formatCivilDate, wibStamp } from "./explain.ts";
export { invalidateCalendar, loadCalendar, readCalendar } from "./loader.ts";
export { holidays } from "./schema.ts";
