import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { desc, eq } from "drizzle-orm";
import { keyIdOf, type SigningKey, verifyWith } from "../crypto/keys.ts";
import type { Executor, Tx } from "../db/client.ts";
import { writeFileAtomic } from "../storage/atomic.ts";
import { signingKeys } from "../verification/schema.ts";
import { auditCheckpoints, auditHead } from "./schema.ts";

export const EXPORT_FORMAT = "satu-pintu-audit-head/1";

/** What is signed: the format tag, the head's seq and hash, and the signing time. */
export function checkpointPayload(seq: number, hash: string, signedAt: Date): string {
  return `satu-pintu-audit-head\n${seq}\n${hash}\n${signedAt.toISOString()}`;
}

/** The exported file's content. */
export interface ExportedHead {
  format: string;
  seq: number;
  hash: string;
  signedAt: string;
  keyId: string;
  signature: string;
  publicKeyPem: string;
}

export type Checkpoint = typeof auditCheckpoints.$inferSelect;

/** Signs the current head and records it (inside the caller's transaction). */
export async function signCheckpoint(tx: Tx, key: SigningKey, exportedFile: string | null = null) {
  const [head] = await tx.select().from(auditHead).where(eq(auditHead.id, 1)).for("update");
  if (!head) throw new Error("audit_head is missing: the database was not migrated");
  const signedAt = new Date();
  const signature = key.sign(checkpointPayload(head.seq, head.hash, signedAt));
  const [row] = await tx
    .insert(auditCheckpoints)
    .values({ seq: head.seq, hash: head.hash, signedAt, keyId: key.id, signature, exportedFile })
    .returning();
  return { ...row, publicKeyPem: key.publicKeyPem };
}

export async function latestCheckpoint(db: Executor): Promise<Checkpoint | null> {
  const [row] = await db.select().from(auditCheckpoints).orderBy(desc(auditCheckpoints.id)).limit(1);
  return row ?? null;
}

export function exportDir(dataDir: string): string {
  return join(dataDir, "audit-exports");
}

/** The calendar date in Asia/Jakarta (WIB), YYYY-MM-DD. */
export function wibDate(d: Date): string {
  return new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

export function exportFileName(signedAt: Date): string {
  return `audit-head-${wibDate(signedAt)}.json`;
}

export function toExport(c: Pick<Checkpoint, "seq" | "hash" | "signedAt" | "keyId" | "signature">, publicKeyPem: string): ExportedHead {
  return {
    format: EXPORT_FORMAT,
    seq: c.seq,
    hash: c.hash,
    signedAt: c.signedAt.toISOString(),
    keyId: c.keyId,
    signature: c.signature,
    publicKeyPem,
  };
}

export function writeExport(dataDir: string, head: ExportedHead): string {
  const dir = exportDir(dataDir);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, exportFileName(new Date(head.signedAt)));
  writeFileAtomic(file, `${JSON.stringify(head, null, 2)}\n`);
  return file;
}

export function signatureValid(publicKeyPem: string, seq: number, hash: string, signedAt: Date, signature: string): boolean {
  return verifyWith(publicKeyPem, checkpointPayload(seq, hash, signedAt), signature);
}

/** Parses an exported head; null when the file is not one. */
export function parseExport(text: string): ExportedHead | null {
  try {
    const v = JSON.parse(text) as Partial<ExportedHead>;
    if (
      v.format !== EXPORT_FORMAT ||
      !Number.isSafeInteger(v.seq) ||
      (v.seq as number) < 0 ||
      typeof v.hash !== "string" ||
      !/^[0-9a-f]{64}$/.test(v.hash) ||
      typeof v.signedAt !== "string" ||
      Number.isNaN(Date.parse(v.signedAt)) ||
      typeof v.keyId !== "string" ||
      typeof v.signature !== "string" ||
      typeof v.publicKeyPem !== "string"
    ) {
      return null;
    }
    return v as ExportedHead;
  } catch {
    return null;
  }
}

export interface ExportFile {
  file: string;
  head: ExportedHead | null;
}

/** Reads exported heads: every audit-head-*.json in a directory, or the given files. */
export function readExports(pathsOrDir: string | string[]): ExportFile[] {
  let files: string[];
  if (typeof pathsOrDir === "string") {
    try {
      files = readdirSync(pathsOrDir)
        .filter((f) => /^audit-head-.*\.json$/.test(f))
        .sort()
        .map((f) => join(pathsOrDir, f));
    } catch {
      return [];
    }
  } else {
    files = pathsOrDir;
  }
  return files.map((file) => {
    try {
      return { file, head: parseExport(readFileSync(file, "utf8")) };
    } catch {
      return { file, head: null };
    }
  });
}

/**
 * The public keys a checkpoint may be signed with: the app's key and every key
 * it has registered (key rotation). Anchor outside the database: pass the
 * running app's key, whose private half never enters the database.
 */
export async function trustedKeys(db: Executor, key?: Pick<SigningKey, "id" | "publicKeyPem">): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const k of await db.select().from(signingKeys)) if (keyIdOf(k.publicKeyPem) === k.id) out.set(k.id, k.publicKeyPem);
  if (key) out.set(key.id, key.publicKeyPem);
  return out;
}
