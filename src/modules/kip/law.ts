import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Platform } from "../../platform/context.ts";
import { DbCache } from "../../platform/db/cache.ts";
import type { Tx } from "../../platform/db/client.ts";
import { settings } from "../../platform/db/settings-schema.ts";

/**
 * The law as data (UU 14/2008, PP 61/2010, Perki 1/2021): every statutory
 * duration and threshold the PPID clocks use. Stored in `settings` under
 * `ppid.law`; the defaults below are the statutory values (domain.md §1.3).
 */
export const lawSchema = z.object({
  /** Pemberitahuan tertulis after receipt (UU KIP Pasal 22(7)). */
  responseDays: z.number().int().min(1).max(60),
  /** One extension with written reasons (Pasal 22(8)). */
  extensionDays: z.number().int().min(0).max(30),
  /** After a clarification (perlu kelengkapan): the clock starts again in full, or resumes with the days left. */
  clarification: z.enum(["restart", "resume"]),
  /** The requester files a keberatan within N working days of the day its reason arose (Pasal 36(1)). */
  objectionWindowDays: z.number().int().min(1).max(90),
  /** The Atasan PPID answers a keberatan within N working days of its receipt (Pasal 36(2)). */
  atasanDecisionDays: z.number().int().min(1).max(90),
  /** A dispute is filed at the Komisi Informasi within N working days of the atasan's answer (Pasal 37(2)). */
  disputeWindowDays: z.number().int().min(1).max(90),
  /** Flag "segera jatuh tempo" this many working days before the due date. */
  dueSoonDays: z.number().int().min(0).max(30),
  /** Flag "sangat terlambat" this many working days after the due date. */
  longOverdueDays: z.number().int().min(1).max(90),
  /** A request received at or after this WIB time counts as received on the next working day. */
  officeHoursEnd: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  /** Offices close on cuti bersama by default: it is not a working day. */
  cutiBersamaIsWorkingDay: z.boolean(),
  /** Berkala information must be updated at least every N months (Pasal 9(4)). */
  berkalaMonths: z.number().int().min(1).max(24),
  /** A complete online request is registered at once (number and tanda bukti without waiting for the desk). */
  autoRegisterOnline: z.boolean(),
  /** The kode klasifikasi arsip (Permendagri 83/2022) under which closed PPID case files are filed in the archive. */
  caseFileClassification: z.string().regex(/^\d{3}(\.\d{1,3}){0,5}$/),
});

export type Law = z.infer<typeof lawSchema>;

export const DEFAULT_LAW: Law = {
  responseDays: 10,
  extensionDays: 7,
  clarification: "restart",
  objectionWindowDays: 30,
  atasanDecisionDays: 30,
  disputeWindowDays: 14,
  dueSoonDays: 3,
  longOverdueDays: 10,
  officeHoursEnd: "16:00",
  cutiBersamaIsWorkingDay: false,
  berkalaMonths: 6,
  autoRegisterOnline: true,
  // 500.12.18.1 Pelayanan Informasi (under 500.12.18 Pusat Informasi dan Hubungan Masyarakat).
  caseFileClassification: "500.12.18.1",
};

export const LAW_SETTING_KEY = "ppid.law";

/** The law data in force: the stored values over the defaults (a value that no longer validates falls back). */
export async function loadLaw(db: Platform["db"] | Tx): Promise<Law> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, LAW_SETTING_KEY));
  const stored = lawSchema.partial().safeParse(row?.value ?? {});
  return { ...DEFAULT_LAW, ...(stored.success ? stored.data : {}) };
}

const lawCache = new DbCache<Law>(10_000);

/**
 * loadLaw for busy read-only pages (the queue, the register): kept per process
 * for 10 s and dropped at every commit of this process (saving the law data is
 * one). Commands read the law with loadLaw inside their transaction.
 */
export function loadLawCached(p: Pick<Platform, "db" | "events">): Promise<Law> {
  return lawCache.followCommits(p.events).get(p.db, "law", () => loadLaw(p.db));
}

/** The calendar options every PPID clock uses. */
export function calendarOptions(law: Law) {
  return { cutiBersamaIsWorkingDay: law.cutiBersamaIsWorkingDay, officeHoursEnd: law.officeHoursEnd };
}
