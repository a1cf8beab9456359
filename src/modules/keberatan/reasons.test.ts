/**
 * Objection windows per reason (Pasal 35(1) a–g, 30 working days, Pasal 36(1))
 * and the dispute window (14, Pasal 37(2)) against the real SKB calendar
 * (db/seed/hari-libur-2024-2026.csv). Every expected date was counted by hand.
 */
import { describe, expect, it } from "vitest";
import { buildCalendar, type HolidayKind } from "../../platform/calendar/index.ts";
import { readSeedCsv } from "../../platform/seed/csv.ts";
import { DEFAULT_LAW } from "../ppid/index.ts";
import { assertReasonsOpen, closedMessage, disputeWindow, type ReasonDates, reasonWindows } from "./reasons.ts";

const rows = readSeedCsv<{ tanggal: string; jenis: string; keterangan: string; dasar: string }>("hari-libur-2024-2026.csv");
const cal = buildCalendar(rows.map((r) => ({ date: r.tanggal, kind: r.jenis as HolidayKind, name: r.keterangan, basis: r.dasar })));
const wib = (date: string, time = "10:00") => new Date(`${date}T${time}:00+07:00`);
const none: ReasonDates = { noticeAt: null, dueOn: null, feeNoticeAt: null, handedOverAt: null, decision: null };
/** The message on the `reasons` field of the ValidationError thrown. */
const refusal = (fn: () => void) => {
  try {
    fn();
  } catch (e) {
    return (e as { fields: Record<string, string> }).fields.reasons;
  }
  return "no refusal";
};
const win = (d: ReasonDates, today: string, law = DEFAULT_LAW) =>
  Object.fromEntries(reasonWindows(cal, law, d, today).map((w) => [w.reason, w]));

describe("reason (c) not answered", () => {
  // Received Fri 13 Mar 2026 16:30 → due Tue 7 Apr 2026 (the PPID clock's own hand-counted case).
  const unanswered = { ...none, dueOn: "2026-04-07" };

  it("is not offered on the due date itself, nor is any other reason", () => {
    const w = win(unanswered, "2026-04-07");
    for (const r of ["a", "b", "c", "d", "e", "f", "g"]) expect(w[r].status).toBe("not_arisen");
    expect(w.c.why).toMatch(/Selasa, 7 April 2026/);
  });

  it("arises the day after a missed due date (Wed 8 Apr 2026); the window ends Mon 25 May 2026 (1 May, Ascension 14–15 May skipped)", () => {
    const w = win(unanswered, "2026-04-08");
    expect(w.c).toMatchObject({ status: "open", arose: "2026-04-08", lastDay: "2026-05-25" });
    // (b) counts from the missed due date itself: one working day earlier, Fri 22 May 2026.
    expect(w.b).toMatchObject({ status: "open", arose: "2026-04-07", lastDay: "2026-05-22" });
    expect(win(unanswered, "2026-05-25").c.status).toBe("open");
  });

  it("is refused after its last day with a message naming it", () => {
    const w = win(unanswered, "2026-05-26");
    expect(w.c.status).toBe("closed");
    expect(closedMessage(w.c)).toMatch(/^Batas pengajuan keberatan untuk alasan \(c\) adalah Senin, 25 Mei 2026/);
    expect(refusal(() => assertReasonsOpen(Object.values(w), ["c"]))).toMatch(/alasan \(c\) adalah Senin, 25 Mei 2026/);
  });

  it("still arises when the notice came after the due date", () => {
    const w = win({ ...unanswered, noticeAt: wib("2026-04-09"), decision: "dikabulkan_seluruhnya" }, "2026-04-10");
    expect(w.c).toMatchObject({ status: "open", arose: "2026-04-08" });
    expect(w.a.status).toBe("not_arisen");
    expect(w.d).toMatchObject({ status: "open", arose: "2026-04-09" });
  });
});

describe("reasons from the written notice, the fee notice and the hand-over", () => {
  it("(a) refusal noticed Mon 2 Mar 2026 (even at 20:00 WIB) → last day Tue 21 Apr 2026 (Nyepi, Idul Fitri, Good Friday skipped)", () => {
    const w = win({ ...none, noticeAt: wib("2026-03-02", "20:00"), dueOn: "2026-03-10", decision: "ditolak" }, "2026-03-03");
    expect(w.a).toMatchObject({ status: "open", arose: "2026-03-02", lastDay: "2026-04-21" });
    expect(w.d).toMatchObject({ status: "open", lastDay: "2026-04-21" });
    expect(w.e).toMatchObject({ status: "open", lastDay: "2026-04-21" });
    expect(w.c.status).toBe("not_arisen");
    expect(w.g.status).toBe("not_arisen");
    expect(win({ ...none, noticeAt: wib("2026-03-02"), decision: "ditolak" }, "2026-04-22").a.status).toBe("closed");
  });

  it("(a) is not offered when the request was granted", () => {
    expect(win({ ...none, noticeAt: wib("2026-03-02"), decision: "dikabulkan_seluruhnya" }, "2026-03-03").a.status).toBe("not_arisen");
  });

  it("(f) fee noticed Fri 10 Apr 2026 → Fri 29 May 2026; Tue 26 May when cuti bersama counts as working", () => {
    const d = { ...none, noticeAt: wib("2026-04-10"), feeNoticeAt: wib("2026-04-10"), decision: "dikabulkan_seluruhnya" };
    expect(win(d, "2026-04-13").f).toMatchObject({ status: "open", lastDay: "2026-05-29" });
    expect(win(d, "2026-04-13", { ...DEFAULT_LAW, cutiBersamaIsWorkingDay: true }).f.lastDay).toBe("2026-05-26");
  });

  it("(g), (d), (e) from the hand-over Thu 27 Mar 2025 → Fri 23 May 2025 (Idul Fitri 1446 and Waisak skipped)", () => {
    const d = {
      ...none,
      noticeAt: wib("2025-03-20"),
      handedOverAt: wib("2025-03-27", "14:00"),
      dueOn: "2025-03-25",
      decision: "dikabulkan_sebagian",
    };
    const w = win(d, "2025-04-08");
    for (const r of ["d", "e", "g"]) expect(w[r]).toMatchObject({ status: "open", arose: "2025-03-27", lastDay: "2025-05-23" });
    expect(w.f.status).toBe("not_arisen");
    expect(win(d, "2025-05-26").g.status).toBe("closed");
  });

  it("a reason not yet arisen is refused with why", () => {
    expect(refusal(() => assertReasonsOpen(reasonWindows(cal, DEFAULT_LAW, none, "2026-04-01"), ["g"]))).toMatch(
      /Alasan \(g\) belum dapat diajukan: Informasi belum diserahkan/,
    );
  });
});

describe("the dispute window (14 working days)", () => {
  it("after a decision on Fri 10 Jul 2026 → Thu 30 Jul 2026", () => {
    expect(disputeWindow(cal, DEFAULT_LAW, { decidedAt: wib("2026-07-10", "15:00"), dueOn: "2026-07-10" }, "2026-07-13")).toMatchObject({
      from: "2026-07-10",
      lastDay: "2026-07-30",
      basis: "decision",
      open: true,
    });
  });

  it("after a decision due Fri 10 Jul 2026 that never came → from the due date, also Thu 30 Jul 2026; nothing before it passes", () => {
    expect(disputeWindow(cal, DEFAULT_LAW, { decidedAt: null, dueOn: "2026-07-10" }, "2026-07-10")).toBeNull();
    expect(disputeWindow(cal, DEFAULT_LAW, { decidedAt: null, dueOn: "2026-07-10" }, "2026-07-31")).toMatchObject({
      lastDay: "2026-07-30",
      basis: "no_decision",
      open: false,
    });
  });
});
