import { eq } from "drizzle-orm";
import { z } from "zod";
import { auditActor } from "../../../platform/audit/actor.ts";
import type { Platform } from "../../../platform/context.ts";
import type { Actor, RequestMeta } from "../../../platform/http/actor.ts";
import { ValidationError } from "../../../platform/http/errors.ts";
import { parseOrThrow } from "../../../platform/http/validation.ts";
import { inTransaction } from "../../../platform/work.ts";
import { authorize } from "../../access/index.ts";
import { classifications } from "../../organisation/index.ts";
import { arsipClassificationDefaults, SECURITY_CLASSES } from "../schema.ts";
import { reasonSchema } from "../validation.ts";

const schema = reasonSchema.extend({
  code: z.string({ error: "Isi kode klasifikasi." }).trim().min(1, "Isi kode klasifikasi."),
  securityClass: z.enum(SECURITY_CLASSES, { error: "Pilih kelas keamanan bawaan." }),
});

/**
 * Sets the default security class of a kode klasifikasi (its sub-codes without their own inherit
 * it), with a reason kept in the audit trail. Records already filed keep their class.
 */
export async function setClassificationDefault(p: Platform, actor: Actor | null, meta: RequestMeta, raw: unknown): Promise<void> {
  authorize(actor, "arsip.classification.manage");
  const input = parseOrThrow(schema, raw);
  await inTransaction(p, auditActor(actor, meta, "arsiparis"), async (w) => {
    const [code] = await w.tx.select().from(classifications).where(eq(classifications.code, input.code));
    if (!code) throw new ValidationError({ code: `Kode klasifikasi ${input.code} tidak ada dalam daftar.` });
    const [before] = await w.tx
      .select()
      .from(arsipClassificationDefaults)
      .where(eq(arsipClassificationDefaults.code, input.code))
      .for("update");
    const values = {
      securityClass: input.securityClass,
      reason: input.reason,
      source: "ditetapkan arsiparis",
      updatedBy: actor.userId,
      updatedAt: new Date(),
    };
    await w.tx
      .insert(arsipClassificationDefaults)
      .values({ code: input.code, ...values })
      .onConflictDoUpdate({ target: arsipClassificationDefaults.code, set: values });
    await w.audit({
      action: "arsip.classification.default_set",
      subjectType: "classification",
      subjectId: input.code,
      before: before ? { securityClass: before.securityClass } : null,
      after: { securityClass: input.securityClass, reason: input.reason },
    });
  });
}
