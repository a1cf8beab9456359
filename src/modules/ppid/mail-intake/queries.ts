import { asc, count, desc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Platform } from "../../../platform/context.ts";
import { ppidRequests } from "../schema.ts";
import { INBOUND_STATUSES, type InboundStatus, ppidInboundMail } from "./schema.ts";

const uuid = z.uuid();

/** One page of the holding pen (or of mails already handled), oldest waiting first. */
export async function listInbound(db: Platform["db"], status: InboundStatus, limit = 100) {
  const rows = await db
    .select({
      id: ppidInboundMail.id,
      fromAddress: ppidInboundMail.fromAddress,
      fromName: ppidInboundMail.fromName,
      subject: ppidInboundMail.subject,
      receivedAt: ppidInboundMail.receivedAt,
      attachments: ppidInboundMail.attachments,
      spamFlags: ppidInboundMail.spamFlags,
      requestId: ppidInboundMail.requestId,
      number: ppidRequests.number,
    })
    .from(ppidInboundMail)
    .leftJoin(ppidRequests, eq(ppidRequests.id, ppidInboundMail.requestId))
    .where(eq(ppidInboundMail.status, status))
    .orderBy(status === "baru" ? asc(ppidInboundMail.receivedAt) : desc(ppidInboundMail.receivedAt))
    .limit(limit);
  return rows;
}

export async function countByStatus(db: Platform["db"]): Promise<Record<InboundStatus, number>> {
  const out = Object.fromEntries(INBOUND_STATUSES.map((s) => [s, 0])) as Record<InboundStatus, number>;
  const rows = await db.select({ status: ppidInboundMail.status, n: count() }).from(ppidInboundMail).groupBy(ppidInboundMail.status);
  for (const r of rows) out[r.status] = Number(r.n);
  return out;
}

/** A mail with the number of the request it belongs to (null for a malformed id). */
export async function getInbound(db: Platform["db"], id: string) {
  if (!uuid.safeParse(id).success) return null;
  const [row] = await db
    .select({ mail: ppidInboundMail, number: ppidRequests.number })
    .from(ppidInboundMail)
    .leftJoin(ppidRequests, eq(ppidRequests.id, ppidInboundMail.requestId))
    .where(eq(ppidInboundMail.id, id));
  return row ? { ...row.mail, number: row.number } : null;
}

export type InboundView = NonNullable<Awaited<ReturnType<typeof getInbound>>>;
