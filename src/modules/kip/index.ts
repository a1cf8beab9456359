/**
 * KIP law data (UU 14/2008, PP 61/2010, Perki 1/2021): the statutory durations
 * and thresholds every PPID clock, page and letter reads. One source for the
 * request service (ppid), the information lists (dip) and objections (keberatan).
 */
export { calendarOptions, DEFAULT_LAW, LAW_SETTING_KEY, type Law, lawSchema, loadLaw, loadLawCached } from "./law.ts";
