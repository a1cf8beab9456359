/**
 * Objections (keberatan) and disputes (sengketa) for the reports and the
 * objection register. The keberatan module imports the ppid module, so ppid
 * cannot import it back (no cycles): the composition root hands its functions
 * over with `provideObjections` (see the report of this part). Until then the
 * pages say the data is not available.
 */

import { addDays, jakartaInstant } from "../../../platform/calendar/index.ts";
import type { Platform } from "../../../platform/context.ts";
import type { Period } from "./period.ts";
import type { SheetColumn } from "./xlsx.ts";

export interface ObjectionStatsLike {
  filed: number;
  decided: number;
  decidedLate: number;
  byDecision: Record<string, number>;
  byReason: Record<string, number>;
  sengketa: { filed: number; byStage: Record<string, number>; byOutcome: Record<string, number> };
  courtCases: number;
}

/** What the keberatan module exports (index.ts), handed over at start. */
export interface ObjectionSource {
  objectionRegister: (p: Pick<Platform, "db">, period: { from: Date; to: Date }) => Promise<string[][]>;
  OBJECTION_REGISTER_COLUMNS: readonly string[];
  objectionStats: (p: Pick<Platform, "db">, period: { from: Date; to: Date }) => Promise<ObjectionStatsLike>;
  REASON_LABEL?: Record<string, string>;
  OBJECTION_DECISION_LABEL?: Record<string, string>;
}

let source: ObjectionSource | null = null;

export function provideObjections(s: ObjectionSource | null): void {
  source = s;
}

export const objectionsAvailable = () => source !== null;

export interface ObjectionSummary {
  /** Label/value rows for the report (part D) and the Keberatan sheet. */
  rows: [string, string][];
}

export interface ObjectionRegister {
  columns: SheetColumn[];
  rows: unknown[][];
}

const half = (period: Period) => ({ from: jakartaInstant(period.from), to: jakartaInstant(addDays(period.to, 1)) });
const label = (s: string) => (s.charAt(0).toUpperCase() + s.slice(1)).replaceAll("_", " ");

export async function loadObjectionSummary(p: Platform, period: Period): Promise<ObjectionSummary | null> {
  if (!source) return null;
  const s = await source.objectionStats(p, half(period));
  const reason = source.REASON_LABEL ?? {};
  const decision = source.OBJECTION_DECISION_LABEL ?? {};
  const rows: [string, string][] = [
    ["Keberatan diterima", String(s.filed)],
    ...Object.entries(s.byReason).map(([k, n]): [string, string] => [`— alasan ${k}. ${reason[k] ?? ""}`.trim(), String(n)]),
    ["Keberatan diputus Atasan PPID", String(s.decided)],
    ...Object.entries(s.byDecision).map(([k, n]): [string, string] => [`— ${decision[k] ?? label(k)}`, String(n)]),
    ["Diputus melewati batas waktu", String(s.decidedLate)],
    ["Sengketa diajukan ke Komisi Informasi", String(s.sengketa.filed)],
    ...Object.entries(s.sengketa.byStage).map(([k, n]): [string, string] => [`— tahap ${label(k).toLowerCase()}`, String(n)]),
    ...Object.entries(s.sengketa.byOutcome).map(([k, n]): [string, string] => [`— hasil: ${label(k).toLowerCase()}`, String(n)]),
    ["Gugatan ke pengadilan (PTUN/PN)", String(s.courtCases)],
  ];
  return { rows };
}

/** The objection register (§1.8 columns, the keberatan module's order) for a period. */
export async function loadObjectionRegister(p: Platform, period: Period): Promise<ObjectionRegister | null> {
  if (!source) return null;
  const rows = await source.objectionRegister(p, half(period));
  const columns = source.OBJECTION_REGISTER_COLUMNS.map((header, i) => ({ header, width: i === 4 || i === 6 ? 48 : 24 }));
  return { columns, rows };
}
