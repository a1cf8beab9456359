import { eq } from "drizzle-orm";
import { auditActor } from "../../../platform/audit/actor.ts";
import type { Platform } from "../../../platform/context.ts";
import type { Actor, RequestMeta } from "../../../platform/http/actor.ts";
import { conflict, notFound } from "../../../platform/http/errors.ts";
import { parseOrThrow } from "../../../platform/http/validation.ts";
import { inTransaction } from "../../../platform/work.ts";
import { authorize } from "../../access/index.ts";
import { unitHistory, units } from "../schema.ts";
import { retireSchema } from "../validation.ts";

/**
 * Retires an OPD (it stays in the database and its history; it leaves the
 * public directory's main list) or brings it back. A reason is required.
 */
export async function setUnitStatus(
  p: Platform,
  actor: Actor | null,
  meta: RequestMeta,
  unitId: string,
  status: "active" | "retired",
  raw: unknown,
) {
  authorize(actor, "admin.units.manage");
  const { reason } = parseOrThrow(retireSchema, raw);
  return inTransaction(p, auditActor(actor, meta, "admin"), async (w) => {
    const [current] = await w.tx.select().from(units).where(eq(units.id, unitId)).for("update");
    if (!current) throw notFound("Perangkat daerah tidak ditemukan.");
    if (current.status === status)
      throw conflict(status === "retired" ? "Perangkat daerah ini sudah tidak aktif." : "Perangkat daerah ini sudah aktif.");
    const retiredAt = status === "retired" ? new Date() : null;
    const [unit] = await w.tx
      .update(units)
      .set({ status, retiredAt, retiredReason: status === "retired" ? reason : null, updatedAt: new Date() })
      .where(eq(units.id, unitId))
      .returning();
    const change = status === "retired" ? "retired" : "reactivated";
    await w.tx.insert(unitHistory).values({
      unitId,
      changedBy: actor.userId,
      change,
      before: { status: current.status },
      after: { status },
      reason,
    });
    await w.audit({
      action: `unit.${change}`,
      subjectType: "unit",
      subjectId: unitId,
      before: { status: current.status },
      after: { status, reason },
      unitId,
    });
    return unit;
  });
}
