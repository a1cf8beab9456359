import { auditActor } from "../../../platform/audit/actor.ts";
import { jakartaInstant } from "../../../platform/calendar/index.ts";
import type { Platform } from "../../../platform/context.ts";
import type { Actor, RequestMeta } from "../../../platform/http/actor.ts";
import { ValidationError } from "../../../platform/http/errors.ts";
import { parseOrThrow } from "../../../platform/http/validation.ts";
import { inTransaction, type Work } from "../../../platform/work.ts";
import { authorize } from "../../access/index.ts";
import { addEvent, loadForUpdate, newTrackingSecret, refreshClock, requestColumns } from "../case.ts";
import { attachFile, checkUpload, putUpload, type Upload } from "../files.ts";
import { loadLaw } from "../law.ts";
import { mailRequester, trackingUrl } from "../notify.ts";
import { ppidRequests } from "../schema.ts";
import { deskRequestForm } from "../schemas.ts";
import { assertTransition } from "../states.ts";
import { registerInTx } from "./submitRequest.ts";

const DAY_MS = 86_400_000;

/**
 * The desk (petugas layanan) enters a request received at the counter, by
 * letter, by phone or by email, with the actual receipt date and time: it is
 * registered at once and its clock counts from that receipt.
 */
export async function createDeskRequest(
  p: Platform,
  actor: Actor | null,
  meta: RequestMeta,
  raw: unknown,
  uploads: { identity?: Upload; proxyLetter?: Upload } = {},
) {
  const prepared = await prepareDeskRequest(p, actor, meta, raw, uploads);
  return inTransaction(p, prepared.who, (w) => insertDeskRequest(p, w, prepared));
}

export type PreparedDeskRequest = Awaited<ReturnType<typeof prepareDeskRequest>>;

/**
 * The part of desk intake that needs no transaction: authorisation, the form,
 * the receipt instant, the uploads checked by content and stored. A command
 * that registers a request inside its own transaction (mail intake) calls this
 * first, then insertDeskRequest with its Work.
 */
export async function prepareDeskRequest(
  p: Platform,
  actor: Actor | null,
  meta: RequestMeta,
  raw: unknown,
  uploads: { identity?: Upload; proxyLetter?: Upload } = {},
) {
  authorize(actor, "ppid.desk");
  const f = parseOrThrow(deskRequestForm, raw);
  let receivedAt: Date;
  try {
    receivedAt = jakartaInstant(f.receivedDate, f.receivedTime);
  } catch {
    throw new ValidationError({ receivedDate: "Tanggal diterima harus tanggal yang benar." });
  }
  if (receivedAt.getTime() > Date.now() + 60_000)
    throw new ValidationError({ receivedDate: "Tanggal dan jam diterima tidak boleh di masa depan." });
  if (receivedAt.getTime() < Date.now() - 365 * DAY_MS) {
    throw new ValidationError({ receivedDate: "Tanggal diterima lebih dari satu tahun yang lalu: periksa kembali." });
  }
  const identity = uploads.identity?.bytes.byteLength ? await checkUpload("identityDocument", "identitas", uploads.identity) : null;
  const proxy = uploads.proxyLetter?.bytes.byteLength ? await checkUpload("proxyLetter", "surat kuasa", uploads.proxyLetter) : null;
  if (f.proxy && !proxy) throw new ValidationError({ proxyLetter: "Unggah surat kuasa dari pemohon." });
  if (!identity && !f.identityChecked) {
    throw new ValidationError({ identityChecked: "Unggah identitas pemohon, atau centang bahwa identitas asli sudah diperiksa di loket." });
  }
  const identityKey = identity ? await putUpload(p, identity) : null;
  const proxyKey = proxy ? await putUpload(p, proxy) : null;
  const who = auditActor(actor, meta, "petugas_layanan");
  const { secret, hash } = newTrackingSecret();
  return { actor, f, receivedAt, identity, proxy, identityKey, proxyKey, who, secret, hash };
}

/** Inserts and registers a prepared desk request in the caller's transaction (event, number, clock, audit, mail). */
export async function insertDeskRequest(p: Platform, w: Work, prepared: PreparedDeskRequest) {
  const { actor, f, receivedAt, identity, proxy, identityKey, proxyKey, who, secret, hash } = prepared;
  const law = await loadLaw(w.tx);
  const [req] = await w.tx
    .insert(ppidRequests)
    .values({
      state: "DIAJUKAN",
      channel: f.channel,
      trackingHash: hash,
      ...requestColumns(f, { identityFile: identityKey, proxyLetterFile: proxyKey }),
      submittedAt: new Date(),
      receivedAt,
    })
    .returning();
  if (identity && identityKey) await attachFile(w, req.id, "identitas", identity, identityKey, { by: actor.userId });
  if (proxy && proxyKey) await attachFile(w, req.id, "surat_kuasa", proxy, proxyKey, { by: actor.userId });
  await addEvent(w, req.id, who, {
    kind: "received",
    at: receivedAt,
    data: { channel: f.channel, identityChecked: f.identityChecked, enteredAt: new Date().toISOString() },
  });
  const n = await registerInTx(w, req, who, actor.userId);
  const { clock } = await refreshClock(w, { id: req.id, dueOn: null }, law);
  await w.audit({
    action: "ppid.request.desk_registered",
    subjectType: "ppid_request",
    subjectId: req.id,
    after: { number: n.number, channel: f.channel, receivedAt: receivedAt.toISOString(), due: clock.due },
  });
  const url = trackingUrl(p, { id: req.id, number: n.number }, secret);
  await mailRequester(
    p,
    w,
    { email: req.email, number: n.number, id: req.id },
    "Permohonan informasi diregistrasi",
    `Yth. ${f.name},\n\nPermohonan informasi Anda telah diregistrasi dengan nomor pendaftaran ${n.number}.\nBatas waktu pemberitahuan tertulis: ${clock.due}.\n\nPantau permohonan Anda di tautan rahasia ini: ${url}`,
    { sensitive: true },
  );
  return { id: req.id, number: n.number, due: clock.due, secret, trackingUrl: url };
}

/** The desk registers a request that arrived online or by email while auto-registration is off. */
export async function registerRequest(p: Platform, actor: Actor | null, meta: RequestMeta, id: string) {
  authorize(actor, "ppid.desk");
  const who = auditActor(actor, meta, "petugas_layanan");
  return inTransaction(p, who, async (w) => {
    const req = await loadForUpdate(w, id);
    assertTransition(req.state, "register");
    const n = await registerInTx(w, req, who, actor.userId);
    const { clock } = await refreshClock(w, req);
    await w.audit({
      action: "ppid.request.registered",
      subjectType: "ppid_request",
      subjectId: id,
      after: { number: n.number, due: clock.due },
    });
    await mailRequester(
      p,
      w,
      { email: req.email, number: n.number, id },
      "Permohonan informasi diregistrasi",
      `Permohonan informasi Anda telah diregistrasi dengan nomor pendaftaran ${n.number}.\nBatas waktu pemberitahuan tertulis: ${clock.due}.`,
    );
    return n;
  });
}
