/** Retention (JRA) and default security class of a kode klasifikasi: its own row, or the nearest ancestor's. */
import { inArray } from "drizzle-orm";
import type { Executor } from "../../platform/db/client.ts";
import {
  arsipClassificationDefaults,
  arsipRetentionRules,
  type Disposition,
  type RETENTION_STATUSES,
  type SecurityClass,
} from "./schema.ts";

/** The code and its ancestors, nearest first: "000.5.6.2" → 000.5.6.2, 000.5.6, 000.5, 000. */
export function codeAndAncestors(code: string): string[] {
  const parts = code.split(".");
  return parts.map((_, i) => parts.slice(0, parts.length - i).join("."));
}

/** A civil date (YYYY-MM-DD) plus whole years; 29 February falls back to 28 February. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split("-").map(Number);
  const ty = y + years;
  const leap = (ty % 4 === 0 && ty % 100 !== 0) || ty % 400 === 0;
  const day = m === 2 && d === 29 && !leap ? 28 : d;
  return `${String(ty).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export interface RetentionRule {
  code: string;
  activeYears: number;
  inactiveYears: number;
  trigger: string | null;
  disposition: Disposition;
}

export interface Retention {
  retentionStatus: (typeof RETENTION_STATUSES)[number];
  retentionCode: string | null;
  activeUntil: string | null;
  inactiveUntil: string | null;
  disposition: Disposition | null;
}

/**
 * The retention of a record dated `recordDate` under `rule`. With no rule: belum ditetapkan. A rule
 * counting from an event (pemicu) gives no dates until the event is known: menunggu pemicu.
 */
export function computeRetention(recordDate: string, rule: RetentionRule | null): Retention {
  if (!rule) return { retentionStatus: "belum_ditetapkan", retentionCode: null, activeUntil: null, inactiveUntil: null, disposition: null };
  if (rule.trigger) {
    return {
      retentionStatus: "menunggu_pemicu",
      retentionCode: rule.code,
      activeUntil: null,
      inactiveUntil: null,
      disposition: rule.disposition,
    };
  }
  const activeUntil = addYears(recordDate, rule.activeYears);
  return {
    retentionStatus: "ditetapkan",
    retentionCode: rule.code,
    activeUntil,
    inactiveUntil: addYears(activeUntil, rule.inactiveYears),
    disposition: rule.disposition,
  };
}

/** The JRA row of the code or of its nearest ancestor that has one. */
export async function ruleFor(tx: Executor, code: string): Promise<RetentionRule | null> {
  const chain = codeAndAncestors(code);
  const rows = await tx.select().from(arsipRetentionRules).where(inArray(arsipRetentionRules.code, chain));
  for (const c of chain) {
    const r = rows.find((x) => x.code === c);
    if (r) return r;
  }
  return null;
}

export async function retentionFor(tx: Executor, code: string, recordDate: string): Promise<Retention> {
  return computeRetention(recordDate, await ruleFor(tx, code));
}

/** The default security class of the code (its own, or the nearest ancestor's; biasa when none is set). */
export async function defaultClassFor(tx: Executor, code: string): Promise<{ securityClass: SecurityClass; fromCode: string | null }> {
  const chain = codeAndAncestors(code);
  const rows = await tx.select().from(arsipClassificationDefaults).where(inArray(arsipClassificationDefaults.code, chain));
  for (const c of chain) {
    const r = rows.find((x) => x.code === c);
    if (r) return { securityClass: r.securityClass, fromCode: c };
  }
  return { securityClass: "biasa", fromCode: null };
}
