import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import nodemailer, { type Transporter } from "nodemailer";
import type { Executor } from "../db/client.ts";
import type { Logger } from "../logging/logger.ts";
import { outbox } from "./schema.ts";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** The text holds a secret link: removed from the outbox once delivered over SMTP. */
  sensitive?: boolean;
  /** Where replies go (a PPID request's own address, so a reply threads into it). */
  replyTo?: string;
}

export const REDACTED_TEXT = "[Isi surel ini memuat tautan rahasia dan dihapus dari kotak keluar setelah terkirim.]";

/**
 * Mail goes through the outbox table first (inside the caller's transaction),
 * then a job delivers it over SMTP. Without SMTP configured it is held in the
 * outbox, which admins read in the app.
 */
export class Mailer {
  private readonly transport: Transporter | null;

  constructor(
    smtpUrl: string | undefined,
    private readonly from: string,
    private readonly log: Logger,
  ) {
    this.transport = smtpUrl ? nodemailer.createTransport(smtpUrl) : null;
  }

  get smtpConfigured(): boolean {
    return this.transport !== null;
  }

  /** Records the message; returns its outbox id. Deliver with `deliver(id)` from a job. */
  async enqueue(db: Executor, msg: MailMessage): Promise<string> {
    const [id] = await this.enqueueEach(db, [msg]);
    return id;
  }

  /** Records several messages with one insert; returns their outbox ids in order. */
  async enqueueEach(db: Executor, msgs: readonly MailMessage[]): Promise<string[]> {
    if (!msgs.length) return [];
    const status = this.transport ? "queued" : "held";
    const rows = msgs.map((msg) => ({ ...msg, id: randomUUID(), status }) as const);
    await db.insert(outbox).values(rows);
    return rows.map((r) => r.id);
  }

  async deliver(db: Executor, id: string): Promise<void> {
    if (!this.transport) return;
    const [msg] = await db.select().from(outbox).where(eq(outbox.id, id));
    if (!msg || msg.status === "sent") return;
    try {
      await this.transport.sendMail({
        from: this.from,
        to: msg.to,
        replyTo: msg.replyTo ?? undefined,
        subject: msg.subject,
        text: msg.text,
        html: msg.html ?? undefined,
      });
      await db
        .update(outbox)
        .set({ status: "sent", sentAt: new Date(), error: null, ...(msg.sensitive ? { text: REDACTED_TEXT, html: null } : {}) })
        .where(eq(outbox.id, id));
    } catch (e) {
      this.log.warn({ outbox: id, err: (e as Error).message }, "mail delivery failed");
      await db
        .update(outbox)
        .set({ status: "failed", error: (e as Error).message })
        .where(eq(outbox.id, id));
      throw e;
    }
  }
}

/** Removes every outbox mail to an address (a citizen deleting their account takes their mail with them). */
export async function deleteMailTo(db: Executor, to: string): Promise<number> {
  const gone = await db.delete(outbox).where(eq(outbox.to, to)).returning({ id: outbox.id });
  return gone.length;
}
