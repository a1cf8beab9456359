import { and, desc, eq, gte, ilike, lt, or, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { auditEvents } from "../../platform/audit/schema.ts";
import type { Executor } from "../../platform/db/client.ts";
import { units } from "../organisation/index.ts";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const validDate = (s: string) =>
  DATE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v);

/** The filters of the audit list and CSV export (query string, Indonesian names). Messages are i18n keys. */
export const filterSchema = z
  .object({
    dari: z.preprocess(blank, z.string().refine(validDate, "audit.error.date").optional()),
    sampai: z.preprocess(blank, z.string().refine(validDate, "audit.error.date").optional()),
    aksi: z.preprocess(blank, z.string().max(100, "audit.error.too_long").optional()),
    pelaku: z.preprocess(blank, z.string().max(100, "audit.error.too_long").optional()),
    opd: z.preprocess(blank, z.uuid("audit.error.unit").optional()),
    subjek: z.preprocess(blank, z.string().max(200, "audit.error.too_long").optional()),
    hal: z.preprocess(
      blank,
      z.coerce.number("audit.error.page").int("audit.error.page").min(1, "audit.error.page").max(100_000, "audit.error.page").optional(),
    ),
  })
  .refine((f) => !f.dari || !f.sampai || f.dari <= f.sampai, { path: ["sampai"], message: "audit.error.range" });

export type AuditFilters = z.infer<typeof filterSchema>;
export const FILTER_KEYS = ["dari", "sampai", "aksi", "pelaku", "opd", "subjek"] as const;

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (m) => `\\${m}`);
}

/** The day after a YYYY-MM-DD date. */
function nextDay(d: string): string {
  return new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** Dates are calendar days in WIB (UTC+7). */
export function whereOf(f: AuditFilters): SQL | undefined {
  const c: (SQL | undefined)[] = [];
  if (f.dari) c.push(gte(auditEvents.occurredAt, new Date(`${f.dari}T00:00:00+07:00`)));
  if (f.sampai) c.push(lt(auditEvents.occurredAt, new Date(`${nextDay(f.sampai)}T00:00:00+07:00`)));
  if (f.aksi) c.push(ilike(auditEvents.action, `${escapeLike(f.aksi)}%`));
  if (f.pelaku) c.push(or(ilike(auditEvents.actorName, `%${escapeLike(f.pelaku)}%`), sql`${auditEvents.actorId}::text = ${f.pelaku}`));
  if (f.opd) c.push(eq(auditEvents.unitId, f.opd));
  if (f.subjek) {
    c.push(
      or(
        eq(auditEvents.subjectType, f.subjek),
        eq(auditEvents.subjectId, f.subjek),
        sql`${auditEvents.subjectType} || ':' || coalesce(${auditEvents.subjectId}, '') = ${f.subjek}`,
      ),
    );
  }
  return and(...c);
}

const columns = {
  seq: auditEvents.seq,
  occurredAt: auditEvents.occurredAt,
  actorId: auditEvents.actorId,
  actorName: auditEvents.actorName,
  actorRole: auditEvents.actorRole,
  unitId: auditEvents.unitId,
  unitName: units.name,
  action: auditEvents.action,
  subjectType: auditEvents.subjectType,
  subjectId: auditEvents.subjectId,
  ip: auditEvents.ip,
};

export type AuditRow = { [K in keyof typeof columns]: (typeof columns)[K]["_"]["data"] | null } & { seq: number; occurredAt: Date };

export const PER_PAGE = 50;

/** One page of events, newest first, and how many match. */
export async function listEvents(db: Executor, f: AuditFilters, page: number): Promise<{ rows: AuditRow[]; total: number }> {
  const where = whereOf(f);
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(auditEvents).where(where);
  const rows = await db
    .select(columns)
    .from(auditEvents)
    .leftJoin(units, eq(units.id, auditEvents.unitId))
    .where(where)
    .orderBy(desc(auditEvents.seq))
    .limit(PER_PAGE)
    .offset((page - 1) * PER_PAGE);
  return { rows: rows as AuditRow[], total: Number(n) };
}

export async function getEvent(db: Executor, seq: number) {
  const [row] = await db
    .select({ e: auditEvents, unitName: units.name })
    .from(auditEvents)
    .leftJoin(units, eq(units.id, auditEvents.unitId))
    .where(eq(auditEvents.seq, seq));
  return row ?? null;
}

/** Full rows for the CSV, newest first, a page at a time below `beforeSeq`. */
export async function eventsForExport(db: Executor, f: AuditFilters, beforeSeq: number | null, limit: number) {
  return db
    .select({ e: auditEvents, unitName: units.name })
    .from(auditEvents)
    .leftJoin(units, eq(units.id, auditEvents.unitId))
    .where(and(whereOf(f), beforeSeq === null ? undefined : lt(auditEvents.seq, beforeSeq)))
    .orderBy(desc(auditEvents.seq))
    .limit(limit);
}

/** OPDs for the filter's drop-down. */
export async function unitChoices(db: Executor) {
  return db.select({ id: units.id, name: units.name }).from(units).orderBy(units.name);
}
