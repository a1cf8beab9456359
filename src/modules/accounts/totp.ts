import { createHash, randomInt } from "node:crypto";
import { Secret, TOTP } from "otpauth";

export const TOTP_ISSUER = "Satu Pintu Lebong";
const PERIOD = 30;

/**
 * The documented demo secret (base32) of every demo account, so that demo users
 * and browser tests can compute codes. Never used outside demo data.
 */
export const DEMO_TOTP_SECRET = "LEBONGDEMOTOTPSECRETSATUPINTU234";

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totpFor(secret: string, label: string): TOTP {
  return new TOTP({ issuer: TOTP_ISSUER, label, algorithm: "SHA1", digits: 6, period: PERIOD, secret: Secret.fromBase32(secret) });
}

export function totpUri(secret: string, email: string): string {
  return totpFor(secret, email).toString();
}

/** The current code of a secret (demo tooling and tests). */
export function totpCode(secret: string, timestamp = Date.now()): string {
  return totpFor(secret, "x").generate({ timestamp });
}

/**
 * Checks a 6-digit code (one step of clock drift either way). Returns the
 * accepted time step, or null. A step at or before `lastStep` is refused (replay).
 */
export function checkTotp(secret: string, code: string, lastStep: number | null, now = Date.now()): number | null {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totpFor(secret, "x").validate({ token, timestamp: now, window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now / 1000 / PERIOD) + delta;
  if (lastStep !== null && step <= lastStep) return null;
  return step;
}

/** The enrolment QR code as a data: URI (the CSP allows data: images, not inline scripts). */
export async function qrDataUri(uri: string): Promise<string> {
  const { default: QRCode } = await import("qrcode");
  const svg = await QRCode.toString(uri, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}

const CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
export const RECOVERY_CODE_COUNT = 10;

/** Ten random single-use recovery codes like "k7m2p-x9q4r" (about 49 bits each). */
export function newRecoveryCodes(): string[] {
  const one = () => Array.from({ length: 10 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("");
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const c = one();
    return `${c.slice(0, 5)}-${c.slice(5)}`;
  });
}

export function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** Recovery codes are high-entropy random strings, so a plain sha256 is a sound one-way store. */
export function hashRecoveryCode(code: string): string {
  return createHash("sha256")
    .update(`recovery:${normaliseRecoveryCode(code)}`)
    .digest("hex");
}
