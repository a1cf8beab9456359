import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { queryRows, type Tx } from "../db/client.ts";
import { canonicalJson } from "./canonical.ts";
import { auditEvents, auditHead } from "./schema.ts";

export const GENESIS_HASH = "0".repeat(64);

/** Who did it, from where: filled by the HTTP layer or by a job/CLI. */
export interface AuditActor {
  id: string | null;
  name: string;
  role?: string | null;
  unitId?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  requestId?: string | null;
}

export interface AuditInput {
  action: string;
  subjectType: string;
  subjectId?: string | null;
  before?: unknown;
  after?: unknown;
  /** Overrides the actor's OPD for this event (the OPD the change belongs to). */
  unitId?: string | null;
}

type Row = typeof auditEvents.$inferSelect;

/** PostgreSQL text and jsonb refuse NUL characters; strip them so a hostile value cannot abort the command. */
const noNul = (s: string) => (s.includes("\u0000") ? s.replaceAll("\u0000", "") : s);

/** The value as jsonb will give it back (plain JSON), so the hash computed now matches the row read later. */
function plain(v: unknown): unknown {
  if (v === undefined || v === null) return null;
  return JSON.parse(JSON.stringify(v, (_k, x) => (typeof x === "string" ? noNul(x) : x)));
}

function text(v: string | null | undefined, max: number): string | null {
  return v === undefined || v === null ? null : noNul(v).slice(0, max);
}

/** The hashed content of one event: every column except the hash itself. */
export function eventHash(e: Omit<Row, "hash">): string {
  const body = canonicalJson({
    seq: e.seq,
    occurredAt: e.occurredAt.toISOString(),
    actorId: e.actorId,
    actorName: e.actorName,
    actorRole: e.actorRole,
    unitId: e.unitId,
    action: e.action,
    subjectType: e.subjectType,
    subjectId: e.subjectId,
    before: e.before,
    after: e.after,
    ip: e.ip,
    userAgent: e.userAgent,
    requestId: e.requestId,
  });
  return createHash("sha256").update(`${e.prevHash}\n${body}`).digest("hex");
}

/**
 * Appends one event inside the caller's transaction. The head row is locked
 * (SELECT … FOR UPDATE) until that transaction ends, so concurrent writers queue
 * and the chain never forks; a rolled-back command leaves no event and no gap.
 * Under READ COMMITTED a writer that waited re-reads the head its predecessor left.
 * Tip for commands: write the audit event last, so the head is held briefly and
 * two commands never wait on each other's rows while holding it.
 */
export async function appendAudit(tx: Tx, actor: AuditActor, input: AuditInput): Promise<Row> {
  const [row] = await appendAuditEach(tx, [{ actor, input }]);
  return row;
}

/**
 * Appends several events, each with its own actor, in the caller's transaction:
 * the head is read and locked once, the events are chained in order and written
 * with one insert (a group commit of many commands uses this).
 */
export async function appendAuditEach(tx: Tx, entries: readonly { actor: AuditActor; input: AuditInput }[]): Promise<Row[]> {
  if (!entries.length) return [];
  const [head] = await queryRows<{ seq: string | number; hash: string }>(tx, sql`SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE`);
  if (!head) throw new Error("audit_head is missing: the database was not migrated");
  let seq = Number(head.seq);
  let prevHash = head.hash;
  const rows: Row[] = [];
  for (const { actor, input } of entries) {
    const row: Omit<Row, "hash"> = {
      seq: ++seq,
      occurredAt: new Date(),
      actorId: actor.id,
      actorName: text(actor.name, 200) ?? "",
      actorRole: text(actor.role, 100),
      unitId: input.unitId !== undefined ? input.unitId : (actor.unitId ?? null),
      action: text(input.action, 100) ?? "",
      subjectType: text(input.subjectType, 100) ?? "",
      subjectId: text(input.subjectId, 200),
      before: plain(input.before),
      after: plain(input.after),
      ip: text(actor.ip, 100),
      userAgent: text(actor.userAgent, 500),
      requestId: text(actor.requestId, 100),
      prevHash,
    };
    const full = { ...row, hash: eventHash(row) };
    rows.push(full);
    prevHash = full.hash;
  }
  const last = rows[rows.length - 1];
  await tx.insert(auditEvents).values(rows);
  await tx.update(auditHead).set({ seq: last.seq, hash: last.hash, updatedAt: last.occurredAt }).where(eq(auditHead.id, 1));
  return rows;
}
