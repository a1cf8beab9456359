import { index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const INBOUND_STATUSES = ["baru", "diregistrasi", "digabung", "dibuang"] as const;
export type InboundStatus = (typeof INBOUND_STATUSES)[number];

export interface InboundAttachment {
  name: string;
  mime: string;
  size: number;
  fileKey: string;
}

/**
 * Mail received by the PPID address (the SMTP listener role): the raw message in
 * the file store, its parsed text, and what the desk did with it. Mail to a
 * request's own address is threaded into that request (digabung); the rest waits
 * in the holding pen (baru) until it is registered, threaded by hand or discarded.
 */
export const ppidInboundMail = pgTable(
  "ppid_inbound_mail",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    messageId: text("message_id"),
    inReplyTo: text("in_reply_to"),
    /** The SMTP envelope sender (MAIL FROM), which may differ from the From header. */
    envelopeFrom: text("envelope_from"),
    fromAddress: text("from_address"),
    fromName: text("from_name"),
    /** The recipient the mail was accepted for (a request's address when threaded). */
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull().default(""),
    textBody: text("text_body").notNull().default(""),
    /** The HTML part reduced to plain text (HTML is never rendered). */
    htmlText: text("html_text"),
    receivedAt: ts("received_at").notNull(),
    /** The raw .eml in the file store. */
    rawFileKey: text("raw_file_key").notNull(),
    rawSize: integer("raw_size").notNull(),
    attachments: jsonb("attachments").$type<InboundAttachment[]>().notNull().default([]),
    status: text("status", { enum: INBOUND_STATUSES }).notNull().default("baru"),
    requestId: uuid("request_id"),
    handledBy: uuid("handled_by"),
    handledByName: text("handled_by_name"),
    handledAt: ts("handled_at"),
    /** The reason given when discarded. */
    handledNote: text("handled_note"),
    /** Warning signs: ditandai_spam (X-Spam-Flag from the MTA), balasan_otomatis, tanpa_pengirim, tanpa_isi, pengirim_palsu. */
    spamFlags: jsonb("spam_flags").$type<string[]>().notNull().default([]),
  },
  (t) => [index("ppid_inbound_mail_status_idx").on(t.status, t.receivedAt), index("ppid_inbound_mail_message_id_idx").on(t.messageId)],
);
