/** What the desk does with a mail in the holding pen: register it as a request, thread it into one, or discard it. */
import { eq } from "drizzle-orm";
import { z } from "zod";
import { auditActor } from "../../../platform/audit/actor.ts";
import { jakartaDate, jakartaTime } from "../../../platform/calendar/index.ts";
import type { Platform } from "../../../platform/context.ts";
import type { Actor, RequestMeta } from "../../../platform/http/actor.ts";
import { conflict, notFound, ValidationError } from "../../../platform/http/errors.ts";
import { parseOrThrow } from "../../../platform/http/validation.ts";
import { inTransaction, type Work } from "../../../platform/work.ts";
import { authorize } from "../../access/index.ts";
import { addEvent, NUMBER_RE } from "../case.ts";
import { insertDeskRequest, prepareDeskRequest } from "../commands/deskRequests.ts";
import type { Upload } from "../files.ts";
import { ppidRequests } from "../schema.ts";
import { reasonSchema } from "../schemas.ts";
import { checkAttachments, copyAttachments } from "./attachments.ts";
import { type InboundStatus, ppidInboundMail } from "./schema.ts";

export type InboundMail = typeof ppidInboundMail.$inferSelect;

const STATUS_DONE: Record<Exclude<InboundStatus, "baru">, string> = {
  diregistrasi: "Surel ini sudah diregistrasi sebagai permohonan.",
  digabung: "Surel ini sudah digabungkan ke sebuah permohonan.",
  dibuang: "Surel ini sudah dibuang.",
};

/** Locks a mail that is still waiting in the holding pen. */
async function lockWaiting(w: Work, id: string): Promise<InboundMail> {
  const [m] = await w.tx.select().from(ppidInboundMail).where(eq(ppidInboundMail.id, id)).for("update");
  if (!m) throw notFound("Surel tidak ditemukan.");
  if (m.status !== "baru") throw conflict(STATUS_DONE[m.status]);
  return m;
}

const handled = (actor: Actor, status: InboundStatus, extra: Partial<InboundMail> = {}) => ({
  status,
  handledBy: actor.userId,
  handledByName: actor.name,
  handledAt: new Date(),
  ...extra,
});

export const threadForm = z.object({
  number: z
    .string({ error: "Isi nomor pendaftaran permohonan." })
    .trim()
    .toUpperCase()
    .min(1, "Isi nomor pendaftaran permohonan.")
    .regex(NUMBER_RE, "Nomor pendaftaran berbentuk PPID-TTTT-NNNNNN, misalnya PPID-2026-000123."),
});

/** The mail, unlocked (to read its attachments before the transaction that locks it). */
async function findMail(p: Platform, id: string): Promise<InboundMail> {
  const [m] = await p.db.select().from(ppidInboundMail).where(eq(ppidInboundMail.id, id));
  if (!m) throw notFound("Surel tidak ditemukan.");
  if (m.status !== "baru") throw conflict(STATUS_DONE[m.status]);
  return m;
}

/** Threads a mail into a request by its number (a reply that came to the plain address); its attachments become the requester's files. */
export async function threadMail(p: Platform, actor: Actor | null, meta: RequestMeta, id: string, raw: unknown) {
  authorize(actor, "ppid.desk");
  const { number } = parseOrThrow(threadForm, raw);
  const checked = await checkAttachments(p, (await findMail(p, id)).attachments);
  const who = auditActor(actor, meta, "petugas_layanan");
  return inTransaction(p, who, async (w) => {
    const m = await lockWaiting(w, id);
    const [req] = await w.tx.select({ id: ppidRequests.id }).from(ppidRequests).where(eq(ppidRequests.number, number));
    if (!req) throw new ValidationError({ number: `Permohonan ${number} tidak ditemukan.` });
    const copied = await copyAttachments(w, req.id, checked, actor.userId);
    await w.tx
      .update(ppidInboundMail)
      .set(handled(actor, "digabung", { requestId: req.id }))
      .where(eq(ppidInboundMail.id, id));
    await addEvent(w, req.id, who, {
      kind: "email_received",
      at: m.receivedAt,
      visibility: "staff",
      note: m.subject || null,
      data: { inboundId: m.id, from: m.fromAddress, subject: m.subject, threadedBy: actor.name, ...copied },
    });
    await w.audit({
      action: "ppid.mail.threaded",
      subjectType: "ppid_inbound_mail",
      subjectId: id,
      before: { status: m.status },
      after: { status: "digabung", requestId: req.id, number, files: copied.files.map((f) => f.id) },
    });
    return { requestId: req.id, number };
  });
}

/** Discards a mail (spam, not a request) with a reason; it stays on record. */
export async function discardMail(p: Platform, actor: Actor | null, meta: RequestMeta, id: string, raw: unknown) {
  authorize(actor, "ppid.desk");
  const { reason } = parseOrThrow(reasonSchema, raw);
  await inTransaction(p, auditActor(actor, meta, "petugas_layanan"), async (w) => {
    const m = await lockWaiting(w, id);
    await w.tx
      .update(ppidInboundMail)
      .set(handled(actor, "dibuang", { handledNote: reason }))
      .where(eq(ppidInboundMail.id, id));
    await w.audit({
      action: "ppid.mail.discarded",
      subjectType: "ppid_inbound_mail",
      subjectId: id,
      before: { status: m.status },
      after: { status: "dibuang", reason },
    });
  });
}

/** The date and time (WIB) a mail was received: its receipt for the clock. */
export const receiptOf = (m: Pick<InboundMail, "receivedAt">) => ({
  receivedDate: jakartaDate(m.receivedAt),
  receivedTime: jakartaTime(m.receivedAt),
});

/**
 * Registers a mailed request in one transaction: the mail is locked (registered
 * once only), the desk intake runs with channel email and the mail's arrival as
 * the receipt (an attachment of the mail may serve as the identity document),
 * the mail is marked registered with the request's id, and both audit events
 * commit with it; any refusal leaves neither a request nor a handled mail.
 */
export async function registerFromMail(p: Platform, actor: Actor | null, meta: RequestMeta, id: string, raw: Record<string, unknown>) {
  authorize(actor, "ppid.desk");
  const m = await findMail(p, id);
  let identity: Upload | undefined;
  const pick = typeof raw.identityAttachment === "string" ? raw.identityAttachment : "";
  if (pick) {
    const a = m.attachments[Number(pick)];
    const bytes = a && /^\d+$/.test(pick) ? await p.files.get(a.fileKey) : null;
    if (!a || !bytes) throw new ValidationError({ identityAttachment: "Lampiran yang dipilih tidak ditemukan." });
    identity = { name: a.name, bytes: new Uint8Array(bytes) };
  }
  const prepared = await prepareDeskRequest(
    p,
    actor,
    meta,
    { ...raw, channel: "email", ...receiptOf(m) },
    identity ? { identity } : {},
  ).catch((e) => {
    // The desk's check of an upload names its own field: point it at the attachment choice.
    if (e instanceof ValidationError && e.fields.identityDocument) {
      e.fields.identityAttachment = e.fields.identityDocument;
      delete e.fields.identityDocument;
    }
    throw e;
  });
  const who = prepared.who;
  return inTransaction(p, who, async (w) => {
    const locked = await lockWaiting(w, id);
    const created = await insertDeskRequest(p, w, prepared);
    await w.tx
      .update(ppidInboundMail)
      .set(handled(actor, "diregistrasi", { requestId: created.id }))
      .where(eq(ppidInboundMail.id, id));
    await addEvent(w, created.id, who, {
      kind: "email_received",
      at: locked.receivedAt,
      visibility: "staff",
      note: locked.subject || null,
      data: { inboundId: locked.id, from: locked.fromAddress, subject: locked.subject, registered: true },
    });
    await w.audit({
      action: "ppid.mail.registered",
      subjectType: "ppid_inbound_mail",
      subjectId: id,
      before: { status: locked.status },
      after: { status: "diregistrasi", requestId: created.id, number: created.number },
    });
    return created;
  });
}
