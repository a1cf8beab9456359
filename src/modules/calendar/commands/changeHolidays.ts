import { and, eq, ne } from "drizzle-orm";
import { auditActor } from "../../../platform/audit/actor.ts";
import { holidays, invalidateCalendar } from "../../../platform/calendar/index.ts";
import type { Platform } from "../../../platform/context.ts";
import type { Actor, RequestMeta } from "../../../platform/http/actor.ts";
import { notFound, ValidationError } from "../../../platform/http/errors.ts";
import { parseOrThrow } from "../../../platform/http/validation.ts";
import { inTransaction, type Work } from "../../../platform/work.ts";
import { authorize } from "../../access/index.ts";
import { holidaySchema, removeSchema } from "../holidays.ts";
import { ensureCalendarJob, sendCalendarChanged } from "../jobs.ts";

const snapshot = (h: typeof holidays.$inferSelect) => ({ date: h.date, kind: h.kind, name: h.name, basis: h.basis });

async function refuseDuplicate(w: Work, date: string, kind: string, exceptId?: string) {
  const [dup] = await w.tx
    .select({ id: holidays.id })
    .from(holidays)
    .where(and(eq(holidays.date, date), eq(holidays.kind, kind as never), exceptId ? ne(holidays.id, exceptId) : undefined));
  if (dup) throw new ValidationError({ date: "Tanggal ini sudah tercatat dengan jenis yang sama." });
}

/** An admin adds a holiday (e.g. a Keppres declaring an election day a holiday). The reason is kept in the audit trail. */
export async function addHoliday(p: Platform, actor: Actor | null, meta: RequestMeta, raw: unknown) {
  authorize(actor, "calendar.manage");
  const { reason, ...fields } = parseOrThrow(holidaySchema, raw);
  await ensureCalendarJob(p);
  const row = await inTransaction(p, auditActor(actor, meta, "admin"), async (w) => {
    await refuseDuplicate(w, fields.date, fields.kind);
    const [h] = await w.tx.insert(holidays).values(fields).returning();
    await w.audit({ action: "holiday.added", subjectType: "holiday", subjectId: h.id, after: { ...snapshot(h), reason } });
    await sendCalendarChanged(w, "added", [h.date], reason);
    return h;
  });
  invalidateCalendar();
  return row;
}

/** An admin corrects a holiday (a moved Idul Fitri after the sidang isbat). */
export async function updateHoliday(p: Platform, actor: Actor | null, meta: RequestMeta, id: string, raw: unknown) {
  authorize(actor, "calendar.manage");
  const { reason, ...fields } = parseOrThrow(holidaySchema, raw);
  await ensureCalendarJob(p);
  const row = await inTransaction(p, auditActor(actor, meta, "admin"), async (w) => {
    const [current] = await w.tx.select().from(holidays).where(eq(holidays.id, id)).for("update");
    if (!current) throw notFound("Hari libur tidak ditemukan.");
    await refuseDuplicate(w, fields.date, fields.kind, id);
    const [h] = await w.tx.update(holidays).set(fields).where(eq(holidays.id, id)).returning();
    await w.audit({
      action: "holiday.changed",
      subjectType: "holiday",
      subjectId: id,
      before: snapshot(current),
      after: { ...snapshot(h), reason },
    });
    await sendCalendarChanged(w, "changed", [current.date, h.date], reason);
    return h;
  });
  invalidateCalendar();
  return row;
}

/** An admin removes a holiday entered by mistake; what it was stays in the audit trail. */
export async function removeHoliday(p: Platform, actor: Actor | null, meta: RequestMeta, id: string, raw: unknown) {
  authorize(actor, "calendar.manage");
  const { reason } = parseOrThrow(removeSchema, raw);
  await ensureCalendarJob(p);
  await inTransaction(p, auditActor(actor, meta, "admin"), async (w) => {
    const [current] = await w.tx.delete(holidays).where(eq(holidays.id, id)).returning();
    if (!current) throw notFound("Hari libur tidak ditemukan.");
    await w.audit({ action: "holiday.removed", subjectType: "holiday", subjectId: id, before: snapshot(current), after: { reason } });
    await sendCalendarChanged(w, "removed", [current.date], reason);
  });
  invalidateCalendar();
}
