/**
 * After the decision: the requester (with the objection's tracking code, or
 * signed in as its filer) or the desk records whether they accept it —
 * PUAS → SELESAI, TIDAK PUAS → SENGKETA — and staff track the dispute at the
 * Komisi Informasi (stages, dates, outcome, court appeal).
 */
import { eq } from "drizzle-orm";
import { auditActor } from "../../../platform/audit/actor.ts";
import { formatCivilDate, jakartaDate, loadCalendar } from "../../../platform/calendar/index.ts";
import type { Platform } from "../../../platform/context.ts";
import type { Actor, RequestMeta } from "../../../platform/http/actor.ts";
import { type FieldErrors, forbidden, ValidationError } from "../../../platform/http/errors.ts";
import { parseOrThrow } from "../../../platform/http/validation.ts";
import { inTransaction } from "../../../platform/work.ts";
import { authorize, can } from "../../access/index.ts";
import { addEvent, getRequest, loadLaw } from "../../ppid/index.ts";
import { addObjectionEvent, assertState, loadObjectionForUpdate, type Objection, secretMatches } from "../case.ts";
import { responseForm, SENGKETA_DATES, type SengketaFields, sengketaForm } from "../forms.ts";
import { disputeWindow } from "../reasons.ts";
import { keberatan, sengketa } from "../schema.ts";

/** Whether this person filed the objection: its citizen account, or whoever holds its tracking code. */
/** The filer: the objection's secret, or a signed-in citizen who filed it or whose request it is about. */
export function isFiler(
  k: Pick<Objection, "filedBy" | "trackingHash">,
  actor: Actor | null,
  secret?: string | null,
  requestOwner?: string | null,
): boolean {
  if (actor?.kind === "citizen" && ((k.filedBy && actor.userId === k.filedBy) || (requestOwner && actor.userId === requestOwner)))
    return true;
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
    const owner = actor?.kind === "citizen" ? ((await getRequest(w.tx, k.requestId))?.userId ?? null) : null;
    if (!byDesk && !isFiler(k, actor, opts.secret, owner)) throw forbidden("Hanya pemohon yang dapat menyampaikan tanggapan ini.");
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

const day = (d: string) => formatCivilDate("id", d);

/**
 * The filing date against the window of Pasal 37(2): not before the Atasan
 * PPID's decision (or, without one, before its due date passed), and not after
 * law.disputeWindowDays working days from then.
 */
function checkFilingWindow(
  f: Pick<SengketaFields, "filedOn">,
  k: Objection,
  w: NonNullable<ReturnType<typeof disputeWindow>>,
  days: number,
): FieldErrors {
  const filed = f.filedOn as string;
  if (w.basis === "decision" && filed < w.from) {
    return { filedOn: `Tanggal pengajuan ke Komisi Informasi tidak boleh sebelum tanggapan Atasan PPID (${day(w.from)}).` };
  }
  if (w.basis === "no_decision" && filed <= k.dueOn) {
    return {
      filedOn: `Tanpa tanggapan Atasan PPID, sengketa baru dapat diajukan sesudah batas waktu tanggapannya (${day(k.dueOn)}) lewat.`,
    };
  }
  if (filed > w.lastDay) {
    const since = w.basis === "decision" ? "sejak tanggapan Atasan PPID" : "sejak batas waktu tanggapan Atasan PPID lewat";
    return {
      filedOn: `Sengketa harus diajukan ke Komisi Informasi paling lambat ${day(w.lastDay)} (${days} hari kerja ${since}, UU 14/2008 Pasal 37 ayat (2)); tanggal pengajuan ${day(filed)} sudah melewati batas itu.`,
    };
  }
  return {};
}

/**
 * Records or updates the dispute at the Komisi Informasi. Allowed once the
 * requester was not satisfied (SENGKETA), or when the Atasan PPID's due date
 * passed without a decision (Pasal 37(2)); the objection then moves to SENGKETA.
 * Every date is a real date, none in the future, in the order things happen,
 * and the filing date within the dispute window; nothing is saved otherwise.
 */
export async function saveSengketa(p: Platform, actor: Actor | null, meta: RequestMeta, id: string, raw: unknown) {
  authorize(actor, "keberatan.desk");
  const f = parseOrThrow(sengketaForm, raw);
  const today = jakartaDate(new Date());
  const future: FieldErrors = {};
  for (const k of SENGKETA_DATES) if (f[k] && f[k] > today) future[k] = `Tanggal tidak boleh sesudah hari ini (${day(today)}).`;
  if (Object.keys(future).length) throw new ValidationError(future);
  const who = auditActor(actor, meta, "petugas_layanan");
  return inTransaction(p, who, async (w) => {
    const k = await loadObjectionForUpdate(w, id);
    const undecidedLate = (k.state === "TERREGISTRASI" || k.state === "DITERUSKAN_KE_ATASAN") && k.dueOn < today;
    if (!undecidedLate) assertState(k, ["SENGKETA"]);
    const [cal, law] = await Promise.all([loadCalendar(w.tx), loadLaw(w.tx)]);
    const [before] = await w.tx.select().from(sengketa).where(eq(sengketa.keberatanId, id));
    // The window is checked when the filing date is set or changed (a stage update keeps it).
    const window = before?.filedOn === f.filedOn ? null : disputeWindow(cal, law, k, today);
    const late = window ? checkFilingWindow(f, k, window, law.disputeWindowDays) : {};
    if (Object.keys(late).length) throw new ValidationError(late);
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
