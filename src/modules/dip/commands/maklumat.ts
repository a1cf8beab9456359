import { auditActor } from "../../../platform/audit/actor.ts";
import type { Platform } from "../../../platform/context.ts";
import type { Executor } from "../../../platform/db/client.ts";
import { settings } from "../../../platform/db/settings-schema.ts";
import type { Actor, RequestMeta } from "../../../platform/http/actor.ts";
import { ValidationError } from "../../../platform/http/errors.ts";
import { parseOrThrow } from "../../../platform/http/validation.ts";
import { inTransaction } from "../../../platform/work.ts";
import { authorize } from "../../access/index.ts";
import { BIAYA_KEY, type Biaya, getBiaya, getMaklumat, MAKLUMAT_KEY, type Maklumat } from "../settings.ts";
import { maklumatSchema, parseBiaya } from "../validation.ts";

const upsert = (tx: Executor, key: string, value: unknown) =>
  tx
    .insert(settings)
    .values({ key, value })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: new Date() } });

/** The PPID Utama sets the maklumat pelayanan; every version stays in the audit trail. */
export async function saveMaklumat(p: Platform, actor: Actor | null, meta: RequestMeta, raw: unknown): Promise<Maklumat> {
  authorize(actor, "maklumat.edit");
  const input = parseOrThrow(maklumatSchema, raw);
  const next = { ...input, updatedBy: actor.name, updatedAt: new Date().toISOString() };
  await inTransaction(p, auditActor(actor, meta, "ppid_utama"), async (w) => {
    const before = await getMaklumat(w.tx);
    await upsert(w.tx, MAKLUMAT_KEY, next);
    await w.audit({
      action: "maklumat.changed",
      subjectType: "setting",
      subjectId: MAKLUMAT_KEY,
      before: before.example ? null : before,
      after: next,
    });
  });
  return { ...next, example: false };
}

/** The PPID Utama sets the published fee table (standar biaya). */
export async function saveBiaya(p: Platform, actor: Actor | null, meta: RequestMeta, values: Record<string, unknown>): Promise<Biaya> {
  authorize(actor, "maklumat.edit");
  const { items, errors } = parseBiaya(values);
  if (Object.keys(errors).length) throw new ValidationError(errors);
  const next = { items, updatedBy: actor.name, updatedAt: new Date().toISOString() };
  await inTransaction(p, auditActor(actor, meta, "ppid_utama"), async (w) => {
    const before = await getBiaya(w.tx);
    await upsert(w.tx, BIAYA_KEY, next);
    await w.audit({
      action: "biaya.changed",
      subjectType: "setting",
      subjectId: BIAYA_KEY,
      before: before.example ? null : before,
      after: next,
    });
  });
  return { ...next, example: false };
}
