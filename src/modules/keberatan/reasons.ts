/**
 * The reasons for an objection (UU KIP Pasal 35(1) a–g) and the window of
 * each: law.objectionWindowDays working days after the day the reason arose
 * (Pasal 36(1)). Pure over the calendar, the law data and the request's dates.
 */
import { addDays, addWorkingDays, type Calendar, type CivilDate, formatCivilDate, jakartaDate } from "../../platform/calendar/index.ts";
import { ValidationError } from "../../platform/http/errors.ts";
import { calendarOptions, type Law } from "../ppid/index.ts";
import { REASONS, type Reason } from "./schema.ts";

export const REASON_LABEL: Record<Reason, string> = {
  a: "Permohonan informasi ditolak dengan alasan pengecualian (Pasal 17)",
  b: "Informasi berkala (Pasal 9) tidak disediakan",
  c: "Permohonan informasi tidak ditanggapi",
  d: "Permohonan informasi ditanggapi tidak sebagaimana yang diminta",
  e: "Permohonan informasi tidak dipenuhi",
  f: "Pengenaan biaya yang tidak wajar",
  g: "Penyampaian informasi melebihi waktu yang diatur",
};

/** The request's dates a reason can arise from (ppid `objectionDates`). */
export interface ReasonDates {
  /** The written notice (pemberitahuan tertulis). */
  noticeAt: Date | null;
  /** The response due date in force. */
  dueOn: CivilDate | null;
  feeNoticeAt: Date | null;
  handedOverAt: Date | null;
  decision: string | null;
}

export type WindowStatus = "not_arisen" | "open" | "closed";

export interface ReasonWindow {
  reason: Reason;
  status: WindowStatus;
  /** The day the reason arose (null: not yet). */
  arose: CivilDate | null;
  /** The last day to file for this reason. */
  lastDay: CivilDate | null;
  /** Why it has not arisen yet, in Bahasa Indonesia. */
  why: string | null;
}

const day = (d: Date | null) => (d ? jakartaDate(d) : null);

/** The day each reason arose, or why it has not (as of `today`). */
function arising(d: ReasonDates, today: CivilDate): Record<Reason, CivilDate | string> {
  const notice = day(d.noticeAt);
  const handed = day(d.handedOverAt);
  const fee = day(d.feeNoticeAt);
  const dueText = d.dueOn ? formatCivilDate("id", d.dueOn) : null;
  // Not answered: the due date passed with no notice sent by then.
  const missed = d.dueOn !== null && d.dueOn < today && (notice === null || notice > d.dueOn);
  const noNotice = "PPID belum mengirim pemberitahuan tertulis.";
  return {
    a: d.decision === "ditolak" && notice ? notice : "Alasan (a) hanya untuk permohonan yang ditolak dalam pemberitahuan tertulis.",
    b: notice ?? (missed && d.dueOn ? d.dueOn : dueText ? `Batas waktu pemberitahuan tertulis (${dueText}) belum lewat.` : noNotice),
    c:
      missed && d.dueOn
        ? addDays(d.dueOn, 1)
        : dueText
          ? `Alasan (c) baru dapat diajukan bila batas waktu pemberitahuan tertulis (${dueText}) lewat tanpa tanggapan.`
          : "Permohonan belum memiliki batas waktu tanggapan.",
    d: handed ?? notice ?? noNotice,
    e: handed ?? notice ?? noNotice,
    f: fee ?? "Tidak ada pemberitahuan biaya.",
    g: handed ?? "Informasi belum diserahkan.",
  };
}

const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s);

/** Every reason with its window as of `today` (the day the objection is, or would be, received). */
export function reasonWindows(cal: Calendar, law: Law, d: ReasonDates, today: CivilDate): ReasonWindow[] {
  const from = arising(d, today);
  return REASONS.map((reason) => {
    const a = from[reason];
    if (!isDate(a) || a > today) return { reason, status: "not_arisen", arose: null, lastDay: null, why: isDate(a) ? null : a };
    const lastDay = addWorkingDays(cal, a, law.objectionWindowDays, calendarOptions(law)).due;
    return { reason, status: today <= lastDay ? "open" : "closed", arose: a, lastDay, why: null };
  });
}

/** The message for a reason whose window has closed, naming its last day. */
export const closedMessage = (w: Pick<ReasonWindow, "reason" | "lastDay">) =>
  `Batas pengajuan keberatan untuk alasan (${w.reason}) adalah ${formatCivilDate("id", w.lastDay ?? "")}; keberatan dengan alasan ini tidak dapat diajukan lagi.`;

/** Refuses (ValidationError on `reasons`) any chosen reason not yet arisen or already closed. */
export function assertReasonsOpen(windows: ReasonWindow[], chosen: readonly Reason[]): void {
  const problems: string[] = [];
  for (const r of chosen) {
    const w = windows.find((x) => x.reason === r);
    if (!w) continue;
    if (w.status === "closed") problems.push(closedMessage(w));
    if (w.status === "not_arisen") problems.push(`Alasan (${r}) belum dapat diajukan: ${w.why ?? "alasannya belum terjadi."}`);
  }
  if (problems.length) throw new ValidationError({ reasons: problems.join(" ") });
}

/**
 * The window to file a dispute at the Komisi Informasi (Pasal 37(2)):
 * law.disputeWindowDays working days after the Atasan PPID's decision, or after
 * the decision's due date when it passed without one. Null while neither has happened.
 */
export function disputeWindow(
  cal: Calendar,
  law: Law,
  k: { decidedAt: Date | null; dueOn: CivilDate },
  today: CivilDate,
): { from: CivilDate; lastDay: CivilDate; basis: "decision" | "no_decision"; open: boolean } | null {
  const decided = day(k.decidedAt);
  const from = decided ?? (k.dueOn < today ? k.dueOn : null);
  if (!from) return null;
  const lastDay = addWorkingDays(cal, from, law.disputeWindowDays, calendarOptions(law)).due;
  return { from, lastDay, basis: decided ? "decision" : "no_decision", open: today <= lastDay };
}
