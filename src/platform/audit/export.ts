/**
 * The daily export for the auditors, and verification with all the evidence
 * the app has: the chain, its signed checkpoints and the exported files.
 */

import type { Platform } from "../context.ts";
import type { SigningKey } from "../crypto/keys.ts";
import type { Executor } from "../db/client.ts";
import { inTransaction } from "../work.ts";
import type { AuditActor } from "./chain.ts";
import {
  type ExportedHead,
  exportDir,
  exportFileName,
  readExports,
  signCheckpoint,
  toExport,
  trustedKeys,
  writeExport,
} from "./checkpoint.ts";
import { type VerifyResult, verifyChain } from "./verify.ts";

export const CHECKPOINT_ACTION = "audit.checkpoint.signed";

/**
 * Signs the head and writes `${dataDir}/audit-exports/audit-head-YYYY-MM-DD.json`
 * (WIB date; a later export the same day replaces the file). The checkpoint's own
 * audit event comes first, so the signed head covers it. The file is written
 * after the commit: a rolled-back checkpoint leaves no file naming a lost head.
 */
export async function exportAuditHead(p: Platform, actor: AuditActor): Promise<{ file: string; head: ExportedHead }> {
  const head = await inTransaction(p, actor, async (w) => {
    const name = exportFileName(new Date());
    await w.audit({ action: CHECKPOINT_ACTION, subjectType: "audit_chain", after: { file: name } });
    const c = await signCheckpoint(w.tx, p.key, name);
    return toExport(c, p.key.publicKeyPem);
  });
  const file = writeExport(p.config.dataDir, head);
  return { file, head };
}

/** verifyChain with the trusted keys (the app's and the registered ones) and every exported file of the data directory. */
export async function verifyWithEvidence(
  db: Executor,
  opts: { dataDir: string; key?: Pick<SigningKey, "id" | "publicKeyPem">; exportFiles?: string[] },
): Promise<VerifyResult> {
  const keys = await trustedKeys(db, opts.key);
  const exports = readExports(opts.exportFiles ?? exportDir(opts.dataDir));
  return verifyChain(db, { keys, exports });
}
