import { desc, eq, sql } from "drizzle-orm";
import type { Executor } from "../../platform/db/client.ts";
import { outbox } from "../../platform/mail/schema.ts";

export const OUTBOX_PER_PAGE = 25;

export async function listOutbox(db: Executor, page: number) {
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(outbox);
  const rows = await db
    .select({ id: outbox.id, to: outbox.to, subject: outbox.subject, status: outbox.status, createdAt: outbox.createdAt })
    .from(outbox)
    .orderBy(desc(outbox.createdAt), desc(outbox.id))
    .limit(OUTBOX_PER_PAGE)
    .offset((page - 1) * OUTBOX_PER_PAGE);
  return { rows, total: Number(n) };
}

export async function getMail(db: Executor, id: string) {
  const [row] = await db.select().from(outbox).where(eq(outbox.id, id));
  return row ?? null;
}
