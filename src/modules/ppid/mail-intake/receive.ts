/** Storing one received mail: raw bytes and attachments in the file store, the parsed mail and its routing in one transaction. */
import { and, eq } from "drizzle-orm";
import { type AddressObject, simpleParser } from "mailparser";
import type { AuditActor } from "../../../platform/audit/chain.ts";
import type { Platform } from "../../../platform/context.ts";
import { blobs } from "../../../platform/storage/schema.ts";
import { inTransaction } from "../../../platform/work.ts";
import { addEvent } from "../case.ts";
import { ppidRequests } from "../schema.ts";
import { parseRecipient, type Recipient } from "./address.ts";
import { checkAttachments, copyAttachments } from "./attachments.ts";
import { type InboundAttachment, ppidInboundMail } from "./schema.ts";

export const MAIL_INTAKE_ACTOR: AuditActor = { id: null, name: "penerima surel PPID", role: "system" };

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** HTML to plain text for display (tags dropped, entities decoded); the HTML itself is never rendered. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|head)[\s\S]*?<\/\1\s*>/gi, "")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(p|div|li|tr|h[1-6]|blockquote)\s*>/gi, "\n")
    .replace(/<li[^>]*>/gi, "• ")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
      if (e[0] === "#") {
        const n = e[1] === "x" || e[1] === "X" ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
        return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : "";
      }
      return ENTITIES[e.toLowerCase()] ?? all;
    })
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

const firstAddress = (a: AddressObject | AddressObject[] | undefined) => (Array.isArray(a) ? a[0] : a)?.value[0];
const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n) : s);

export interface Envelope {
  mailFrom: string | null;
  rcptTo: string[];
}

export interface Received {
  id: string;
  status: "baru" | "digabung";
  requestId: string | null;
  duplicate: boolean;
}

/**
 * Keeps a mail accepted by the listener. Mail to a request's valid address is
 * threaded into it (an email_received event for staff); anything else lands in
 * the desk's holding pen.
 */
export async function receiveMail(p: Platform, raw: Buffer, envelope: Envelope, receivedAt = new Date()): Promise<Received> {
  const parsed = await simpleParser(raw, { skipHtmlToText: true, skipTextToHtml: true, skipTextLinks: true });
  const recipients = envelope.rcptTo.map((a) => parseRecipient(p, a)).filter((r): r is Recipient => r !== null);
  const target = recipients.find((r) => r.kind === "request") ?? recipients.find((r) => r.kind === "plain") ?? recipients[0];
  const from = firstAddress(parsed.from);
  const htmlText = typeof parsed.html === "string" && parsed.html ? clip(htmlToText(parsed.html), 200_000) : null;
  const textBody = clip((parsed.text ?? "").trim(), 200_000);
  const subject = clip((parsed.subject ?? "").trim(), 500);
  const messageId = parsed.messageId ? clip(parsed.messageId, 500) : null;

  const flags: string[] = [];
  if (/^yes/i.test(String(parsed.headers.get("x-spam-flag") ?? ""))) flags.push("ditandai_spam");
  const auto = String(parsed.headers.get("auto-submitted") ?? "no").toLowerCase();
  if (auto !== "no" || parsed.headers.has("x-autoreply") || /^(bulk|junk|list)$/i.test(String(parsed.headers.get("precedence") ?? ""))) {
    flags.push("balasan_otomatis");
  }
  if (!from?.address) flags.push("tanpa_pengirim");
  if (!textBody && !htmlText && !parsed.attachments.length) flags.push("tanpa_isi");
  // Mail "from" our own intake address (or a request's address) is spoofed or a loop.
  if (from?.address && parseRecipient(p, from.address)) flags.push("pengirim_palsu");

  // Bytes first (content-addressed: a rollback leaves only unreferenced blobs).
  const rawKey = (await p.files.put(raw)).key;
  const attachments: InboundAttachment[] = [];
  for (const a of parsed.attachments) {
    const { key } = await p.files.put(a.content);
    attachments.push({
      name: clip((a.filename ?? "lampiran").replace(/[^\p{L}\p{N}._ -]+/gu, "_"), 200) || "lampiran",
      mime: clip(a.contentType || "application/octet-stream", 100),
      size: a.content.byteLength,
      fileKey: key,
    });
  }

  // Checked before the transaction: copied onto the request if the address turns out to be one.
  const checked =
    target?.kind === "request" ? await checkAttachments(p, attachments, (_a, i) => new Uint8Array(parsed.attachments[i].content)) : null;

  return inTransaction(p, MAIL_INTAKE_ACTOR, async (w) => {
    if (messageId) {
      // The sending server retried a mail we already kept.
      const [dup] = await w.tx
        .select()
        .from(ppidInboundMail)
        .where(and(eq(ppidInboundMail.messageId, messageId), eq(ppidInboundMail.rawFileKey, rawKey)));
      if (dup)
        return {
          id: dup.id,
          status: dup.status === "digabung" ? "digabung" : "baru",
          requestId: dup.requestId,
          duplicate: true,
        } as Received;
    }
    let requestId: string | null = null;
    if (target?.kind === "request") {
      const [req] = await w.tx.select({ id: ppidRequests.id }).from(ppidRequests).where(eq(ppidRequests.number, target.number));
      requestId = req?.id ?? null;
    }
    await w.tx.insert(blobs).values({ sha256: rawKey, size: raw.byteLength, mime: "message/rfc822" }).onConflictDoNothing();
    for (const a of attachments) await w.tx.insert(blobs).values({ sha256: a.fileKey, size: a.size, mime: a.mime }).onConflictDoNothing();
    const status = requestId ? "digabung" : "baru";
    const [row] = await w.tx
      .insert(ppidInboundMail)
      .values({
        messageId,
        inReplyTo: parsed.inReplyTo ? clip(parsed.inReplyTo, 500) : null,
        envelopeFrom: envelope.mailFrom ? clip(envelope.mailFrom, 300) : null,
        fromAddress: from?.address ? clip(from.address.toLowerCase(), 300) : null,
        fromName: from?.name ? clip(from.name, 200) : null,
        toAddress: clip(target?.address ?? envelope.rcptTo[0] ?? "", 300),
        subject,
        textBody,
        htmlText,
        receivedAt,
        rawFileKey: rawKey,
        rawSize: raw.byteLength,
        attachments,
        status,
        requestId,
        spamFlags: flags,
      })
      .returning({ id: ppidInboundMail.id });
    if (requestId) {
      const copied = checked ? await copyAttachments(w, requestId, checked, null) : { files: [], skipped: [] };
      await addEvent(
        w,
        requestId,
        { id: null, name: from?.name || from?.address || "pengirim tidak dikenal", role: "email" },
        {
          kind: "email_received",
          at: receivedAt,
          visibility: "staff",
          note: subject || null,
          data: { inboundId: row.id, from: from?.address ?? null, subject, ...copied },
        },
      );
    }
    await w.audit({
      action: "ppid.mail.received",
      subjectType: "ppid_inbound_mail",
      subjectId: row.id,
      after: {
        messageId,
        from: from?.address ?? null,
        to: target?.address ?? null,
        subject,
        status,
        requestId,
        spamFlags: flags,
        attachments: attachments.length,
      },
    });
    return { id: row.id, status, requestId, duplicate: false } as Received;
  });
}
