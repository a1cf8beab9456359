/**
 * The verification registry: every document the system issues is registered with
 * the SHA-256 of its final bytes and an Ed25519 signature over a canonical entry,
 * and carries a QR code to /verifikasi/{id}. Everything happens inside the
 * caller's transaction, with its audit event.
 */
import { randomBytes } from "node:crypto";
import { and, desc, eq, isNull } from "drizzle-orm";
import { canonicalJson } from "../audit/canonical.ts";
import type { Platform } from "../context.ts";
import { type SigningKey, sha256Hex } from "../crypto/keys.ts";
import type { Executor } from "../db/client.ts";
import { conflict, HttpError, notFound } from "../http/errors.ts";
import type { FileStore } from "../storage/file-store.ts";
import { blobs } from "../storage/schema.ts";
import type { Work } from "../work.ts";
import { issuedDocuments, signingKeys } from "./schema.ts";

export type IssuedDocument = typeof issuedDocuments.$inferSelect;

const ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
/** 16 characters of RFC 4648 base32 (lower case): 80 random bits. */
export const DOCUMENT_ID_RE = /^[a-z2-7]{16}$/;

export function newDocumentId(): string {
  const bytes = randomBytes(10);
  let bits = 0;
  let value = 0;
  let out = "";
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

/** A typed or scanned id as people enter it (spaces, dashes, upper case), or null when it cannot be one. */
export function normaliseDocumentId(input: string | undefined | null): string | null {
  const id = (input ?? "").trim().toLowerCase().replace(/[\s-]/g, "");
  return DOCUMENT_ID_RE.test(id) ? id : null;
}

export function verifyUrl(baseUrl: string, id: string): string {
  return `${baseUrl.replace(/\/$/, "")}/verifikasi/${id}`;
}

/** The exact string that is signed. Changing any of these fields invalidates the signature. */
export function entryPayload(e: Pick<IssuedDocument, "id" | "kind" | "title" | "sha256" | "issuedAt" | "unitId" | "keyId">): string {
  return `satu-pintu-document-v1\n${canonicalJson({
    id: e.id,
    kind: e.kind,
    title: e.title,
    sha256: e.sha256,
    issuedAt: e.issuedAt.toISOString(),
    unitId: e.unitId ?? null,
    keyId: e.keyId,
  })}`;
}

export interface IssueInput {
  /** A stable machine name, e.g. "ppid.tanda_bukti", "ppid.pemberitahuan_tertulis". */
  kind: string;
  title: string;
  unitId?: string | null;
  subjectType?: string | null;
  subjectId?: string | null;
  /** Renders the final PDF; the QR code and text must carry verifyUrl. */
  render: (verifyUrl: string, id: string) => Promise<Uint8Array>;
}

/** A document rendered and stored ahead of the transaction that registers it (see renderDocument). */
export interface RenderedDocument {
  id: string;
  bytes: Uint8Array;
  stored: { key: string; size: number };
}

export type PreparedIssue = Omit<IssueInput, "render"> & { prepared: RenderedDocument };

/**
 * Allocates a document id, renders the PDF with its verify URL and stores it,
 * outside any transaction: a job that issues documents in bulk (receipts)
 * renders first and holds its transaction only for the inserts. (On PGlite a
 * transaction holds the whole database, so rendering inside one stalls every
 * other request.) Pass the result as `prepared` to issueDocument.
 */
export async function renderDocument(
  p: Pick<Platform, "config" | "files">,
  render: (verifyUrl: string, id: string) => Promise<Uint8Array>,
): Promise<RenderedDocument> {
  const id = newDocumentId();
  const bytes = await render(verifyUrl(p.config.baseUrl, id), id);
  const stored = await p.files.put(bytes);
  return { id, bytes, stored };
}

export interface Issued {
  document: IssuedDocument;
  bytes: Uint8Array;
  verifyUrl: string;
}

/**
 * Issues a document inside the caller's transaction: allocates the id, renders
 * the PDF with its verify URL, stores the bytes (content-addressed), signs the
 * entry, inserts it and writes the audit event. If the transaction rolls back
 * nothing is registered (the stored blob stays, unreferenced and harmless).
 */
export async function issueDocument(
  w: Work,
  p: Pick<Platform, "config" | "files" | "key">,
  input: IssueInput | PreparedIssue,
): Promise<Issued> {
  const kind = input.kind.trim();
  const title = input.title.trim();
  if (!kind || !title) throw new HttpError(422, "Jenis dan judul dokumen wajib diisi.", "document_invalid");
  const ready = "prepared" in input ? input.prepared : await renderDocument(p, input.render);
  const { id, bytes, stored } = ready;
  const url = verifyUrl(p.config.baseUrl, id);
  const sha256 = sha256Hex(bytes);
  await w.tx.insert(blobs).values({ sha256, size: stored.size, mime: "application/pdf" }).onConflictDoNothing();
  const entry = {
    id,
    kind,
    title,
    sha256,
    fileKey: stored.key,
    unitId: input.unitId ?? null,
    subjectType: input.subjectType ?? null,
    subjectId: input.subjectId ?? null,
    issuedAt: new Date(),
    keyId: p.key.id,
  };
  const signature = p.key.sign(entryPayload(entry));
  const [document] = await w.tx
    .insert(issuedDocuments)
    .values({ ...entry, signature })
    .returning();
  await w.audit({
    action: "document.issued",
    subjectType: "issued_document",
    subjectId: id,
    unitId: entry.unitId,
    after: { kind, title, sha256, size: stored.size, subjectType: entry.subjectType, subjectId: entry.subjectId, keyId: entry.keyId },
  });
  return { document, bytes, verifyUrl: url };
}

/** Revokes an issued document with a reason (the entry and file stay, marked revoked). */
export async function revokeDocument(w: Work, id: string, reason: string): Promise<IssuedDocument> {
  const why = reason.trim();
  if (why.length < 5) throw new HttpError(422, "Alasan pencabutan wajib diisi (minimal 5 karakter).", "reason_required");
  const [before] = await w.tx.select().from(issuedDocuments).where(eq(issuedDocuments.id, id)).for("update");
  if (!before) throw notFound("Dokumen tidak ditemukan.");
  if (before.revokedAt) throw conflict("Dokumen ini sudah dicabut.");
  const [after] = await w.tx
    .update(issuedDocuments)
    .set({ revokedAt: new Date(), revokedReason: why })
    .where(and(eq(issuedDocuments.id, id), isNull(issuedDocuments.revokedAt)))
    .returning();
  await w.audit({
    action: "document.revoked",
    subjectType: "issued_document",
    subjectId: id,
    unitId: before.unitId,
    before: { revokedAt: null },
    after: { revokedAt: after.revokedAt, reason: why },
  });
  return after;
}

export async function getIssuedDocument(db: Executor, id: string): Promise<IssuedDocument | null> {
  const [doc] = await db.select().from(issuedDocuments).where(eq(issuedDocuments.id, id));
  return doc ?? null;
}

export interface VerifiedEntry {
  document: IssuedDocument;
  /** The Ed25519 signature matches the entry as stored now. */
  signatureValid: boolean;
  /** The signing key is known to this system (the current one or a registered earlier one). */
  keyKnown: boolean;
  publicKeyPem: string | null;
  signedPayload: string;
}

async function check(db: Executor, key: SigningKey, document: IssuedDocument): Promise<VerifiedEntry> {
  let pem: string | null = document.keyId === key.id ? key.publicKeyPem : null;
  if (!pem) {
    const [k] = await db.select().from(signingKeys).where(eq(signingKeys.id, document.keyId));
    pem = k?.publicKeyPem ?? null;
  }
  const signedPayload = entryPayload(document);
  return {
    document,
    signatureValid: pem !== null && key.verify(signedPayload, document.signature, pem),
    keyKnown: pem !== null,
    publicKeyPem: pem,
    signedPayload,
  };
}

/** The entry and whether its signature is valid; null for an unknown id. */
export async function verifyEntry(db: Executor, key: SigningKey, id: string): Promise<VerifiedEntry | null> {
  const doc = await getIssuedDocument(db, id);
  return doc ? check(db, key, doc) : null;
}

/** Registered documents with exactly these bytes (newest first; normally one). */
export async function findBySha256(db: Executor, sha256: string): Promise<IssuedDocument[]> {
  if (!/^[0-9a-f]{64}$/.test(sha256)) return [];
  return db.select().from(issuedDocuments).where(eq(issuedDocuments.sha256, sha256)).orderBy(desc(issuedDocuments.issuedAt));
}

/** Checks uploaded bytes: the matching entry (with its signature check), or null when nothing matches. */
export async function checkUpload(
  db: Executor,
  key: SigningKey,
  bytes: Uint8Array,
): Promise<{ sha256: string; match: VerifiedEntry | null }> {
  const sha256 = sha256Hex(bytes);
  const [doc] = await findBySha256(db, sha256);
  return { sha256, match: doc ? await check(db, key, doc) : null };
}

/** The registered PDF, only when the stored bytes still hash to the registered SHA-256. */
export async function registeredFile(files: FileStore, doc: IssuedDocument): Promise<Buffer | null> {
  if (!doc.fileKey) return null;
  const bytes = await files.get(doc.fileKey);
  return bytes && sha256Hex(bytes) === doc.sha256 ? bytes : null;
}

/** The entry as the public API shows it (no file bytes). */
export function publicEntry(v: VerifiedEntry, baseUrl: string) {
  const d = v.document;
  return {
    id: d.id,
    kind: d.kind,
    title: d.title,
    sha256: d.sha256,
    unitId: d.unitId,
    issuedAt: d.issuedAt.toISOString(),
    keyId: d.keyId,
    signature: d.signature,
    signatureAlgorithm: "Ed25519",
    signedPayload: v.signedPayload,
    publicKeyPem: v.publicKeyPem,
    signatureValid: v.signatureValid,
    revoked: d.revokedAt !== null,
    revokedAt: d.revokedAt?.toISOString() ?? null,
    revokedReason: d.revokedReason,
    verifyUrl: verifyUrl(baseUrl, d.id),
    fileUrl: d.fileKey ? `${verifyUrl(baseUrl, d.id)}/berkas` : null,
  };
}
