import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { auditActor } from "../../../../platform/audit/actor.ts";
import type { Platform } from "../../../../platform/context.ts";
import type { Executor } from "../../../../platform/db/client.ts";
import type { Actor, RequestMeta } from "../../../../platform/http/actor.ts";
import { parseOrThrow } from "../../../../platform/http/validation.ts";
import { inTransaction } from "../../../../platform/work.ts";
import { authorize } from "../../../access/index.ts";
import { yearSchema } from "../period.ts";
import { NARRATIVE_PARTS, type NarrativeParts, ppidReportNarratives, REPORT_PERIODS, type ReportPeriod } from "../schema.ts";

const part = z.string().trim().max(20_000, "Paling banyak 20.000 karakter.");

export const narrativeSchema = z.object({
  tahun: yearSchema,
  periode: z.enum(REPORT_PERIODS, { error: "Periode: tahunan, semester1, atau semester2." }),
  kebijakan: part,
  sarana: part,
  kendala: part,
  rekomendasi: part,
});

export type NarrativeRow = typeof ppidReportNarratives.$inferSelect;

export async function getNarrative(db: Executor, year: number, period: ReportPeriod): Promise<NarrativeRow | null> {
  const [row] = await db
    .select()
    .from(ppidReportNarratives)
    .where(and(eq(ppidReportNarratives.year, year), eq(ppidReportNarratives.period, period)));
  return row ?? null;
}

/** The PPID Utama writes the narrative parts (a, b, e, f) of a report; every version stays in the audit trail. */
export async function saveNarrative(p: Platform, actor: Actor | null, meta: RequestMeta, raw: unknown): Promise<NarrativeRow> {
  authorize(actor, "ppid.report.write");
  const input = parseOrThrow(narrativeSchema, raw);
  const parts = Object.fromEntries(NARRATIVE_PARTS.map((k) => [k, input[k]])) as NarrativeParts;
  return inTransaction(p, auditActor(actor, meta, "ppid_utama"), async (w) => {
    const before = await getNarrative(w.tx, input.tahun, input.periode);
    const values = {
      year: input.tahun,
      period: input.periode,
      parts,
      updatedBy: actor.userId,
      updatedByName: actor.name,
      updatedAt: new Date(),
    };
    const [row] = await w.tx
      .insert(ppidReportNarratives)
      .values(values)
      .onConflictDoUpdate({
        target: [ppidReportNarratives.year, ppidReportNarratives.period],
        set: { parts, updatedBy: actor.userId, updatedByName: actor.name, updatedAt: values.updatedAt },
      })
      .returning();
    await w.audit({
      action: "ppid.report.narrative_saved",
      subjectType: "ppid_report",
      subjectId: `${input.tahun}-${input.periode}`,
      before: before?.parts ?? null,
      after: parts,
    });
    return row;
  });
}
