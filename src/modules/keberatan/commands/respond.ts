/**
 * After the decision: the requester (with the objection's tracking code, or
 * signed in as its filer) or the desk records whether they accept it —
 * PUAS → SELESAI, TIDAK PUAS → SENGKETA — and staff track the dispute at the
 * Komisi Informasi (stages, dates, outcome, court appeal).
 */
import { eq } from "drizzle-orm";
import { auditActor } from "../../../platform/audit/actor.ts";
import { jakartaDate } from "../../../platform/calendar/index.ts";
import type { Platform } from "../../../platform/context.ts";
import type { Actor, RequestMeta } from "../../../platform/http/actor.ts";
import { forbidden, ValidationError } from "../../../platform/http/errors.ts";
import { parseOrThrow } from "../../../platform/http/validation.ts";
import { inTransaction } from "../../../platform/work.ts";
import { authorize, can } from "../../access/index.ts";
import { addEvent } from "../../ppid/index.ts";
import { addObjectionEvent, assertState, loadObjectionForUpdate, type Objection, secretMatches } from "../case.ts";
import { responseForm, sengketaForm } from "../forms.ts";
import { keberatan, sengketa } from "../schema.ts";

/** Whether this person filed the objection: its citizen account, or whoever holds its tracking code. */
export function isFiler(k: Pick<Objection, "filedBy" | "trackingHash">, actor: Actor | null, secret?: string | null): boolean {
  if (actor?.kind === "citizen" && k.filedBy && actor.userId === k.filedBy) return true;
  return secretMatches(k, secret);
}

/** DIPUTUS → SELESAI (puas) or SENGKETA (tidak puas). */
export async function recordResponse(
  p: Platform,
  actor: Actor | null,
  meta: RequestMeta,
  id: string,
  raw: unknown,
  opts: { secret?: string | null } = {},
) {
  const f = parseOrThrow(responseForm, raw);
  const byDesk = !opts.secret && can(actor, "keberatan.desk");
  const who = auditActor(actor, meta, byDesk ? "petugas_layanan" : actor ? "pemohon" : "anonim");
  return inTransaction(p, who, async (w) => {
    const k = await loadObjectionForUpdate(w, id);
    if (!byDesk && !isFiler(k, actor, opts.secret)) throw forbidden("Hanya pemohon yang dapat menyampaikan tanggapan ini.");
    assertState(k, ["DIPUTUS"]);
    const state = f.response === "puas" ? "SELESAI" : "SENGKETA";
    const now = new Date();
    await w.tx
      .update(keberatan)
      .set({ requesterResponse: f.response, respondedAt: now, state, updatedAt: now })
      .where(eq(keberatan.id, id));
    await addObjectionEvent(w, id, who, { kind: f.response === "puas" ? "accepted" : "not_accepted", data: { byDesk } });
    await addEvent(w, k.requestId, who, {
      kind: "objection_response",
      note: `Tanggapan pemohon atas keputusan keberatan ${k.number}: ${f.response === "puas" ? "puas" : "tidak puas"}.`,
      data: { number: k.number, response: f.response },
    });
    await w.audit({
      action: "keberatan.responded",
      subjectType: "keberatan",
      subjectId: id,
      before: { state: k.state },
      after: { state, response: f.response, byDesk },
    });
    return { state };
  });
}

/**
 * Records or updates the dispute at the Komisi Informasi. Allowed once the
 * requester was not satisfied (SENGKETA), or when the Atasan PPID's due date
 * passed without a decision (Pasal 37(2)); the objection then moves to SENGKETA.
 */
export async function saveSengketa(p: Platform, actor: Actor | null, meta: RequestMeta, id: string, raw: unknown) {
  authorize(actor, "keberatan.desk");
  const f = parseOrThrow(sengketaForm, raw);
  const today = jakartaDate(new Date());
  for (const k of ["filedOn", "mediasiOn", "ajudikasiOn", "putusanOn", "selesaiOn", "courtFiledOn", "courtDecidedOn"] as const) {
    if (f[k] && f[k] > today) throw new ValidationError({ [k]: "Tanggal tidak boleh di masa depan." });
  }
  const who = auditActor(actor, meta, "petugas_layanan");
  return inTransaction(p, who, async (w) => {
    const k = await loadObjectionForUpdate(w, id);
    const undecidedLate = (k.state === "TERREGISTRASI" || k.state === "DITERUSKAN_KE_ATASAN") && k.dueOn < today;
    if (!undecidedLate) assertState(k, ["SENGKETA"]);
    const values = {
      filedOn: f.filedOn as string,
      registerNumber: f.registerNumber ?? null,
      stage: f.stage,
      mediasiOn: f.mediasiOn ?? null,
      ajudikasiOn: f.ajudikasiOn ?? null,
      putusanOn: f.putusanOn ?? null,
      selesaiOn: f.selesaiOn ?? null,
      result: f.result ?? null,
      outcome: f.outcome ?? null,
      courtType: f.courtType ?? null,
      courtFiledOn: f.courtFiledOn ?? null,
      courtRegisterNumber: f.courtRegisterNumber ?? null,
      courtDecidedOn: f.courtDecidedOn ?? null,
      courtOutcome: f.courtOutcome ?? null,
      updatedAt: new Date(),
      updatedBy: actor.userId,
    };
    const [before] = await w.tx.select().from(sengketa).where(eq(sengketa.keberatanId, id));
    if (before) await w.tx.update(sengketa).set(values).where(eq(sengketa.keberatanId, id));
    else await w.tx.insert(sengketa).values({ ...values, keberatanId: id });
    if (k.state !== "SENGKETA") {
      await w.tx.update(keberatan).set({ state: "SENGKETA", updatedAt: new Date() }).where(eq(keberatan.id, id));
    }
    if (before?.stage !== f.stage) {
      await addObjectionEvent(w, id, who, { kind: "sengketa_stage", data: { stage: f.stage, registerNumber: f.registerNumber ?? null } });
    }
    const { updatedAt: _u, updatedBy: _b, ...after } = values;
    await w.audit({
      action: before ? "keberatan.sengketa.updated" : "keberatan.sengketa.recorded",
      subjectType: "keberatan",
      subjectId: id,
      before: before ? { stage: before.stage, result: before.result, courtType: before.courtType } : { state: k.state },
      after,
    });
  });
}
