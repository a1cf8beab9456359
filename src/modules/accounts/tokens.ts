import { randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { Executor } from "../../platform/db/client.ts";
import { authTokens } from "./schema.ts";
import { hashToken } from "./session.ts";

export type TokenPurpose = (typeof authTokens.$inferInsert)["purpose"];

export const TOKEN_TTL_MS = {
  verify_email: 24 * 3_600_000,
  reset_password: 3_600_000,
  /** A new staff member's "set your password" link (a reset token that lives longer). */
  invite: 72 * 3_600_000,
} as const;

/** Issues an emailed token; only its sha256 is stored. Earlier unused tokens of the same purpose stop working. */
export async function issueToken(db: Executor, userId: string, purpose: TokenPurpose, ttlMs: number): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db
    .update(authTokens)
    .set({ usedAt: new Date() })
    .where(and(eq(authTokens.userId, userId), eq(authTokens.purpose, purpose), isNull(authTokens.usedAt)));
  await db.insert(authTokens).values({ id: hashToken(token), userId, purpose, expiresAt: new Date(Date.now() + ttlMs) });
  return token;
}

/** The user of a valid (unexpired, unused) token, without using it. */
export async function peekToken(db: Executor, token: string, purpose: TokenPurpose): Promise<string | null> {
  if (!token || token.length > 200) return null;
  const [row] = await db
    .select({ userId: authTokens.userId })
    .from(authTokens)
    .where(
      and(
        eq(authTokens.id, hashToken(token)),
        eq(authTokens.purpose, purpose),
        isNull(authTokens.usedAt),
        gt(authTokens.expiresAt, new Date()),
      ),
    );
  return row?.userId ?? null;
}

/** Marks a valid token used and returns its user; null when unknown, expired or already used. */
export async function consumeToken(db: Executor, token: string, purpose: TokenPurpose): Promise<string | null> {
  if (!token || token.length > 200) return null;
  const [row] = await db
    .update(authTokens)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(authTokens.id, hashToken(token)),
        eq(authTokens.purpose, purpose),
        isNull(authTokens.usedAt),
        gt(authTokens.expiresAt, new Date()),
      ),
    )
    .returning({ userId: authTokens.userId });
  return row?.userId ?? null;
}
