import { count, sql } from "drizzle-orm";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestAgent, type TestPlatform } from "../../../test/platform.ts";
import { sha256Hex } from "../../platform/crypto/keys.ts";
import { renderPdfDocument } from "../../platform/pdf/index.ts";
import { issueDocument, issuedDocuments, revokeDocument } from "../../platform/verification/index.ts";
import { inTransaction, SYSTEM_ACTOR } from "../../platform/work.ts";
import { getUnitBySlug } from "../organisation/index.ts";
import { seedDemoDocuments } from "./index.ts";

let t: TestPlatform;
let a: TestAgent;
beforeAll(async () => {
  t = await createTestPlatform();
  a = t.agent();
});
afterAll(() => t.close());

async function issue(title: string) {
  const unit = await getUnitBySlug(t.p.db, "diskominfo-sp");
  return inTransaction(t.p, SYSTEM_ACTOR, (w) =>
    issueDocument(w, t.p, {
      kind: "uji.pemberitahuan",
      title,
      unitId: unit!.id,
      render: (verifyUrl, id) =>
        renderPdfDocument({ title, blocks: [{ type: "paragraph", text: "Isi pemberitahuan uji." }], verifyUrl, documentId: id }),
    }),
  );
}

function upload(path: string, bytes: Uint8Array | string, name = "dokumen.pdf", type = "application/pdf") {
  const form = new FormData();
  form.set("berkas", new File([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], name, { type }));
  return a.request(path, { method: "POST", body: form });
}

describe("verification pages", () => {
  it("shows an issued document with a valid signature, its OPD and WIB time, and serves the registered PDF", async () => {
    const { document, bytes } = await issue("Surat Pemberitahuan Tertulis Uji");
    const { res, html } = await a.page(`/verifikasi/${document.id}`);
    expect(res.status).toBe(200);
    expect(html).toContain("Surat Pemberitahuan Tertulis Uji");
    expect(html).toContain("Dinas Komunikasi, Informatika, Statistik dan Persandian");
    expect(html).toMatch(/govuk-tag--green">Sah</);
    expect(html).toContain(document.sha256);
    expect(html).toContain(t.p.key.id);
    expect(html).toContain("WIB");
    expect(html).toContain("Berlaku");

    const dl = await a.request(`/verifikasi/${document.id}/berkas`);
    expect(dl.status).toBe(200);
    expect(dl.headers.get("content-type")).toBe("application/pdf");
    expect(dl.headers.get("content-disposition")).toBe(`attachment; filename="dokumen-${document.id}.pdf"`);
    const got = new Uint8Array(await dl.arrayBuffer());
    expect(sha256Hex(got)).toBe(sha256Hex(bytes));

    const match = await upload("/verifikasi", got);
    expect(match.status).toBe(200);
    const mhtml = await match.text();
    expect(mhtml).toContain('data-verify="match"');
    expect(mhtml).toContain("Berkas cocok dengan dokumen terdaftar");
    expect(mhtml).toContain(`/verifikasi/${document.id}`);

    const changed = got.slice();
    changed[Math.floor(changed.length / 2)] ^= 0x01;
    const nomatch = await upload("/verifikasi", changed);
    expect(nomatch.status).toBe(200);
    const nhtml = await nomatch.text();
    expect(nhtml).toContain('data-verify="no-match"');
    expect(nhtml).toContain("Berkas tidak terdaftar atau telah diubah");
    expect(nhtml).toContain(sha256Hex(changed));
  });

  it("refuses a text file renamed .pdf with a field error, and stores nothing", async () => {
    const before = await t.p.db.select({ n: count() }).from(issuedDocuments);
    const text = "Ini bukan PDF, hanya teks biasa.\n";
    const res = await upload("/verifikasi", text, "surat.pdf", "application/pdf");
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('id="berkas-error"');
    expect(html).toContain("Berkas yang dipilih bukan PDF");
    expect(html).toContain('class="govuk-error-summary"');
    expect(await t.p.files.has(sha256Hex(text))).toBe(false);
    expect(await t.p.db.select({ n: count() }).from(issuedDocuments)).toEqual(before);
    const missing = await a.request("/verifikasi", { method: "POST", body: new FormData() });
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain("Pilih berkas PDF yang akan diperiksa.");
  });

  it("refuses a file over 20 MB with a clear message", async () => {
    const big = new Uint8Array(21 * 1024 * 1024);
    big.set(new TextEncoder().encode("%PDF-1.7\n"));
    const res = await upload("/verifikasi", big);
    expect(res.status).toBe(413);
    expect(await res.text()).toContain("Berkas terlalu besar. Ukuran maksimal 20 MB.");
  });

  it("answers 404 for junk and unknown ids", async () => {
    for (const path of [
      "/verifikasi/xyz",
      "/verifikasi/%3Cscript%3E",
      "/verifikasi/aaaaaaaaaaaaaaa1",
      "/verifikasi/aaaaaaaaaaaaaaaa",
      "/verifikasi/aaaaaaaaaaaaaaaa/berkas",
    ]) {
      const res = await a.request(path);
      expect(res.status, path).toBe(404);
    }
    const api = await a.request("/api/v1/verification/nope");
    expect(api.status).toBe(404);
    expect((await api.json()).error).toBe("not_found");
  });

  it("redirects the ID form to the document page, and explains a malformed ID", async () => {
    const { document } = await issue("Dokumen untuk formulir ID");
    const typed = document.id
      .toUpperCase()
      .replace(/(.{4})/g, "$1 ")
      .trim();
    const res = await a.request(`/verifikasi?id=${encodeURIComponent(typed)}`);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/verifikasi/${document.id}`);
    const bad = await a.page("/verifikasi?id=bukan-id");
    expect(bad.res.status).toBe(400);
    expect(bad.html).toContain('id="id-error"');
    expect((await a.request(`/en/verifikasi?id=${document.id}`)).headers.get("location")).toBe(`/en/verifikasi/${document.id}`);
  });

  it("shows a revoked document as revoked, with the reason", async () => {
    const { document } = await issue("Dokumen yang dicabut");
    await inTransaction(t.p, SYSTEM_ACTOR, (w) => revokeDocument(w, document.id, "Diterbitkan dengan nomor yang salah"));
    const { html } = await a.page(`/verifikasi/${document.id}`);
    expect(html).toContain('data-verify="revoked"');
    expect(html).toContain("Dokumen ini telah dicabut");
    expect(html).toContain("Diterbitkan dengan nomor yang salah");
    const api = await (await a.request(`/api/v1/verification/${document.id}`)).json();
    expect(api.revoked).toBe(true);
    expect(api.signatureValid).toBe(true);
  });

  it("shows 'signature invalid' when the registry row was changed in the database", async () => {
    const { document } = await issue("Judul asli");
    await t.p.db.execute(sql`UPDATE issued_documents SET title = 'Judul yang dipalsukan' WHERE id = ${document.id}`);
    const { html } = await a.page(`/verifikasi/${document.id}`);
    expect(html).toContain('data-verify="signature-invalid"');
    expect(html).toMatch(/govuk-tag--red">Tidak sah</);
  });

  it("puts the verify URL into the PDF text", async () => {
    const { document, bytes, verifyUrl } = await issue("Dokumen dengan kode QR");
    expect(verifyUrl).toBe(`http://localhost:3000/verifikasi/${document.id}`);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
    expect(text).toContain(verifyUrl);
    expect(text).toContain("Verifikasi keaslian dokumen ini di");
  });

  it("serves the entry and the upload check as JSON", async () => {
    const { document, bytes } = await issue("Dokumen API");
    const res = await a.request(`/api/v1/verification/${document.id}`);
    expect(res.status).toBe(200);
    const e = await res.json();
    expect(e).toMatchObject({ id: document.id, title: "Dokumen API", sha256: document.sha256, signatureValid: true, revoked: false });
    expect(e.issuer).toContain("Dinas Komunikasi");
    expect(t.p.key.verify(e.signedPayload, e.signature, e.publicKeyPem)).toBe(true);

    const ok = await (await upload("/api/v1/verification/check", bytes)).json();
    expect(ok).toMatchObject({ match: true, sha256: document.sha256, document: { id: document.id } });
    const other = bytes.slice();
    other[100] ^= 0xff;
    expect(await (await upload("/api/v1/verification/check", other)).json()).toMatchObject({ match: false, document: null });
    const bad = await upload("/api/v1/verification/check", "teks biasa", "x.pdf");
    expect(bad.status).toBe(400);
    expect((await bad.json()).fields.berkas).toContain("bukan PDF");
  });

  it("speaks English under /en and refuses a cross-site upload", async () => {
    const { html } = await a.page("/en/verifikasi");
    expect(html).toContain("Verify a document");
    expect(html).toContain('action="/en/verifikasi"');
    const form = new FormData();
    form.set("berkas", new File(["%PDF-1.4"], "a.pdf"));
    // JSON: an HTML 403 raised by the CSRF middleware cannot render yet (it runs before jsxRenderer in app.tsx).
    const res = await a.request("/verifikasi", {
      method: "POST",
      body: form,
      headers: { origin: "https://evil.example", accept: "application/json" },
    });
    expect(res.status).toBe(403);
    expect((await res.json()).error).toBe("csrf_origin");
  });

  it("seeds one demo document from Diskominfo-SP, once", async () => {
    const id = await seedDemoDocuments(t.p, new Date("2026-03-13T09:30:00Z"));
    expect(id).toBeTruthy();
    expect(await seedDemoDocuments(t.p)).toBeNull();
    const { html } = await a.page(`/verifikasi/${id}`);
    expect(html).toContain("Contoh: Tanda Bukti Permohonan Informasi");
    expect(html).toContain("Dinas Komunikasi, Informatika, Statistik dan Persandian");
    const pdf = new Uint8Array(await (await a.request(`/verifikasi/${id}/berkas`)).arrayBuffer());
    const { text } = await extractText(await getDocumentProxy(pdf), { mergePages: true });
    expect(text).toContain("Selasa, 7 April 2026");
  });
});
