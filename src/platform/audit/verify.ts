/**
 * Walks the audit chain and reports the first broken link; then checks the
 * signed checkpoints (database rows) and exported heads (files the auditors
 * hold) against it. Safe while the app keeps appending: only the events up to
 * the head read at the start are walked.
 */
import { and, asc, eq, gt, lte, max } from "drizzle-orm";
import { keyIdOf } from "../crypto/keys.ts";
import type { Executor } from "../db/client.ts";
import { eventHash, GENESIS_HASH } from "./chain.ts";
import { type ExportFile, signatureValid } from "./checkpoint.ts";
import { auditCheckpoints, auditEvents, auditHead } from "./schema.ts";

export type ProblemCode =
  | "head_missing"
  | "missing_event"
  | "bad_link"
  | "altered"
  | "head_mismatch"
  | "extra_events"
  | "checkpoint_unknown_key"
  | "checkpoint_signature"
  | "checkpoint_mismatch"
  | "export_invalid"
  | "export_unknown_key"
  | "export_signature"
  | "export_mismatch";

export interface VerifyResult {
  ok: boolean;
  /** Events walked. */
  checked: number;
  headSeq: number;
  /** The first broken link (event seq), when not ok. */
  brokenAt?: number;
  code?: ProblemCode;
  /** What is wrong, in English (the CLI); pages translate `code`. */
  problem?: string;
  /** The checkpoint or file that caught it. */
  evidence?: string;
  checkpointsChecked: number;
  exportsChecked: number;
  latestCheckpoint: { seq: number; signedAt: Date } | null;
}

export interface VerifyOptions {
  /** keyId → public key PEM that checkpoints and exports may be signed with (see trustedKeys). */
  keys?: Map<string, string>;
  /** Exported heads to check as well (readExports). */
  exports?: ExportFile[];
  batchSize?: number;
}

export async function verifyChain(db: Executor, opts: VerifyOptions = {}): Promise<VerifyResult> {
  const keys = opts.keys;
  const exports = opts.exports ?? [];
  // Checkpoints first, then the head: every checkpoint read names a head at or before it.
  const checkpoints = await db.select().from(auditCheckpoints).orderBy(asc(auditCheckpoints.seq), asc(auditCheckpoints.id));
  const [head] = await db.select().from(auditHead).where(eq(auditHead.id, 1));
  const latest = checkpoints.reduce<(typeof checkpoints)[number] | null>((a, c) => (!a || c.id > a.id ? c : a), null);
  let checked = 0;
  const result = (extra: Partial<VerifyResult>): VerifyResult => ({
    ok: false,
    checked,
    headSeq: head?.seq ?? 0,
    checkpointsChecked: 0,
    exportsChecked: 0,
    latestCheckpoint: latest ? { seq: latest.seq, signedAt: latest.signedAt } : null,
    ...extra,
  });
  const fail = (brokenAt: number, code: ProblemCode, problem: string, evidence?: string) => result({ brokenAt, code, problem, evidence });
  if (!head) return fail(0, "head_missing", "the chain head row (audit_head) is missing");

  const wanted = new Set<number>([...checkpoints.map((c) => c.seq), ...exports.flatMap((e) => (e.head ? [e.head.seq] : []))]);
  const hashes = new Map<number, string>([[0, GENESIS_HASH]]);
  let prevHash = GENESIS_HASH;
  let expected = 1;
  const size = opts.batchSize ?? 2000;
  for (;;) {
    const batch = await db
      .select()
      .from(auditEvents)
      .where(and(gt(auditEvents.seq, expected - 1), lte(auditEvents.seq, head.seq)))
      .orderBy(asc(auditEvents.seq))
      .limit(size);
    if (batch.length === 0) break;
    for (const e of batch) {
      if (e.seq !== expected) {
        return fail(expected, "missing_event", `event ${expected} is missing (the next one present is ${e.seq})`);
      }
      if (e.prevHash !== prevHash) {
        return fail(e.seq, "bad_link", `event ${e.seq} does not point to the hash of event ${e.seq - 1}`);
      }
      const { hash, ...rest } = e;
      if (eventHash(rest) !== hash) return fail(e.seq, "altered", `event ${e.seq} was altered: its content does not match its hash`);
      if (wanted.has(e.seq)) hashes.set(e.seq, hash);
      prevHash = hash;
      expected++;
      checked++;
    }
  }
  if (expected - 1 !== head.seq) {
    return fail(expected, "missing_event", `events ${expected} to ${head.seq} are missing: the head says ${head.seq}`);
  }
  if (prevHash !== head.hash) {
    return fail(head.seq, "head_mismatch", `the head's hash does not match event ${head.seq}: the chain or its head was rewritten`);
  }
  // Events beyond the head: an append writes event and head together, so the committed
  // maximum never exceeds the head read after it.
  const [{ top }] = await db.select({ top: max(auditEvents.seq) }).from(auditEvents);
  const [headNow] = await db.select().from(auditHead).where(eq(auditHead.id, 1));
  if (top !== null && Number(top) > (headNow?.seq ?? head.seq)) {
    return fail((headNow?.seq ?? head.seq) + 1, "extra_events", `events after the head (up to ${top}) were inserted outside the app`);
  }

  /** A signed (seq, hash) the chain must still hold: a later truncation or recomputation breaks it. */
  const againstChain = (seq: number, hash: string, label: string, code: "checkpoint_mismatch" | "export_mismatch") => {
    if (seq > head.seq)
      return fail(head.seq + 1, code, `${label} names event ${seq}, beyond the head ${head.seq}: the chain was truncated`, label);
    if (hashes.get(seq) !== hash) {
      return fail(
        seq,
        code,
        `${label} names event ${seq} with a hash the chain no longer has: the chain was rewritten or recomputed`,
        label,
      );
    }
    return null;
  };

  for (const c of checkpoints) {
    const label = `checkpoint ${c.id} of ${c.signedAt.toISOString()}`;
    if (keys) {
      const pem = keys.get(c.keyId);
      if (!pem) return fail(c.seq, "checkpoint_unknown_key", `${label} is signed by an unknown key ${c.keyId}`, label);
      if (!signatureValid(pem, c.seq, c.hash, c.signedAt, c.signature)) {
        return fail(c.seq, "checkpoint_signature", `${label} has a bad signature: the checkpoint was rewritten`, label);
      }
    }
    const broken = againstChain(c.seq, c.hash, label, "checkpoint_mismatch");
    if (broken) return broken;
  }

  let exportsChecked = 0;
  for (const { file, head: x } of exports) {
    if (!x) return fail(0, "export_invalid", `${file} is not an exported audit head`, file);
    if (keyIdOf(x.publicKeyPem) !== x.keyId || (keys && keys.size > 0 && keys.get(x.keyId) === undefined)) {
      return fail(x.seq, "export_unknown_key", `${file} is signed by a key the app does not know (${x.keyId})`, file);
    }
    if (!signatureValid(x.publicKeyPem, x.seq, x.hash, new Date(x.signedAt), x.signature)) {
      return fail(x.seq, "export_signature", `${file} has a bad signature: the file was altered`, file);
    }
    const broken = againstChain(x.seq, x.hash, file, "export_mismatch");
    if (broken) return broken;
    exportsChecked++;
  }
  return { ...result({ ok: true }), checkpointsChecked: checkpoints.length, exportsChecked };
}
