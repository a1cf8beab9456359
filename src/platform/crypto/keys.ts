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

function fromPrivate(priv: KeyObject): SigningKey {
  const pub = createPublicKey(priv);
  const der = pub.export({ type: "spki", format: "der" });
  const publicKeyPem = pub.export({ type: "spki", format: "pem" }).toString();
  return {
    id: createHash("sha256").update(der).digest("hex").slice(0, 16),
    publicKeyPem,
    sign: (data) => sign(null, Buffer.from(data), priv).toString("base64"),
    verify: (data, sig, pem) => {
      try {
        return verify(null, Buffer.from(data), pem ? createPublicKey(pem) : pub, Buffer.from(sig, "base64"));
      } catch {
        return false;
      }
    },
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
