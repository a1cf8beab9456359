import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { auditActor } from "../../../platform/audit/actor.ts";
import type { AuditActor } from "../../../platform/audit/chain.ts";
import { jakartaDate } from "../../../platform/calendar/index.ts";
import type { Platform } from "../../../platform/context.ts";
import { GroupCommit } from "../../../platform/db/group-commit.ts";
import type { Actor, RequestMeta } from "../../../platform/http/actor.ts";
import { ValidationError } from "../../../platform/http/errors.ts";
import { parseOrThrow } from "../../../platform/http/validation.ts";
import { inTransaction, type Work } from "../../../platform/work.ts";
import {
  addEvent,
  addEvents,
  issueNumber,
  issueNumbers,
  newTrackingSecret,
  type PpidRequest,
  requestColumns,
  startingClock,
} from "../case.ts";
import { attachFiles, type CheckedUpload, checkUpload, fromBase64, putUpload, type Upload } from "../files.ts";
import { loadLaw } from "../law.ts";
import { requesterMail, trackingUrl } from "../notify.ts";
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

/** A submission checked and its files stored, waiting for its transaction. */
interface Prepared {
  id: string;
  channel: "online" | "api";
  fields: RequestFields;
  files: { identity: CheckedUpload; proxyLetter?: CheckedUpload };
  identityKey: string;
  proxyKey: string | null;
  citizen: { userId: string; email: string | null } | null;
  who: AuditActor;
  secret: string;
  hash: string;
  now: Date;
}

/**
 * A citizen files a request online (the form or the JSON API), with or
 * without an account. The clock starts at submission; with the default law
 * data the request is registered at once and gets its number.
 *
 * Input is checked and files are stored first; the rows are then written by a
 * group commit (platform/db/group-commit.ts): submissions arriving while one
 * transaction runs are written together in the next, and each is answered
 * only after its commit.
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
  const { secret, hash } = newTrackingSecret();
  const prepared: Prepared = {
    id: randomUUID(),
    channel: input.channel,
    fields,
    files,
    identityKey,
    proxyKey,
    citizen: citizen ? { userId: citizen.userId, email: citizen.email ?? null } : null,
    who: auditActor(citizen, meta, citizen ? "pemohon" : "anonim"),
    secret,
    hash,
    now: new Date(),
  };
  return submissionsOf(p).submit(prepared);
}

const submissionCommits = new WeakMap<Platform, GroupCommit<Prepared, SubmitResult>>();

function submissionsOf(p: Platform): GroupCommit<Prepared, SubmitResult> {
  let g = submissionCommits.get(p);
  if (!g) {
    g = new GroupCommit((items) => writeSubmissions(p, items));
    submissionCommits.set(p, g);
  }
  return g;
}

/** Writes prepared submissions in one transaction: a few multi-row inserts, one audit event each. */
async function writeSubmissions(p: Platform, items: Prepared[]): Promise<SubmitResult[]> {
  return inTransaction(p, items[0].who, async (w) => {
    const law = await loadLaw(w.tx);
    const register = law.autoRegisterOnline;
    const registeredAt = new Date();
    // A brand-new request's clock is its receipt alone: computed here and written with the row.
    const clocks: Awaited<ReturnType<typeof startingClock>>[] = [];
    for (const it of items) clocks.push(await startingClock(w, law, it.now));
    const numbers = register
      ? await issueNumbers(
          w,
          items.map((it) => Number(jakartaDate(it.now).slice(0, 4))),
        )
      : [];
    await w.tx.insert(ppidRequests).values(
      items.map((it, i) => {
        const f = it.fields;
        const n = numbers[i];
        return {
          id: it.id,
          state: n ? ("TERREGISTRASI" as const) : ("DIAJUKAN" as const),
          number: n?.number ?? null,
          year: n?.year ?? null,
          seq: n?.seq ?? null,
          letterNumber: n?.letter ?? null,
          registeredAt: n ? registeredAt : null,
          channel: it.channel,
          trackingHash: it.hash,
          userId: it.citizen?.userId ?? null,
          ...requestColumns(f, { identityFile: it.identityKey, proxyLetterFile: it.proxyKey, email: it.citizen?.email }),
          submittedAt: it.now,
          receivedAt: it.now,
          dueOn: clocks[i].due,
          clockStatus: clocks[i].status,
          extended: clocks[i].extended,
        };
      }),
    );
    await attachFiles(
      w,
      items.flatMap((it) => [
        { requestId: it.id, purpose: "identitas" as const, upload: it.files.identity, fileKey: it.identityKey },
        ...(it.files.proxyLetter && it.proxyKey
          ? [{ requestId: it.id, purpose: "surat_kuasa" as const, upload: it.files.proxyLetter, fileKey: it.proxyKey }]
          : []),
      ]),
    );
    await addEvents(
      w,
      items.flatMap((it, i) => [
        { requestId: it.id, actor: it.who, event: { kind: "received", at: it.now, data: { channel: it.channel } } },
        ...(numbers[i]
          ? [
              {
                requestId: it.id,
                actor: { ...it.who, name: "sistem" },
                event: { kind: "registered", at: registeredAt, data: { number: numbers[i].number, letterNumber: numbers[i].letter } },
              },
            ]
          : []),
      ]),
    );
    if (register)
      await w.sendEach(
        RECEIPT_JOB,
        items.map((it) => ({ id: it.id })),
      );
    const results = items.map((it, i): SubmitResult => {
      const number = numbers[i]?.number ?? null;
      return {
        id: it.id,
        number,
        state: number ? "TERREGISTRASI" : "DIAJUKAN",
        due: clocks[i].due,
        secret: it.secret,
        trackingUrl: trackingUrl(p, { id: it.id, number }, it.secret),
      };
    });
    await w.mailEach(
      items.flatMap((it, i) => {
        const r = results[i];
        const msg = requesterMail(
          p,
          { email: it.fields.email ?? it.citizen?.email ?? null, number: r.number, id: it.id },
          "Permohonan informasi diterima",
          [
            `Yth. ${it.fields.name},`,
            "",
            r.number
              ? `Permohonan informasi Anda telah diterima dan diregistrasi dengan nomor pendaftaran ${r.number}.`
              : "Permohonan informasi Anda telah diterima dan menunggu registrasi oleh petugas layanan.",
            r.due ? `Batas waktu pemberitahuan tertulis: ${r.due} (${law.responseDays} hari kerja sejak diterima).` : "",
            "",
            `Pantau permohonan Anda di tautan rahasia ini: ${r.trackingUrl}`,
          ].join("\n"),
          { sensitive: true },
        );
        return msg ? [msg] : [];
      }),
    );
    // Last: the audit chain's head is locked from here to the commit.
    await w.auditEach(
      items.map((it, i) => ({
        actor: it.who,
        input: {
          action: "ppid.request.submitted",
          subjectType: "ppid_request",
          subjectId: it.id,
          after: {
            number: results[i].number,
            channel: it.channel,
            state: results[i].state,
            due: results[i].due,
            requesterType: it.fields.requesterType,
          },
        },
      })),
    );
    return results;
  });
}
