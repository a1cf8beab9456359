import { eq } from "drizzle-orm";
import { auditActor } from "../../../platform/audit/actor.ts";
import { jakartaDate } from "../../../platform/calendar/index.ts";
import type { Platform } from "../../../platform/context.ts";
import type { Actor, RequestMeta } from "../../../platform/http/actor.ts";
import { ValidationError } from "../../../platform/http/errors.ts";
import { parseOrThrow } from "../../../platform/http/validation.ts";
import { inTransaction, type Work } from "../../../platform/work.ts";
import { addEvent, issueNumber, newTrackingSecret, type PpidRequest, startingClock } from "../case.ts";
import { attachFile, type CheckedUpload, checkUpload, fromBase64, putUpload, type Upload } from "../files.ts";
import { loadLaw } from "../law.ts";
import { mailRequester, trackingUrl } from "../notify.ts";
import { ppidRequests } from "../schema.ts";
import { apiRequestBody, onlineRequestForm, type RequestFields } from "../schemas.ts";

export const RECEIPT_JOB = "ppid.receipt";

export interface SubmitResult {
  id: string;
  number: string | null;
  state: PpidRequest["state"];
  due: string | null;
  /** The tracking secret: shown once, mailed, never stored in clear. */
  secret: string;
  trackingUrl: string;
}

async function checkedUploads(
  fields: RequestFields,
  identity: Upload | undefined,
  proxyLetter: Upload | undefined,
): Promise<{ identity: CheckedUpload; proxyLetter?: CheckedUpload }> {
  const label = fields.requesterType === "badan_hukum" ? "SK/akta badan hukum" : "KTP";
  if (!identity || identity.bytes.byteLength === 0) {
    throw new ValidationError({
      identityDocument:
        fields.requesterType === "badan_hukum"
          ? "Unggah salinan SK/akta pendirian badan hukum (PDF, JPG, atau PNG)."
          : "Unggah foto atau pindaian KTP (PDF, JPG, atau PNG).",
    });
  }
  const id = await checkUpload("identityDocument", label, identity);
  if (!fields.proxy) return { identity: id };
  if (!proxyLetter || proxyLetter.bytes.byteLength === 0) {
    throw new ValidationError({ proxyLetter: "Unggah surat kuasa dari pemohon (PDF, JPG, atau PNG)." });
  }
  return { identity: id, proxyLetter: await checkUpload("proxyLetter", "surat kuasa", proxyLetter) };
}

/** Registers a request in its transaction: the gap-free number, the event, the receipt PDF job. */
export async function registerInTx(w: Work, req: PpidRequest, by: Parameters<typeof addEvent>[2], registeredBy: string | null) {
  const year = Number(jakartaDate(req.receivedAt).slice(0, 4));
  const n = await issueNumber(w, year);
  await w.tx
    .update(ppidRequests)
    .set({
      number: n.number,
      year: n.year,
      seq: n.seq,
      letterNumber: n.letter,
      state: "TERREGISTRASI",
      registeredAt: new Date(),
      registeredBy,
      updatedAt: new Date(),
    })
    .where(eq(ppidRequests.id, req.id));
  await addEvent(w, req.id, by, { kind: "registered", data: { number: n.number, letterNumber: n.letter } });
  await w.send(RECEIPT_JOB, { id: req.id });
  return n;
}

/**
 * A citizen files a request online (the form or the JSON API), with or
 * without an account. The clock starts at submission; with the default law
 * data the request is registered at once and gets its number.
 */
export async function submitRequest(
  p: Platform,
  actor: Actor | null,
  meta: RequestMeta,
  input: { channel: "online" | "api"; raw: unknown; identity?: Upload; proxyLetter?: Upload },
): Promise<SubmitResult> {
  let fields: RequestFields;
  let identity = input.identity;
  let proxyLetter = input.proxyLetter;
  if (input.channel === "api") {
    const body = parseOrThrow(apiRequestBody, input.raw);
    fields = body;
    identity = body.identityDocument ? fromBase64(body.identityDocument) : undefined;
    proxyLetter = body.proxyLetter ? fromBase64(body.proxyLetter) : undefined;
  } else {
    fields = parseOrThrow(onlineRequestForm, input.raw);
  }
  const files = await checkedUploads(fields, identity, proxyLetter);
  const identityKey = await putUpload(p, files.identity);
  const proxyKey = files.proxyLetter ? await putUpload(p, files.proxyLetter) : null;
  const citizen = actor?.kind === "citizen" ? actor : null;
  const who = auditActor(citizen, meta, citizen ? "pemohon" : "anonim");
  const { secret, hash } = newTrackingSecret();
  const now = new Date();

  const result = await inTransaction(p, who, async (w) => {
    const law = await loadLaw(w.tx);
    // A brand-new request's clock is its receipt alone: computed here and written with the row.
    const clock = await startingClock(w, law, now);
    const [req] = await w.tx
      .insert(ppidRequests)
      .values({
        state: "DIAJUKAN",
        channel: input.channel,
        trackingHash: hash,
        userId: citizen?.userId ?? null,
        requesterType: fields.requesterType,
        name: fields.name,
        nik: fields.requesterType === "badan_hukum" ? null : (fields.nik ?? null),
        legalDocNumber: fields.legalDocNumber ?? null,
        address: fields.address,
        phone: fields.phone ?? null,
        email: fields.email ?? citizen?.email ?? null,
        occupation: fields.occupation,
        identityFile: identityKey,
        proxyName: fields.proxy ? (fields.proxyName ?? null) : null,
        proxyLetterFile: proxyKey,
        details: fields.details,
        purpose: fields.purpose,
        accessMethods: fields.accessMethods,
        copyDelivery: fields.copyDelivery ?? null,
        hideText: fields.hideText,
        submittedAt: now,
        receivedAt: now,
        dueOn: clock.due,
        clockStatus: clock.status,
        extended: clock.extended,
      })
      .returning();
    await attachFile(w, req.id, "identitas", files.identity, identityKey);
    if (files.proxyLetter && proxyKey) await attachFile(w, req.id, "surat_kuasa", files.proxyLetter, proxyKey);
    await addEvent(w, req.id, who, { kind: "received", at: now, data: { channel: input.channel } });
    let number: string | null = null;
    let state: PpidRequest["state"] = "DIAJUKAN";
    if (law.autoRegisterOnline) {
      number = (await registerInTx(w, req, { ...who, name: "sistem" }, null)).number;
      state = "TERREGISTRASI";
    }
    const url = trackingUrl(p, { id: req.id, number }, secret);
    await mailRequester(
      p,
      w,
      { email: req.email, number, id: req.id },
      "Permohonan informasi diterima",
      [
        `Yth. ${fields.name},`,
        "",
        number
          ? `Permohonan informasi Anda telah diterima dan diregistrasi dengan nomor pendaftaran ${number}.`
          : "Permohonan informasi Anda telah diterima dan menunggu registrasi oleh petugas layanan.",
        clock.due ? `Batas waktu pemberitahuan tertulis: ${clock.due} (${law.responseDays} hari kerja sejak diterima).` : "",
        "",
        `Pantau permohonan Anda di tautan rahasia ini: ${url}`,
      ]
        .filter((l) => l !== null)
        .join("\n"),
      { sensitive: true },
    );
    // Last: the audit chain's head is locked from here to the commit.
    await w.audit({
      action: "ppid.request.submitted",
      subjectType: "ppid_request",
      subjectId: req.id,
      after: { number, channel: input.channel, state, due: clock.due, requesterType: fields.requesterType },
    });
    return { id: req.id, number, state, due: clock.due, url };
  });
  return { id: result.id, number: result.number, state: result.state, due: result.due, secret, trackingUrl: result.url };
}
