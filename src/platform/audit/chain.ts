import { createHash } from "node:crypto";
import { asc, desc, eq, gt, sql } from "drizzle-orm";
import { type Executor, queryRows, type Tx } from "../db/client.ts";
import type { SigningKey } from "../crypto/keys.ts";
import { canonicalJson } from "./canonical.ts";
import { auditCheckpoints, auditEvents, auditHead } from "./schema.ts";

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

function plain(v: unknown): unknown {
  return v === undefined || v === null ? null : JSON.parse(JSON.stringify(v));
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
 * (SELECT … FOR UPDATE), so concurrent writers queue and the chain never forks.
 */
export async function appendAudit(tx: Tx, actor: AuditActor, input: AuditInput): Promise<Row> {
  const [head] = await queryRows<{ seq: string | number; hash: string }>(
    tx,
    sql`SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE`,
  );
  if (!head) throw new Error("audit_head is missing: the database was not migrated");
  const row: Omit<Row, "hash"> = {
    seq: Number(head.seq) + 1,
    occurredAt: new Date(),
    actorId: actor.id,
    actorName: actor.name,
    actorRole: actor.role ?? null,
    unitId: input.unitId !== undefined ? input.unitId : (actor.unitId ?? null),
    action: input.action,
    subjectType: input.subjectType,
    subjectId: input.subjectId ?? null,
    before: plain(input.before),
    after: plain(input.after),
    ip: actor.ip ?? null,
    userAgent: actor.userAgent ?? null,
    requestId: actor.requestId ?? null,
    prevHash: head.hash,
  };
  const full = { ...row, hash: eventHash(row) };
  await tx.insert(auditEvents).values(full);
  await tx.update(auditHead).set({ seq: full.seq, hash: full.hash, updatedAt: row.occurredAt }).where(eq(auditHead.id, 1));
  return full;
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  headSeq: number;
  /** The first broken link, when not ok. */
  brokenAt?: number;
  problem?: string;
  checkpointsChecked: number;
}

/** Walks the chain in order and reports the first broken link. */
export async function verifyChain(db: Executor, key?: SigningKey): Promise<VerifyResult> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  const fail = (seq: number, problem: string, headSeq: number): VerifyResult => ({
    ok: false,
    checked,
    headSeq,
    brokenAt: seq,
    problem,
    checkpointsChecked: 0,
  });
  const [head] = await db.select().from(auditHead).where(eq(auditHead.id, 1));
  if (!head) return fail(0, "the chain head row is missing", 0);
  const hashes = new Map<number, string>();
  const checkpoints = await db.select().from(auditCheckpoints).orderBy(asc(auditCheckpoints.seq));
  const wanted = new Set(checkpoints.map((c) => c.seq));
  let lastSeq = 0;
  for (;;) {
    const batch = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.seq, lastSeq))
      .orderBy(asc(auditEvents.seq))
      .limit(2000);
    if (batch.length === 0) break;
    for (const e of batch) {
      if (e.seq !== expectedSeq) return fail(expectedSeq, `event ${expectedSeq} is missing (next present is ${e.seq})`, head.seq);
      if (e.prevHash !== prevHash) return fail(e.seq, `event ${e.seq} does not point to the hash of event ${e.seq - 1}`, head.seq);
      const { hash, ...rest } = e;
      if (eventHash(rest) !== hash) return fail(e.seq, `event ${e.seq} was altered: its content does not match its hash`, head.seq);
      if (wanted.has(e.seq)) hashes.set(e.seq, hash);
      prevHash = hash;
      expectedSeq++;
      checked++;
    }
    lastSeq = batch[batch.length - 1].seq;
  }
  if (head.seq !== expectedSeq - 1 || head.hash !== prevHash) {
    return fail(expectedSeq, `the chain ends at event ${expectedSeq - 1} but its head says ${head.seq}: events were removed or added outside the app`, head.seq);
  }
  for (const c of checkpoints) {
    const payload = checkpointPayload(c.seq, c.hash, c.signedAt);
    if (key && !key.verify(payload, c.signature)) {
      return { ...fail(c.seq, `signed checkpoint at event ${c.seq} has a bad signature`, head.seq), checkpointsChecked: 0 };
    }
    if (c.seq > head.seq || hashes.get(c.seq) !== c.hash) {
      return fail(c.seq, `signed checkpoint of ${c.signedAt.toISOString()} names event ${c.seq} with a hash the chain no longer has: the chain was truncated or recomputed`, head.seq);
    }
  }
  return { ok: true, checked, headSeq: head.seq, checkpointsChecked: checkpoints.length };
}

export function checkpointPayload(seq: number, hash: string, signedAt: Date): string {
  return `satu-pintu-audit-head\n${seq}\n${hash}\n${signedAt.toISOString()}`;
}

/** Signs the current head and records it; returns the exportable checkpoint. */
export async function signCheckpoint(tx: Tx, key: SigningKey) {
  const [head] = await tx.select().from(auditHead).where(eq(auditHead.id, 1));
  const signedAt = new Date();
  const signature = key.sign(checkpointPayload(head.seq, head.hash, signedAt));
  const [row] = await tx
    .insert(auditCheckpoints)
    .values({ seq: head.seq, hash: head.hash, signedAt, keyId: key.id, signature })
    .returning();
  return { ...row, publicKeyPem: key.publicKeyPem };
}

export async function latestCheckpoint(db: Executor) {
  const [row] = await db.select().from(auditCheckpoints).orderBy(desc(auditCheckpoints.id)).limit(1);
  return row ?? null;
}
