/**
 * Deadline reminders to staff: each working morning (07:00 WIB) every OPD's
 * PPID Pelaksana get the list of their requests due soon, due today, overdue
 * and long overdue; the PPID Utama gets the whole list (including requests
 * not yet routed to an OPD). Nothing is recorded on the cases; one audit event
 * records that the digest went out.
 */
import { and, asc, eq, inArray, isNotNull, lt, sql } from "drizzle-orm";
import { loadCalendar } from "../../platform/calendar/index.ts";
import type { Platform } from "../../platform/context.ts";
import { inTransaction, SYSTEM_ACTOR } from "../../platform/work.ts";
import { units } from "../organisation/index.ts";
import { todayWib } from "./case.ts";
import { type Urgency, urgencyBounds, urgencyOn } from "./clock.ts";
import { loadLaw } from "./law.ts";
import { ppidRequests } from "./schema.ts";
import { type StaffContact, staffContacts } from "./staff/contacts.ts";
import { dueText } from "./staff/guard.ts";
import { OPEN_STATES } from "./states.ts";

export const REMINDER_JOB = "ppid.deadline-reminders";
export const REMINDER_CRON = "0 7 * * 1-5";

const HEADINGS: [Urgency, string][] = [
  ["long_overdue", "Sangat terlambat"],
  ["overdue", "Terlambat"],
  ["due_today", "Jatuh tempo hari ini"],
  ["due_soon", "Segera jatuh tempo"],
];

interface Item {
  id: string;
  number: string | null;
  name: string;
  dueOn: string;
  unitId: string | null;
  unitName: string | null;
  urgency: Urgency;
}

function digest(p: Platform, to: StaffContact, scope: string, items: Item[], withUnit: boolean): string {
  const lines = [`Yth. ${to.name},`, "", `Permohonan informasi ${scope} yang perlu perhatian hari ini:`];
  for (const [u, heading] of HEADINGS) {
    const group = items.filter((i) => i.urgency === u);
    if (!group.length) continue;
    lines.push("", `${heading} (${group.length}):`);
    for (const i of group) {
      const where = withUnit ? ` — ${i.unitName ?? "belum diteruskan ke OPD"}` : "";
      lines.push(
        `- ${i.number ?? "(belum bernomor)"} ${i.name}, batas waktu ${dueText(i.dueOn)}${where}: ${p.config.baseUrl}/ppid/kelola/permohonan/${i.id}`,
      );
    }
  }
  lines.push("", `Antrean lengkap: ${p.config.baseUrl}/ppid/kelola`, "", "Pesan ini dikirim otomatis oleh Satu Pintu Kabupaten Lebong.");
  return lines.join("\n");
}

/** Mails the digests for `today` (WIB). Returns who was told about how many requests. */
export async function sendDeadlineReminders(p: Platform, now = new Date()): Promise<{ to: string; items: number }[]> {
  const [cal, law] = await Promise.all([loadCalendar(p.db), loadLaw(p.db)]);
  const today = todayWib(now);
  const b = urgencyBounds(cal, law, today);
  const rows = await p.db
    .select({
      id: ppidRequests.id,
      number: ppidRequests.number,
      name: ppidRequests.name,
      dueOn: ppidRequests.dueOn,
      unitId: ppidRequests.unitId,
      unitName: units.name,
      clockStatus: ppidRequests.clockStatus,
    })
    .from(ppidRequests)
    .leftJoin(units, eq(units.id, ppidRequests.unitId))
    .where(
      and(
        inArray(ppidRequests.state, [...OPEN_STATES]),
        eq(ppidRequests.clockStatus, "running"),
        isNotNull(ppidRequests.dueOn),
        lt(ppidRequests.dueOn, b.soonBefore),
      ),
    )
    .orderBy(asc(ppidRequests.dueOn), sql`${ppidRequests.number} ASC NULLS LAST`);
  const items: Item[] = rows.map((r) => ({
    ...r,
    dueOn: r.dueOn as string,
    urgency: urgencyOn(b, { status: r.clockStatus, due: r.dueOn }),
  }));
  const flagged = items.filter((i) => i.urgency !== "normal" && i.urgency !== "stopped" && i.urgency !== "paused");
  if (!flagged.length) return [];

  const sent: { to: string; items: number }[] = [];
  const byUnit = new Map<string, Item[]>();
  for (const i of flagged) if (i.unitId) byUnit.set(i.unitId, [...(byUnit.get(i.unitId) ?? []), i]);
  const utama = await staffContacts(p.db, "ppid_utama", null);
  const mails: { to: string; subject: string; text: string; items: number }[] = [];
  for (const [unitId, list] of byUnit) {
    for (const s of await staffContacts(p.db, "ppid_pelaksana", unitId)) {
      mails.push({
        to: s.email,
        subject: `Pengingat batas waktu permohonan informasi: ${list[0].unitName ?? "OPD"} (${list.length})`,
        text: digest(p, s, `di ${list[0].unitName ?? "OPD Anda"}`, list, false),
        items: list.length,
      });
    }
  }
  for (const s of utama) {
    mails.push({
      to: s.email,
      subject: `Pengingat batas waktu permohonan informasi (${flagged.length})`,
      text: digest(p, s, "di seluruh OPD", flagged, true),
      items: flagged.length,
    });
  }
  if (!mails.length) return [];
  await inTransaction(p, SYSTEM_ACTOR, async (w) => {
    for (const m of mails) {
      await w.mail({ to: m.to, subject: m.subject, text: m.text });
      sent.push({ to: m.to, items: m.items });
    }
    await w.audit({
      action: "ppid.reminders.sent",
      subjectType: "ppid_reminders",
      subjectId: today,
      after: { requests: flagged.length, recipients: mails.length },
    });
  });
  return sent;
}

/** The lead adds `registerReminderJobs(p)` to registerPpidJobs (jobs.ts). */
export function registerReminderJobs(p: Platform): void {
  p.jobs.define(REMINDER_JOB, async () => {
    const sent = await sendDeadlineReminders(p);
    p.log.info({ recipients: sent.length }, "PPID deadline reminders sent");
  });
  p.jobs.schedule(REMINDER_JOB, REMINDER_CRON);
}
