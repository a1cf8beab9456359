/** The law data lives in the kip module (shared with the information lists and objections). */
export { calendarOptions, DEFAULT_LAW, LAW_SETTING_KEY, type Law, lawSchema, loadLaw, loadLawCached } from "../kip/index.ts";
