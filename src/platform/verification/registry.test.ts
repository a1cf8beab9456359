import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../../../test/platform.ts";
import { auditEvents } from "../audit/schema.ts";
import { sha256Hex } from "../crypto/keys.ts";
import { renderPdfDocument } from "../pdf/document.ts";
import { inTransaction, SYSTEM_ACTOR } from "../work.ts";
import {
  checkUpload,
  DOCUMENT_ID_RE,
  findBySha256,
  getIssuedDocument,
  issueDocument,
  newDocumentId,
  normaliseDocumentId,
  revokeDocument,
  verifyEntry,
} from "./registry.ts";

let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform();
});
afterAll(() => t.close());

const issue = (title = "Surat uji") =>
  inTransaction(t.p, SYSTEM_ACTOR, (w) =>
    issueDocument(w, t.p, {
      kind: "uji.surat",
      title,
      subjectType: "test",
      subjectId: "1",
      render: (url, id) =>
        renderPdfDocument({ title, blocks: [{ type: "paragraph", text: "Isi surat." }], verifyUrl: url, documentId: id }),
    }),
  );

describe("verification registry", () => {
  it("makes short unguessable URL-safe ids and normalises typed ones", () => {
    const ids = new Set(Array.from({ length: 200 }, newDocumentId));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(DOCUMENT_ID_RE);
    expect(normaliseDocumentId(" ABCD-EFGH-IJKL-MN23 ")).toBe("abcdefghijklmn23");
    expect(normaliseDocumentId("../../etc/passwd")).toBeNull();
  });

  it("issues: hash of the final bytes, stored file, valid signature, audit event", async () => {
    const { document, bytes, verifyUrl } = await issue();
    expect(verifyUrl).toBe(`http://localhost:3000/verifikasi/${document.id}`);
    expect(document.sha256).toBe(sha256Hex(bytes));
    expect(await t.p.files.get(document.fileKey!)).toEqual(Buffer.from(bytes));
    const v = await verifyEntry(t.p.db, t.p.key, document.id);
    expect(v?.signatureValid).toBe(true);
    expect((await findBySha256(t.p.db, document.sha256)).map((d) => d.id)).toEqual([document.id]);
    expect((await checkUpload(t.p.db, t.p.key, bytes)).match?.document.id).toBe(document.id);
    const events = await t.p.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "document.issued"), eq(auditEvents.subjectId, document.id)));
    expect(events).toHaveLength(1);
  });

  it("reports an invalid signature when a registry row was altered in the database", async () => {
    const { document } = await issue("Judul asli");
    await t.p.db.execute(sql`UPDATE issued_documents SET title = 'Judul palsu' WHERE id = ${document.id}`);
    const v = await verifyEntry(t.p.db, t.p.key, document.id);
    expect(v?.document.title).toBe("Judul palsu");
    expect(v?.signatureValid).toBe(false);
  });

  it("registers nothing when the caller's transaction rolls back", async () => {
    let id = "";
    await expect(
      inTransaction(t.p, SYSTEM_ACTOR, async (w) => {
        const r = await issueDocument(w, t.p, { kind: "uji", title: "Batal", render: async () => new Uint8Array([37, 80, 68, 70]) });
        id = r.document.id;
        throw new Error("batal");
      }),
    ).rejects.toThrow("batal");
    expect(await getIssuedDocument(t.p.db, id)).toBeNull();
  });

  it("revokes with a reason, audited, once", async () => {
    const { document } = await issue();
    await expect(inTransaction(t.p, SYSTEM_ACTOR, (w) => revokeDocument(w, document.id, ""))).rejects.toThrow(/Alasan/);
    const r = await inTransaction(t.p, SYSTEM_ACTOR, (w) => revokeDocument(w, document.id, "Salah nomor surat"));
    expect(r.revokedReason).toBe("Salah nomor surat");
    expect(r.revokedAt).toBeInstanceOf(Date);
    await expect(inTransaction(t.p, SYSTEM_ACTOR, (w) => revokeDocument(w, document.id, "Sekali lagi"))).rejects.toThrow(/sudah dicabut/);
    const events = await t.p.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "document.revoked"), eq(auditEvents.subjectId, document.id)));
    expect(events).toHaveLength(1);
    // Revocation does not touch the signed fields.
    expect((await verifyEntry(t.p.db, t.p.key, document.id))?.signatureValid).toBe(true);
  });
});
