import type { AuditActor, AuditInput } from "./audit/chain.ts";
import { appendAudit, appendAuditEach } from "./audit/chain.ts";
import type { Platform } from "./context.ts";
import type { Tx } from "./db/client.ts";
import type { MailMessage } from "./mail/mailer.ts";

/** What a command gets inside its transaction: the change, the audit event, jobs and mail commit together. */
export interface Work {
  tx: Tx;
  audit(input: AuditInput): Promise<void>;
  send(job: string, data?: object, opts?: { startAfter?: number | Date; singletonKey?: string }): Promise<void>;
  /** Queues a mail in the outbox and its delivery job, in this transaction. */
  mail(msg: MailMessage): Promise<void>;
  /** For a group commit of several commands: one audit event each, with its own actor, chained in order. */
  auditEach(entries: readonly { actor: AuditActor; input: AuditInput }[]): Promise<void>;
  /** One job per item, enqueued with one insert. */
  sendEach(job: string, items: readonly object[]): Promise<void>;
  /** Several mails queued with one insert (and their delivery jobs). */
  mailEach(msgs: readonly MailMessage[]): Promise<void>;
}

export const MAIL_DELIVER_JOB = "mail.deliver";

/**
 * The one transaction helper for commands. The same transaction goes to Drizzle,
 * to pg-boss and to the audit writer.
 */
export async function inTransaction<T>(p: Platform, actor: AuditActor, fn: (w: Work) => Promise<T>): Promise<T> {
  const result = await p.db.transaction(async (tx) => {
    const w: Work = {
      tx,
      audit: async (input) => {
        await appendAudit(tx, actor, input);
      },
      send: async (job, data, opts) => {
        await p.jobs.send(tx, job, data ?? {}, opts);
      },
      mail: async (msg) => {
        const id = await p.mail.enqueue(tx, msg);
        if (p.mail.smtpConfigured) await p.jobs.send(tx, MAIL_DELIVER_JOB, { id });
      },
      auditEach: async (entries) => {
        await appendAuditEach(tx, entries);
      },
      sendEach: async (job, items) => {
        await p.jobs.sendEach(tx, job, items);
      },
      mailEach: async (msgs) => {
        const ids = await p.mail.enqueueEach(tx, msgs);
        if (p.mail.smtpConfigured)
          await p.jobs.sendEach(
            tx,
            MAIL_DELIVER_JOB,
            ids.map((id) => ({ id })),
          );
      },
    };
    return fn(w);
  });
  p.events.emit("committed");
  return result;
}

/** The audit actor for work done by the system itself (seeding, schedules). */
export const SYSTEM_ACTOR: AuditActor = { id: null, name: "sistem", role: "system" };
