import { eq } from "drizzle-orm";
import { auditActor } from "../../../platform/audit/actor.ts";
import type { Platform } from "../../../platform/context.ts";
import type { Actor, RequestMeta } from "../../../platform/http/actor.ts";
import { ValidationError } from "../../../platform/http/errors.ts";
import { parseOrThrow } from "../../../platform/http/validation.ts";
import { inTransaction } from "../../../platform/work.ts";
import { authorize } from "../../access/index.ts";
import { unitHistory, units } from "../schema.ts";
import { slugify } from "../slug.ts";
import { createUnitSchema } from "../validation.ts";

/** An admin adds an OPD (for example after a new Perda on the organisation). */
export async function createUnit(p: Platform, actor: Actor | null, meta: RequestMeta, raw: unknown) {
  authorize(actor, "admin.units.manage");
  const input = parseOrThrow(createUnitSchema, raw);
  return inTransaction(p, auditActor(actor, meta, "admin"), async (w) => {
    const [taken] = await w.tx.select({ id: units.id }).from(units).where(eq(units.code, input.code));
    if (taken) throw new ValidationError({ code: `Singkatan ${input.code} sudah dipakai perangkat daerah lain.` });
    const { reason, ...fields } = input;
    const [unit] = await w.tx
      .insert(units)
      .values({ ...fields, slug: slugify(input.code), source: `ditambahkan oleh ${actor.name}` })
      .returning();
    await w.tx
      .insert(unitHistory)
      .values({ unitId: unit.id, changedBy: actor.userId, change: "created", after: fields, reason: reason ?? null });
    await w.audit({ action: "unit.created", subjectType: "unit", subjectId: unit.id, after: fields, unitId: unit.id });
    return unit;
  });
}
