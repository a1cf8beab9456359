import { eq } from "drizzle-orm";
import { auditActor } from "../../../platform/audit/actor.ts";
import type { Platform } from "../../../platform/context.ts";
import { settings } from "../../../platform/db/settings-schema.ts";
import type { Actor, RequestMeta } from "../../../platform/http/actor.ts";
import { ValidationError } from "../../../platform/http/errors.ts";
import { parseOrThrow } from "../../../platform/http/validation.ts";
import { inTransaction } from "../../../platform/work.ts";
import { authorize } from "../../access/index.ts";
import { classifications } from "../../organisation/index.ts";
import { LAW_SETTING_KEY, type Law, loadLaw } from "../law.ts";
import { CLOCK_KEYS, departures, LAW_KEYS, lawForm, lawOfForm } from "./fields.ts";
import { ensureLawJob, LAW_CHANGED_JOB, type LawChanged } from "./jobs.ts";

/**
 * The PPID Utama (or an admin) changes the law data: stored in settings in one
 * transaction with its audit event (before, after, reason); a change that moves
 * clocks enqueues the recompute of every open request. A new departure from a
 * statutory value must be confirmed.
 */
export async function saveLaw(p: Platform, actor: Actor | null, meta: RequestMeta, raw: unknown) {
  authorize(actor, "ppid.law.manage");
  const f = parseOrThrow(lawForm, raw);
  const law = lawOfForm(f);
  await ensureLawJob(p);
  return inTransaction(p, auditActor(actor, meta), async (w) => {
    await w.tx.select({ key: settings.key }).from(settings).where(eq(settings.key, LAW_SETTING_KEY)).for("update");
    const before = await loadLaw(w.tx);
    const changed = LAW_KEYS.filter((k) => before[k] !== law[k]);
    if (!changed.length) throw new ValidationError({ reason: "Tidak ada nilai yang diubah: tidak ada yang disimpan." });
    if (law.caseFileClassification !== before.caseFileClassification) {
      const [known] = await w.tx
        .select({ code: classifications.code })
        .from(classifications)
        .where(eq(classifications.code, law.caseFileClassification));
      if (!known) {
        throw new ValidationError({
          caseFileClassification: `Kode klasifikasi ${law.caseFileClassification} tidak ada dalam daftar kode klasifikasi arsip (Permendagri 83/2022). Periksa kodenya di halaman klasifikasi arsip.`,
        });
      }
    }
    const newlyDeparting = departures(law).filter((k) => before[k] !== law[k]);
    if (newlyDeparting.length && !f.confirmDeparture) {
      throw new ValidationError({
        confirmDeparture: "Nilai yang Anda isi menyimpang dari UU 14/2008. Centang konfirmasi bila perubahan ini memang disengaja.",
      });
    }
    const now = new Date();
    await w.tx
      .insert(settings)
      .values({ key: LAW_SETTING_KEY, value: law, updatedAt: now })
      .onConflictDoUpdate({ target: settings.key, set: { value: law, updatedAt: now } });
    await w.audit({
      action: "ppid.law.changed",
      subjectType: "settings",
      subjectId: LAW_SETTING_KEY,
      before: { ...before },
      after: { ...law, reason: f.reason, changed, departsFromStatute: departures(law) },
    });
    const recompute = changed.some((k) => CLOCK_KEYS.includes(k));
    if (recompute) {
      const data: LawChanged = { changed, reason: f.reason };
      await w.send(LAW_CHANGED_JOB, data);
    }
    return { law: law satisfies Law, changed, recompute };
  });
}
