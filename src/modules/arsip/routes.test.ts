import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "../../../test/auth.ts";
import { createTestPlatform, type TestAgent, type TestPlatform } from "../../../test/platform.ts";
import { queryRows } from "../../platform/db/client.ts";
import { extractRecordText } from "./extract.ts";
import { fileTestRecord, PNG, textPdf, twoUnits } from "./test-helpers.ts";

let t: TestPlatform;
let unitA: string;
let unitB: string;
let arsiparis: TestAgent;

function form(
  agent: TestAgent,
  fields: Record<string, string | string[]>,
  files: { name: string; bytes: Uint8Array; type?: string }[],
): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) fd.append(k, x);
  for (const f of files) fd.append("files", new File([Buffer.from(f.bytes)], f.name, { type: f.type ?? "application/octet-stream" }));
  fd.append("_csrf", agent.csrfToken ?? "");
  return fd;
}

const fields = () => ({
  title: "Berita acara serah terima arsip",
  unitId: unitA,
  "recordDate-day": "5",
  "recordDate-month": "3",
  "recordDate-year": "2026",
  classificationCode: "000.5.6.1",
  documentType: "berita acara",
  keywords: "serah terima; pemindahan",
  flags: ["isPublic"],
});

const actions = async (id: string) =>
  (await queryRows<{ action: string }>(t.p.db, sql`SELECT action FROM audit_events WHERE subject_id = ${id} ORDER BY seq`)).map(
    (a) => a.action,
  );

beforeAll(async () => {
  t = await createTestPlatform();
  [unitA, unitB] = await twoUnits(t);
  ({ agent: arsiparis } = await signInAs(t, { roles: [{ role: "arsiparis", unitId: unitA }] }));
});
afterAll(() => t.close());

describe("staff pages", () => {
  it("asks anonymous readers to sign in and refuses staff who may not capture", async () => {
    const anon = await t.agent().request("/arsip/kelola");
    expect(anon.status).toBe(303);
    expect(anon.headers.get("location")).toContain("/masuk");
    const { agent } = await signInAs(t, { roles: [{ role: "ppid_pelaksana", unitId: unitA }] });
    expect((await agent.page("/arsip/kelola")).res.status).toBe(200);
    expect((await agent.request("/arsip/kelola/baru")).status).toBe(403);
  });

  it("captures a record from the upload form, shows it with its extraction state, and files a new version", async () => {
    await arsiparis.page("/arsip/kelola/baru");
    const pdf = await textPdf("Berita acara pemindahan arsip inaktif ke unit kearsipan");
    const res = await arsiparis.request("/arsip/kelola/baru", { body: form(arsiparis, fields(), [{ name: "ba.pdf", bytes: pdf }]) });
    expect(res.status).toBe(303);
    const id = /\/arsip\/kelola\/([0-9a-f-]{36})/.exec(res.headers.get("location") ?? "")?.[1] ?? "";
    let page = await arsiparis.page(res.headers.get("location") ?? "");
    expect(page.html).toContain("Arsip disimpan.");
    expect(page.html).toContain("Teks sedang diekstrak");
    expect(page.html).toContain("000.5.6.1");
    expect(page.html).toContain("Ditetapkan");
    await extractRecordText(t.p, id);
    page = await arsiparis.page(`/arsip/kelola/${id}`);
    expect(page.html).toContain("Teks terekstrak");
    const v2 = await arsiparis.request(`/arsip/kelola/${id}/versi`, {
      body: form(arsiparis, {}, [{ name: "ba-rev.pdf", bytes: await textPdf("Revisi berita acara") }]),
    });
    expect(v2.status).toBe(303);
    page = await arsiparis.page(`/arsip/kelola/${id}`);
    expect(page.html).toContain("Versi 2 (terkini)");
    expect(page.html).toContain("Versi 1");
    const fin = await arsiparis.request(`/arsip/kelola/${id}/final`, { form: {} });
    expect(fin.status).toBe(303);
    page = await arsiparis.page(`/arsip/kelola/${id}`);
    expect(page.html).not.toContain("Tambah versi baru");
    const late = await arsiparis.request(`/arsip/kelola/${id}/versi`, {
      body: form(arsiparis, {}, [{ name: "v3.pdf", bytes: await textPdf("Versi ketiga") }]),
    });
    expect(late.status).toBe(409);
    expect(await late.text()).toContain("sudah dinyatakan final");
  });

  it("re-renders the form with what was typed and a reason when a file lies about its type", async () => {
    await arsiparis.page("/arsip/kelola/baru");
    const res = await arsiparis.request("/arsip/kelola/baru", { body: form(arsiparis, fields(), [{ name: "scan.pdf", bytes: PNG }]) });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("govuk-error-summary");
    expect(html).toContain("bernama .pdf (PDF) tetapi isinya PNG");
    expect(html).toContain('value="Berita acara serah terima arsip"');
  });

  it("audits every view and download of a record that is not public; shows the classification table", async () => {
    const { recordId } = await fileTestRecord(t, {
      unitId: unitA,
      title: "Nota dinas terbatas",
      securityClass: "terbatas",
      sourceRef: "nota",
    });
    const page = await arsiparis.page(`/arsip/kelola/${recordId}`);
    expect(page.res.status).toBe(200);
    const fileId = /\/berkas\/([0-9a-f-]{36})/.exec(page.html)?.[1];
    const dl = await arsiparis.request(`/arsip/kelola/${recordId}/berkas/${fileId}`);
    expect(dl.status).toBe(200);
    expect(dl.headers.get("content-disposition")).toContain("attachment");
    expect(await actions(recordId)).toEqual(["arsip.record.filed", "arsip.record.viewed", "arsip.record.downloaded"]);
    // Staff of another OPD get the same 404 as for a record that does not exist.
    const { agent: other } = await signInAs(t, { roles: [{ role: "ppid_pelaksana", unitId: unitB }] });
    expect((await other.request(`/arsip/kelola/${recordId}`)).status).toBe(404);
    expect((await other.request(`/arsip/kelola/${recordId}/berkas/${fileId}`)).status).toBe(404);
    const tree = await arsiparis.page("/arsip/kelola/klasifikasi");
    expect(tree.html).toContain("Keputusan/Ketetapan Bupati");
    expect(tree.html).toContain("2 + 3 tahun");
  });
});

describe("classification defaults", () => {
  it("a regency-wide arsiparis sets a code's default class with a reason; new records under it get it; an OPD arsiparis may not", async () => {
    expect(
      (await arsiparis.request("/arsip/kelola/klasifikasi", { form: { code: "700", securityClass: "rahasia", reason: "Pengawasan" } }))
        .status,
    ).toBe(403);
    const { agent } = await signInAs(t, { roles: [{ role: "arsiparis", unitId: null }] });
    await agent.page("/arsip/kelola/klasifikasi");
    const bad = await agent.request("/arsip/kelola/klasifikasi", { form: { code: "700", securityClass: "rahasia", reason: "" } });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("Tuliskan alasannya");
    const ok = await agent.request("/arsip/kelola/klasifikasi", {
      form: { code: "700", securityClass: "rahasia", reason: "Hasil pemeriksaan pengawasan" },
    });
    expect(ok.status).toBe(303);
    expect(await actions("700")).toEqual(["arsip.classification.default_set"]);
    const { recordId } = await fileTestRecord(t, {
      unitId: unitA,
      classificationCode: "700.1",
      title: "Laporan hasil pemeriksaan",
      sourceRef: "lhp",
    });
    const [r] = await queryRows<{ c: string }>(t.p.db, sql`SELECT security_class AS c FROM arsip_records WHERE id = ${recordId}`);
    expect(r.c).toBe("rahasia");
  });
});

describe("public pages", () => {
  it("finds public records only, sets no cookie, and serves their files", async () => {
    const pub = await fileTestRecord(t, {
      unitId: unitA,
      title: "Pengumuman hasil seleksi",
      text: "pengumuman kelulusan seleksi perangkat desa",
      isPublic: true,
      sourceRef: "pub",
    });
    const hid = await fileTestRecord(t, {
      unitId: unitA,
      title: "Pengumuman internal",
      text: "pengumuman kelulusan seleksi internal",
      sourceRef: "hid",
    });
    await extractRecordText(t.p, pub.recordId);
    await extractRecordText(t.p, hid.recordId);
    const anon = t.agent();
    const res = await anon.request("/arsip?q=kelulusan");
    expect(res.status).toBe(200);
    expect(res.headers.getSetCookie()).toEqual([]);
    const html = await res.text();
    expect(html).toContain("Pengumuman hasil seleksi");
    expect(html).not.toContain("Pengumuman internal");
    expect(html).toContain("1 arsip");
    expect(html).toContain("<mark>kelulusan</mark>");
    const rec = await anon.request(`/arsip/${pub.recordId}`);
    const recHtml = await rec.text();
    expect(rec.headers.getSetCookie()).toEqual([]);
    const fileId = /\/berkas\/([0-9a-f-]{36})/.exec(recHtml)?.[1];
    const dl = await anon.request(`/arsip/${pub.recordId}/berkas/${fileId}`);
    expect(dl.status).toBe(200);
    expect(dl.headers.get("content-type")).toBe("application/pdf");
    expect((await anon.request(`/arsip/${hid.recordId}`)).status).toBe(404);
    // A signed-in member of staff sees the same public page (no session-dependent content there).
    const staffView = await (await arsiparis.request("/arsip?q=kelulusan")).text();
    expect(staffView).not.toContain("Pengumuman internal");
  });
});
