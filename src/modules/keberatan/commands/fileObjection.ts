/**
 * Filing an objection: online by the requester (the request's number and its
 * tracking code, or signed in as its owner) or at the desk with the actual
 * receipt date. Each chosen reason must be open on the day of receipt.
 */
import { and, eq, inArray } from "drizzle-orm";
import { auditActor } from "../../../platform/audit/actor.ts";
import { deadlineFromReceipt, jakartaDate, jakartaInstant, loadCalendar } from "../../../platform/calendar/index.ts";
import type { Platform } from "../../../platform/context.ts";
import type { Actor, RequestMeta } from "../../../platform/http/actor.ts";
import { ValidationError } from "../../../platform/http/errors.ts";
import { parseOrThrow } from "../../../platform/http/validation.ts";
import { inTransaction } from "../../../platform/work.ts";
import { authorize } from "../../access/index.ts";
import { addEvent, calendarOptions, findRequestByRef, isRequester, loadLaw, objectionDates, type PpidRequest } from "../../ppid/index.ts";
import { addObjectionEvent, issueObjectionNumber, mailFiler, newSecret, objectionTrackingPath } from "../case.ts";
import { deskObjectionForm, type ObjectionFields, publicObjectionForm } from "../forms.ts";
import { assertReasonsOpen, REASON_LABEL, reasonWindows } from "../reasons.ts";
import { keberatan } from "../schema.ts";

export const OBJECTION_RECEIPT_JOB = "keberatan.receipt";

export interface FileResult {
  id: string;
  number: string;
  due: string;
  secret: string;
  trackingUrl: string;
}

const NOT_FOUND = "Nomor pendaftaran atau kode pelacakan tidak cocok. Periksa surel tanda terima permohonan Anda.";

/** The request objected to, or a ValidationError on `nomor`. */
async function requestFor(p: Platform, nomor: string): Promise<PpidRequest> {
  const req = await findRequestByRef(p.db, nomor);
  if (!req?.number) throw new ValidationError({ nomor: NOT_FOUND });
  if (req.state === "DITARIK") throw new ValidationError({ nomor: "Permohonan ini sudah ditarik: keberatan tidak dapat diajukan." });
  return req;
}

/** The windows of every reason of a request as of `today` (for the form and the check). */
export async function windowsFor(p: Platform, requestId: string, today: string) {
  const dates = await objectionDates(p.db, requestId);
  if (!dates) return [];
  const [cal, law] = await Promise.all([loadCalendar(p.db), loadLaw(p.db)]);
  return reasonWindows(cal, law, dates, today);
}

async function fileInTx(
  p: Platform,
  actor: Actor | null,
  meta: RequestMeta,
  req: PpidRequest,
  f: ObjectionFields,
  opts: { channel: "online" | "desk"; receivedAt: Date; role: string },
): Promise<FileResult> {
  const who = auditActor(actor, meta, opts.role);
  const { secret, hash } = newSecret();
  return inTransaction(p, who, async (w) => {
    const [open] = await w.tx
      .select({ number: keberatan.number })
      .from(keberatan)
      .where(and(eq(keberatan.requestId, req.id), inArray(keberatan.state, ["DIAJUKAN", "TERREGISTRASI", "DITERUSKAN_KE_ATASAN"])));
    if (open) throw new ValidationError({ nomor: `Keberatan ${open.number} atas permohonan ini masih diproses.` });
    const [cal, law] = await Promise.all([loadCalendar(w.tx), loadLaw(w.tx)]);
    const dates = await objectionDates(w.tx, req.id);
    if (!dates) throw new ValidationError({ nomor: NOT_FOUND });
    assertReasonsOpen(reasonWindows(cal, law, dates, jakartaDate(opts.receivedAt)), f.reasons);
    const due = deadlineFromReceipt(cal, opts.receivedAt, law.atasanDecisionDays, calendarOptions(law)).due;
    const n = await issueObjectionNumber(w, Number(jakartaDate(opts.receivedAt).slice(0, 4)));
    const now = new Date();
    const [row] = await w.tx
      .insert(keberatan)
      .values({
        number: n.number,
        year: n.year,
        seq: n.seq,
        requestId: req.id,
        reasons: f.reasons,
        kasusPosisi: f.kasusPosisi,
        purpose: f.purpose,
        filerName: req.name,
        proxyName: f.proxyName ?? req.proxyName ?? null,
        email: f.email ?? req.email ?? (actor?.kind === "citizen" ? actor.email : null),
        phone: f.phone ?? req.phone ?? null,
        filedBy: actor?.kind === "citizen" ? actor.userId : null,
        channel: opts.channel,
        trackingHash: hash,
        state: "TERREGISTRASI",
        filedAt: now,
        receivedAt: opts.receivedAt,
        dueOn: due,
      })
      .returning();
    await addObjectionEvent(w, row.id, who, { kind: "received", at: opts.receivedAt, data: { channel: opts.channel } });
    await addObjectionEvent(
      w,
      row.id,
      { ...who, name: opts.channel === "desk" ? who.name : "sistem" },
      {
        kind: "registered",
        data: { number: n.number, due },
      },
    );
    await addEvent(w, req.id, who, {
      kind: "objection_filed",
      note: `Keberatan ${n.number} diajukan.`,
      data: { number: n.number, id: row.id },
    });
    await w.send(OBJECTION_RECEIPT_JOB, { id: row.id });
    await w.audit({
      action: "keberatan.filed",
      subjectType: "keberatan",
      subjectId: row.id,
      after: {
        number: n.number,
        request: req.number,
        reasons: f.reasons,
        channel: opts.channel,
        receivedAt: opts.receivedAt.toISOString(),
        due,
      },
    });
    const url = `${p.config.baseUrl}${objectionTrackingPath(n.number, secret)}`;
    await mailFiler(
      w,
      row,
      "Keberatan diterima",
      [
        `Yth. ${req.name},`,
        "",
        `Keberatan Anda atas permohonan informasi ${req.number} telah diregistrasi dengan nomor ${n.number}.`,
        `Alasan: ${f.reasons.map((r) => `(${r}) ${REASON_LABEL[r]}`).join("; ")}.`,
        `Atasan PPID wajib memberikan tanggapan tertulis paling lambat ${due} (${law.atasanDecisionDays} hari kerja sejak keberatan diterima).`,
        "",
        `Pantau keberatan Anda di tautan rahasia ini: ${url}`,
      ].join("\n"),
      true,
    );
    return { id: row.id, number: n.number, due, secret, trackingUrl: url };
  });
}

/** The requester files online; now is the instant of receipt. */
export async function fileObjection(p: Platform, actor: Actor | null, meta: RequestMeta, raw: unknown): Promise<FileResult> {
  const f = parseOrThrow(publicObjectionForm, raw);
  const req = await requestFor(p, f.nomor);
  if (!isRequester(req, actor, f.kode)) throw new ValidationError({ nomor: NOT_FOUND });
  return fileInTx(p, actor, meta, req, f, { channel: "online", receivedAt: new Date(), role: actor ? "pemohon" : "anonim" });
}

/** The desk enters an objection received at the counter or by letter, with its actual receipt date. */
export async function fileDeskObjection(p: Platform, actor: Actor | null, meta: RequestMeta, raw: unknown): Promise<FileResult> {
  authorize(actor, "keberatan.desk");
  const f = parseOrThrow(deskObjectionForm, raw);
  let receivedAt: Date;
  try {
    receivedAt = jakartaInstant(f.receivedDate, f.receivedTime);
  } catch {
    throw new ValidationError({ receivedDate: "Tanggal diterima harus tanggal yang benar." });
  }
  if (receivedAt.getTime() > Date.now() + 60_000)
    throw new ValidationError({ receivedDate: "Tanggal dan jam diterima tidak boleh di masa depan." });
  const req = await requestFor(p, f.nomor);
  if (receivedAt < req.receivedAt)
    throw new ValidationError({ receivedDate: "Keberatan tidak mungkin diterima sebelum permohonannya diterima." });
  return fileInTx(p, actor, meta, req, f, { channel: "desk", receivedAt, role: "petugas_layanan" });
}
