import { eq } from "drizzle-orm";
import type { Tx } from "../../../platform/db/client.ts";
import { recoveryCodes } from "../schema.ts";
import { hashRecoveryCode, newRecoveryCodes } from "../totp.ts";

/** Replaces a person's recovery codes with ten new ones; returns them (shown once, stored hashed). */
export async function replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx.insert(recoveryCodes).values(codes.map((c) => ({ userId, codeHash: hashRecoveryCode(c) })));
  return codes;
}
