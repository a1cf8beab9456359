import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject, sign, verify } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/** The Ed25519 key that signs verification entries and audit checkpoints. */
export interface SigningKey {
  id: string;
  publicKeyPem: string;
  sign(data: Buffer | string): string;
  verify(data: Buffer | string, signatureB64: string, publicKeyPem?: string): boolean;
}

/** The id the app gives a public key: the first 16 hex digits of the SHA-256 of its DER (null when not a key). */
export function keyIdOf(publicKey: KeyObject | string): string | null {
  try {
    const der = (typeof publicKey === "string" ? createPublicKey(publicKey) : publicKey).export({ type: "spki", format: "der" });
    return createHash("sha256").update(der).digest("hex").slice(0, 16);
  } catch {
    return null;
  }
}

/** Checks an Ed25519 signature (base64) of `data` against a public key; false for anything malformed. */
export function verifyWith(publicKey: KeyObject | string, data: Buffer | string, signatureB64: string): boolean {
  try {
    return verify(
      null,
      Buffer.from(data),
      typeof publicKey === "string" ? createPublicKey(publicKey) : publicKey,
      Buffer.from(signatureB64, "base64"),
    );
  } catch {
    return false;
  }
}

function fromPrivate(priv: KeyObject): SigningKey {
  const pub = createPublicKey(priv);
  return {
    id: keyIdOf(pub)!,
    publicKeyPem: pub.export({ type: "spki", format: "pem" }).toString(),
    sign: (data) => sign(null, Buffer.from(data), priv).toString("base64"),
    verify: (data, sig, pem) => verifyWith(pem ?? pub, data, sig),
  };
}

function parsePrivate(text: string): KeyObject {
  const t = text.trim();
  if (t.startsWith("-----BEGIN")) return createPrivateKey(t);
  return createPrivateKey({ key: Buffer.from(t, "base64"), format: "der", type: "pkcs8" });
}

/**
 * From SIGNING_KEY when given; otherwise from (or newly into) a file in the data
 * directory; with neither, an ephemeral key (tests).
 */
export function loadSigningKey(opts: { envKey?: string; file?: string }): SigningKey {
  if (opts.envKey) return fromPrivate(parsePrivate(opts.envKey));
  if (opts.file) {
    if (existsSync(opts.file)) return fromPrivate(parsePrivate(readFileSync(opts.file, "utf8")));
    const { privateKey } = generateKeyPairSync("ed25519");
    mkdirSync(dirname(opts.file), { recursive: true });
    writeFileSync(opts.file, privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600 });
    return fromPrivate(privateKey);
  }
  return fromPrivate(generateKeyPairSync("ed25519").privateKey);
}

export function sha256Hex(data: Buffer | Uint8Array | string): string {
  return createHash("sha256").update(data).digest("hex");
}
