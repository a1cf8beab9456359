/**
 * The buku register keberatan (domain.md §1.8, columns in the statutory order)
 * and the objection and dispute figures of the annual report (§1.13).
 * Periods are half-open: from ≤ received < to.
 */
import { and, asc, eq, gte, lt } from "drizzle-orm";
import { formatCivilDate, jakartaDate } from "../../platform/calendar/index.ts";
import type { Platform } from "../../platform/context.ts";
import { ppidRequests } from "../ppid/index.ts";
import { DECISION_LABEL } from "./letters.ts";
import { REASON_LABEL } from "./reasons.ts";
import {
  keberatan,
  OBJECTION_DECISIONS,
  type ObjectionDecision,
  REASONS,
  type Reason,
  SENGKETA_RESULTS,
  SENGKETA_STAGES,
  type SengketaResult,
  type SengketaStage,
  sengketa,
} from "./schema.ts";

/** The §1.8 register columns, in order (Indonesian headers). */
export const OBJECTION_REGISTER_COLUMNS = [
  "Nomor registrasi keberatan",
  "Tanggal diterima",
  "Identitas pemohon/kuasa",
  "Nomor pendaftaran permohonan",
  "Informasi yang diminta",
  "Tujuan penggunaan informasi",
  "Alasan pengajuan keberatan (Pasal 35 ayat (1) UU 14/2008)",
  "Keputusan Atasan PPID",
  "Hari/tanggal tanggapan atas keberatan",
  "Nama dan posisi Atasan PPID",
  "Tanggapan pemohon",
] as const;

export interface Period {
  from: Date;
  to: Date;
}

/** One row per objection received in the period, oldest first; each row has the columns above in order. */
export async function objectionRegister(p: Pick<Platform, "db">, period: Period): Promise<string[][]> {
  const rows = await p.db
    .select({
      k: keberatan,
      r: { number: ppidRequests.number, name: ppidRequests.name, address: ppidRequests.address, details: ppidRequests.details },
    })
    .from(keberatan)
    .innerJoin(ppidRequests, eq(ppidRequests.id, keberatan.requestId))
    .where(and(gte(keberatan.receivedAt, period.from), lt(keberatan.receivedAt, period.to)))
    .orderBy(asc(keberatan.receivedAt), asc(keberatan.year), asc(keberatan.seq));
  return rows.map(({ k, r }) => [
    k.number,
    formatCivilDate("id", jakartaDate(k.receivedAt)),
    [`${r.name}, ${r.address}`, k.proxyName ? `kuasa: ${k.proxyName}` : ""].filter(Boolean).join("; "),
    r.number ?? "",
    r.details,
    k.purpose,
    (k.reasons as Reason[]).map((x) => `${x}. ${REASON_LABEL[x]}`).join("; "),
    k.decision ? DECISION_LABEL[k.decision] : "",
    k.decidedAt ? formatCivilDate("id", jakartaDate(k.decidedAt)) : "",
    k.decidedByName ? [k.decidedByName, k.decidedByPosition].filter(Boolean).join(", ") : "",
    k.requesterResponse === "puas" ? "Puas" : k.requesterResponse === "tidak_puas" ? "Tidak puas (sengketa)" : "",
  ]);
}

export interface ObjectionStats {
  /** Objections received in the period. */
  filed: number;
  /** Objections decided by the Atasan PPID in the period. */
  decided: number;
  /** Of those decided: how many were decided after their due date. */
  decidedLate: number;
  byDecision: Record<ObjectionDecision, number>;
  /** Of those received: each reason chosen (one objection may give several). */
  byReason: Record<Reason, number>;
  sengketa: {
    /** Disputes filed at the Komisi Informasi in the period. */
    filed: number;
    /** Of those: the stage they are in now. */
    byStage: Record<SengketaStage, number>;
    /** Of those: how they ended (when ended). */
    byOutcome: Record<SengketaResult, number>;
  };
  /** Court appeals (PTUN/PN) filed in the period. */
  courtCases: number;
}

const zero = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export async function objectionStats(p: Pick<Platform, "db">, period: Period): Promise<ObjectionStats> {
  const inPeriod = (d: Date | null) => d !== null && d >= period.from && d < period.to;
  const fromDay = jakartaDate(period.from);
  const toDay = jakartaDate(period.to);
  const dayIn = (d: string | null) => d !== null && d >= fromDay && d < toDay;
  const all = await p.db
    .select({
      receivedAt: keberatan.receivedAt,
      decidedAt: keberatan.decidedAt,
      decision: keberatan.decision,
      reasons: keberatan.reasons,
      dueOn: keberatan.dueOn,
    })
    .from(keberatan)
    .where(lt(keberatan.receivedAt, period.to));
  const byDecision = zero(OBJECTION_DECISIONS);
  const byReason = zero(REASONS);
  let filed = 0;
  let decided = 0;
  let decidedLate = 0;
  for (const k of all) {
    if (inPeriod(k.receivedAt)) {
      filed++;
      for (const r of k.reasons as Reason[]) if (r in byReason) byReason[r]++;
    }
    if (inPeriod(k.decidedAt) && k.decision) {
      decided++;
      byDecision[k.decision]++;
      if (k.decidedAt && jakartaDate(k.decidedAt) > k.dueOn) decidedLate++;
    }
  }
  const disputes = await p.db.select().from(sengketa);
  const byStage = zero(SENGKETA_STAGES);
  const byOutcome = zero(SENGKETA_RESULTS);
  let sengketaFiled = 0;
  let courtCases = 0;
  for (const s of disputes) {
    if (dayIn(s.filedOn)) {
      sengketaFiled++;
      byStage[s.stage]++;
      if (s.result) byOutcome[s.result]++;
    }
    if (dayIn(s.courtFiledOn)) courtCases++;
  }
  return { filed, decided, decidedLate, byDecision, byReason, sengketa: { filed: sengketaFiled, byStage, byOutcome }, courtCases };
}
