import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../../../test/platform.ts";
import { auditEvents } from "../../platform/audit/schema.ts";
import { addWorkingDays, loadCalendar } from "../../platform/calendar/index.ts";
import { outbox } from "../../platform/mail/schema.ts";
import { todayWib } from "./case.ts";
import { assignRequest } from "./commands/assignRequest.ts";
import { calendarOptions, DEFAULT_LAW } from "./law.ts";
import { REMINDER_JOB, registerReminderJobs, sendDeadlineReminders } from "./reminders.ts";
import { ppidRequestEvents, ppidRequests } from "./schema.ts";
import { META, newRequest, staff, unitIds } from "./staff/test-helpers.ts";

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform();
});
afterAll(async () => t.close());

describe("deadline reminders", () => {
  it("mails the OPD's PPID Pelaksana and the PPID Utama about a request due on the next working day, and records nothing on the case", async () => {
    const u = await unitIds(t);
    const desk = await staff(t, [{ role: "petugas_layanan" }]);
    const dinkes = await staff(t, [{ role: "ppid_pelaksana", unitId: u.dinkes }], "PPID Dinkes");
    const kominfo = await staff(t, [{ role: "ppid_pelaksana", unitId: u.kominfo }], "PPID Kominfo");
    const utama = await staff(t, [{ role: "ppid_utama" }], "PPID Utama");
    const r = await newRequest(t, { name: "Pemohon Besok" });
    await assignRequest(t.p, desk.actor, META, r.id, { unitId: u.dinkes });
    const later = await newRequest(t, { name: "Pemohon Nanti" });
    await assignRequest(t.p, desk.actor, META, later.id, { unitId: u.dinkes });

    const cal = await loadCalendar(t.p.db);
    const today = todayWib();
    const tomorrow = addWorkingDays(cal, today, 1, calendarOptions(DEFAULT_LAW)).due;
    await t.p.db.update(ppidRequests).set({ dueOn: tomorrow }).where(eq(ppidRequests.id, r.id));
    const eventsBefore = (await t.p.db.select().from(ppidRequestEvents).where(eq(ppidRequestEvents.requestId, r.id))).length;

    const sent = await sendDeadlineReminders(t.p);
    expect(sent.map((s) => s.to).sort()).toEqual([dinkes.actor.email, utama.actor.email].sort());
    const [toDinkes] = (await t.p.db.select().from(outbox).where(eq(outbox.to, dinkes.actor.email))).filter((m) =>
      m.subject.startsWith("Pengingat"),
    );
    const number = (await t.p.db.select().from(ppidRequests).where(eq(ppidRequests.id, r.id)))[0].number as string;
    expect(toDinkes.text).toContain("Segera jatuh tempo (1)");
    expect(toDinkes.text).toContain(number);
    expect(toDinkes.text).not.toContain("Pemohon Nanti");
    expect(await t.p.db.select().from(outbox).where(eq(outbox.to, kominfo.actor.email))).toHaveLength(0);
    expect((await t.p.db.select().from(ppidRequestEvents).where(eq(ppidRequestEvents.requestId, r.id))).length).toBe(eventsBefore);
    expect(await t.p.db.select().from(auditEvents).where(eq(auditEvents.action, "ppid.reminders.sent"))).toHaveLength(1);
  });

  it("registers a job on weekday mornings", () => {
    registerReminderJobs(t.p);
    expect(t.p.jobs.declaredSchedules().some((s) => s.name === REMINDER_JOB && s.cron === "0 7 * * 1-5")).toBe(true);
  });
});
