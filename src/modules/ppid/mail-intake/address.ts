/**
 * Each request's own reply address, ppid+PPID-2026-000123.1a2b3c4d@domain (after
 * Alaveteli): the 8 hex digits are an HMAC of the number under a per-installation
 * secret, so nobody can thread mail into a request by guessing its address.
 */
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import type { Platform } from "../../../platform/context.ts";
import { NUMBER_RE } from "../case.ts";

const secrets = new WeakMap<object, Buffer>();

/** A stable secret derived from the signing key (Ed25519 signatures are deterministic). */
function secretOf(p: Pick<Platform, "key">): Buffer {
  let s = secrets.get(p.key);
  if (!s) {
    s = createHash("sha256").update(p.key.sign("ppid-mail-address")).digest();
    secrets.set(p.key, s);
  }
  return s;
}

const hmac8 = (p: Pick<Platform, "key">, number: string) => createHmac("sha256", secretOf(p)).update(number).digest("hex").slice(0, 8);

function parts(p: Pick<Platform, "config">): { local: string; domain: string } {
  const at = p.config.PPID_MAIL_ADDRESS.lastIndexOf("@");
  return { local: p.config.PPID_MAIL_ADDRESS.slice(0, at).toLowerCase(), domain: p.config.PPID_MAIL_ADDRESS.slice(at + 1).toLowerCase() };
}

/** The reply address of a request (for Reply-To on the mail the requester gets). */
export function requestMailAddress(p: Pick<Platform, "config" | "key">, number: string): string {
  const { local, domain } = parts(p);
  return `${local}+${number}.${hmac8(p, number)}@${domain}`;
}

export type Recipient =
  /** The PPID's own address. */
  | { kind: "plain"; address: string }
  /** A request's address with a valid HMAC. */
  | { kind: "request"; address: string; number: string }
  /** Our address with a tag that is not a valid request address (forged or mistyped): the holding pen. */
  | { kind: "bad_tag"; address: string };

/** What a recipient address means to us; null when it is not ours (refused at RCPT TO). */
export function parseRecipient(p: Pick<Platform, "config" | "key">, address: string): Recipient | null {
  const { local, domain } = parts(p);
  const a = address.trim().replace(/^<|>$/g, "");
  const at = a.lastIndexOf("@");
  if (at < 1 || a.slice(at + 1).toLowerCase() !== domain) return null;
  const lp = a.slice(0, at);
  if (lp.toLowerCase() === local) return { kind: "plain", address: a.toLowerCase() };
  if (!lp.toLowerCase().startsWith(`${local}+`)) return null;
  const tag = lp.slice(local.length + 1);
  const m = /^(PPID-\d{4}-\d{6})\.([0-9a-f]{8})$/i.exec(tag);
  if (!m) return { kind: "bad_tag", address: a.toLowerCase() };
  const number = m[1].toUpperCase();
  if (!NUMBER_RE.test(number)) return { kind: "bad_tag", address: a.toLowerCase() };
  const given = Buffer.from(m[2].toLowerCase());
  const want = Buffer.from(hmac8(p, number));
  if (!timingSafeEqual(given, want)) return { kind: "bad_tag", address: a.toLowerCase() };
  return { kind: "request", address: `${local}+${number}.${m[2].toLowerCase()}@${domain}`, number };
}
