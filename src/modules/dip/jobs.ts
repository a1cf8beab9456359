/** The module's daily jobs: exceptions past their end date expire; overdue berkala items are reported to their OPD. */
import { inArray } from "drizzle-orm";
import type { Platform } from "../../platform/context.ts";
import { formatDate } from "../../platform/i18n/index.ts";
import { inTransaction, SYSTEM_ACTOR } from "../../platform/work.ts";
import { loadLaw } from "../kip/index.ts";
import { expireExemptions } from "./commands/exemptions.ts";
import { STALE_REMINDER_DAYS } from "./law.ts";
import { type DipListRow, staleBerkala } from "./queries.ts";
import { dipItems } from "./schema.ts";

export const DIK_EXPIRY_JOB = "dip.dik-expiry";
export const DIP_STALE_JOB = "dip.stale-reminder";

export interface StaffContact {
  email: string;
  name: string;
}

/**
 * Who keeps the lists: the active staff holding `role`, for the OPD (null:
 * regency-wide grants only). The accounts module answers it; bootstrap passes it in.
 */
export type StaffLookup = (role: "ppid_utama" | "ppid_pelaksana", unitId: string | null) => Promise<StaffContact[]>;

/**
 * Mails each OPD's PPID Pelaksana and the PPID Utama the OPD's berkala items
 * not brought up to date in law.berkalaMonths months. An item is mentioned again only after
 * 30 days (or after it was updated and went stale again). Returns the OPDs told.
 */
export async function notifyStaleDip(
  p: Platform,
  staff: StaffLookup,
  now: Date = new Date(),
): Promise<{ unitId: string; to: string[]; items: number }[]> {
  const { berkalaMonths } = await loadLaw(p.db);
  const stale = await staleBerkala(p.db, berkalaMonths, now);
  const remindBefore = new Date(now.getTime() - STALE_REMINDER_DAYS * 86_400_000);
  const byUnit = new Map<string, DipListRow[]>();
  for (const item of stale) byUnit.set(item.unitId, [...(byUnit.get(item.unitId) ?? []), item]);
  const utama = await staff("ppid_utama", null);
  const sent: { unitId: string; to: string[]; items: number }[] = [];
  for (const [unitId, items] of byUnit) {
    if (!items.some((i) => i.staleNotifiedAt === null || i.staleNotifiedAt < remindBefore)) continue;
    const to = [...new Set([...(await staff("ppid_pelaksana", unitId)), ...utama].map((s) => s.email.toLowerCase()))];
    const unitName = items[0].unitName;
    const lines = items.map((i) => `- No. ${i.nomor}: ${i.ringkasan} (terakhir diperbarui ${formatDate("id", i.lastUpdatedAt)})`);
    const text = [
      `Yth. PPID ${unitName},`,
      "",
      `Informasi berkala berikut dalam Daftar Informasi Publik belum diperbarui lebih dari ${berkalaMonths} bulan (Pasal 9 ayat (4) UU 14/2008):`,
      "",
      ...lines,
      "",
      `Mohon perbarui isinya lalu tandai "isi informasi telah diperbarui" di ${p.config.baseUrl}/ppid/kelola/dip?basi=1`,
      "",
      "Pesan ini dikirim otomatis oleh Satu Pintu Kabupaten Lebong.",
    ].join("\n");
    await inTransaction(p, SYSTEM_ACTOR, async (w) => {
      for (const address of to) {
        await w.mail({ to: address, subject: `Informasi berkala perlu diperbarui: ${unitName} (${items.length})`, text });
      }
      await w.tx
        .update(dipItems)
        .set({ staleNotifiedAt: now })
        .where(
          inArray(
            dipItems.id,
            items.map((i) => i.id),
          ),
        );
      await w.audit({
        action: "dip.stale_reminder_sent",
        subjectType: "unit",
        subjectId: unitId,
        after: { items: items.map((i) => i.id), recipients: to.length },
        unitId,
      });
    });
    sent.push({ unitId, to, items: items.length });
  }
  return sent;
}

/** Declares the two daily jobs (Asia/Jakarta): expiry at 00:15, reminders at 07:30. */
export function registerDipJobs(p: Platform, staff: StaffLookup): void {
  p.jobs.define(DIK_EXPIRY_JOB, async () => {
    const n = await expireExemptions(p);
    if (n) p.log.info({ expired: n }, "DIK entries expired");
  });
  p.jobs.define(DIP_STALE_JOB, async () => {
    const sent = await notifyStaleDip(p, staff);
    if (sent.length) p.log.info({ units: sent.length }, "stale berkala reminders sent");
  });
  p.jobs.schedule(DIK_EXPIRY_JOB, "15 0 * * *");
  p.jobs.schedule(DIP_STALE_JOB, "30 7 * * *");
}
