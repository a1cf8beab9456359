import { eq } from "drizzle-orm";
import { auditActor } from "../../../platform/audit/actor.ts";
import type { Platform } from "../../../platform/context.ts";
import type { Actor, RequestMeta } from "../../../platform/http/actor.ts";
import { notFound } from "../../../platform/http/errors.ts";
import { parseOrThrow } from "../../../platform/http/validation.ts";
import { inTransaction } from "../../../platform/work.ts";
import { authorize } from "../../access/index.ts";
import { unitHistory, units } from "../schema.ts";
import { unitProfileSchema } from "../validation.ts";

const PROFILE_FIELDS = ["name", "headName", "address", "phone", "email", "website", "tasks", "ppidContact"] as const;

/**
 * An admin renames an OPD or fills in its profile. The earlier state is kept in
 * the unit's history; a field an admin sets is no longer marked as a demo example.
 */
export async function updateUnit(p: Platform, actor: Actor | null, meta: RequestMeta, unitId: string, raw: unknown) {
  authorize(actor, "admin.units.manage");
  const input = parseOrThrow(unitProfileSchema, raw);
  return inTransaction(p, auditActor(actor, meta, "admin"), async (w) => {
    const [current] = await w.tx.select().from(units).where(eq(units.id, unitId)).for("update");
    if (!current) throw notFound("Perangkat daerah tidak ditemukan.");
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const f of PROFILE_FIELDS) {
      const next = input[f] ?? null;
      if (f === "name" ? next !== current.name : next !== current[f]) {
        before[f] = current[f];
        after[f] = next;
      }
    }
    if (Object.keys(after).length === 0) return current;
    const exampleFields = current.exampleFields.filter((f) => !(f in after));
    const [unit] = await w.tx
      .update(units)
      .set({ ...after, exampleFields, updatedAt: new Date() })
      .where(eq(units.id, unitId))
      .returning();
    const change = "name" in after ? "renamed" : "updated";
    await w.tx.insert(unitHistory).values({ unitId, changedBy: actor.userId, change, before, after, reason: input.reason ?? null });
    await w.audit({ action: `unit.${change}`, subjectType: "unit", subjectId: unitId, before, after, unitId });
    return unit;
  });
}
