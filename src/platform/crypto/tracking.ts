/**
 * Tracking secrets: a random code given once to a requester (shown, mailed)
 * that opens their case without an account. Only its SHA-256 is stored.
 */
import { randomBytes } from "node:crypto";
import { sha256Hex } from "./keys.ts";

export function newTrackingSecret(): { secret: string; hash: string } {
  const secret = randomBytes(18).toString("base64url");
  return { secret, hash: sha256Hex(secret) };
}

/** Whether `secret` is the one whose hash is stored (constant-time compare of the hashes). */
export function trackingSecretMatches(storedHash: string, secret: string | null | undefined): boolean {
  if (!secret || secret.length > 64) return false;
  const a = Buffer.from(sha256Hex(secret), "hex");
  const b = Buffer.from(storedHash, "hex");
  return a.length === b.length && a.equals(b);
}
