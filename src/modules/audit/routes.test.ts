import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "../../../test/auth.ts";
import { createTestPlatform, type TestAgent, type TestPlatform } from "../../../test/platform.ts";
import { queryRows } from "../../platform/db/client.ts";
import { inTransaction } from "../../platform/work.ts";
import { units } from "../organisation/index.ts";

let t: TestPlatform;
let auditor: TestAgent;
let admin: TestAgent;
let unit: { id: string; name: string };
let scriptSeq: number;

beforeAll(async () => {
  t = await createTestPlatform();
  [unit] = await t.p.db.select({ id: units.id, name: units.name }).from(units).limit(1);
  const base = { id: null, role: "admin", ip: "10.1.2.3", userAgent: "uji" };
  await inTransaction(t.p, { ...base, name: "Budi Santoso", unitId: unit.id }, async (w) => {
    await w.audit({ action: "unit.renamed", subjectType: "unit", subjectId: unit.id, before: { name: "Lama" }, after: { name: "Baru" } });
  });
  await inTransaction(t.p, { ...base, name: '=HYPERLINK("http://jahat")', unitId: null }, async (w) => {
    await w.audit({
      action: "user.created",
      subjectType: "user",
      subjectId: "u-1",
      after: { note: 'koma, "kutip"\nbaris baru', x: "<script>alert(1)</script>" },
    });
  });
  scriptSeq = Number((await queryRows<{ seq: string }>(t.p.db, sql`SELECT max(seq) AS seq FROM audit_events`))[0].seq);
  auditor = (await signInAs(t, { roles: [{ role: "auditor" }], name: "Auditor Uji" })).agent;
  admin = (await signInAs(t, { roles: [{ role: "admin" }] })).agent;
});
afterAll(() => t.close());

const ROUTES = ["/audit", "/audit/1", "/audit/ekspor.csv", "/audit/verifikasi"];

describe("audit pages: who may see them", () => {
  it("sends anonymous visitors to sign in (401)", async () => {
    for (const path of ROUTES) {
      const res = await t.agent().request(path);
      expect(res.status, path).toBe(303);
      expect(res.headers.get("location")).toBe(`/masuk?kembali=${encodeURIComponent(path)}`);
      const api = await t.agent().request(path, { headers: { accept: "application/json" } });
      expect(api.status, path).toBe(401);
    }
  });

  it("refuses citizens, staff without the role, and an auditor who has not passed the second factor (403)", async () => {
    const citizen = (await signInAs(t, { kind: "citizen" })).agent;
    const editor = (await signInAs(t, { roles: [{ role: "redaktur" }] })).agent;
    const noMfa = (await signInAs(t, { roles: [{ role: "auditor" }], mfaPassed: false })).agent;
    const opdAuditor = (await signInAs(t, { roles: [{ role: "auditor", unitId: unit.id }] })).agent;
    for (const a of [citizen, editor, noMfa, opdAuditor]) {
      for (const path of ROUTES) expect((await a.request(path)).status, path).toBe(403);
    }
  });

  it("lets admins read but not export; auditors do both", async () => {
    expect((await admin.request("/audit")).status).toBe(200);
    expect((await admin.request("/audit/verifikasi")).status).toBe(200);
    expect((await admin.request("/audit/ekspor.csv")).status).toBe(403);
    const { html } = await admin.page("/audit");
    expect(html).not.toContain("ekspor.csv");
    expect((await auditor.page("/audit")).html).toContain("/audit/ekspor.csv");
  });
});

describe("the audit list", () => {
  it("lists events newest first with time in WIB, actor, role, OPD name, action, subject and IP", async () => {
    const { res, html } = await auditor.page("/audit");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toContain("no-store");
    expect(html).toContain("Budi Santoso");
    expect(html).toContain(unit.name);
    expect(html).toContain("10.1.2.3");
    expect(html).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} WIB/);
    expect(html.indexOf("user.created")).toBeLessThan(html.indexOf("unit.renamed"));
  });

  it("filters by action prefix, actor, OPD, subject and date range", async () => {
    const only = async (q: string) => (await auditor.page(`/audit?${q}`)).html;
    expect(await only("aksi=unit.")).not.toContain("user.created");
    expect(await only("aksi=unit.")).toContain("unit.renamed");
    expect(await only("pelaku=budi")).not.toContain("user.created");
    expect(await only(`opd=${unit.id}`)).toContain("unit.renamed");
    expect(await only(`opd=${unit.id}`)).not.toContain("user.created");
    expect(await only("subjek=user:u-1")).toContain("user.created");
    expect(await only("subjek=user:u-1")).not.toContain("unit.renamed");
    expect(await only("dari=2000-01-01&sampai=2000-01-31")).toContain("Tidak ada catatan");
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    expect(await only(`dari=${today}&sampai=${today}`)).toContain("unit.renamed");
  });

  it("answers 400 with the form and messages for bad filters", async () => {
    for (const [q, msg] of [
      ["dari=13-03-2026", "Tanggal harus berformat"],
      ["dari=2026-02-30", "Tanggal harus berformat"],
      ["dari=2026-03-10&sampai=2026-03-01", "Tanggal akhir tidak boleh sebelum"],
      ["opd=bukan-uuid", "Pilih OPD"],
      ["hal=0", "Nomor halaman"],
      [`aksi=${"a".repeat(101)}`, "terlalu panjang"],
    ]) {
      const { res, html } = await auditor.page(`/audit?${q}`);
      expect(res.status, q).toBe(400);
      expect(html, q).toContain(msg);
      expect(html).toContain("govuk-error-summary");
    }
  });

  it("serves the English page under /en", async () => {
    expect((await auditor.page("/en/audit")).html).toContain("Audit trail");
  });
});

describe("one event", () => {
  it("shows before/after as escaped JSON with both hashes", async () => {
    const { res, html } = await auditor.page(`/audit/${scriptSeq}`);
    expect(res.status).toBe(200);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<script>alert(1)");
    const [row] = await queryRows<{ hash: string; prev_hash: string }>(
      t.p.db,
      sql`SELECT hash, prev_hash FROM audit_events WHERE seq = ${scriptSeq}`,
    );
    expect(html).toContain(row.hash);
    expect(html).toContain(row.prev_hash);
  });

  it("answers 400 for a seq that is not a positive whole number, 404 for an unknown one", async () => {
    for (const s of ["abc", "0", "-1", "1.5", "99999999999999999999"]) expect((await auditor.request(`/audit/${s}`)).status, s).toBe(400);
    expect((await auditor.request("/audit/999999")).status).toBe(404);
  });
});

describe("CSV export", () => {
  it("streams RFC 4180 CSV with a BOM, neutralises formulas, applies filters and records the export", async () => {
    const res = await auditor.request("/audit/ekspor.csv?aksi=user.");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="jejak-audit-\d{8}\.csv"$/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.split("\r\n");
    expect(lines[0]).toBe(
      "seq,waktu_wib,pelaku_id,pelaku,peran,opd_id,opd,aksi,subjek_jenis,subjek_id,ip,user_agent,request_id,sebelum,sesudah,hash_sebelumnya,hash",
    );
    expect(text).toContain(`"'=HYPERLINK(""http://jahat"")"`);
    expect(text).toContain('""note"":""koma, \\""kutip\\""\\nbaris baru""');
    expect(text).not.toContain("unit.renamed");
    expect(text).toMatch(/\+07:00,/);
    const [last] = await queryRows<{ action: string; actor_name: string }>(
      t.p.db,
      sql`SELECT action, actor_name FROM audit_events ORDER BY seq DESC LIMIT 1`,
    );
    expect(last).toEqual({ action: "audit.exported", actor_name: "Auditor Uji" });
  });

  it("pages through more rows than one batch", async () => {
    await inTransaction(t.p, { id: null, name: "massal" }, async (w) => {
      for (let i = 0; i < 1100; i++) await w.audit({ action: "bulk.row", subjectType: "bulk", subjectId: String(i) });
    });
    const text = await (await auditor.request("/audit/ekspor.csv?aksi=bulk.")).text();
    expect(text.trim().split("\r\n")).toHaveLength(1101);
  });

  it("answers 400 for bad filters", async () => {
    expect((await auditor.request("/audit/ekspor.csv?dari=kemarin")).status).toBe(400);
    expect((await auditor.request("/audit/ekspor.csv?opd=1", { headers: { accept: "application/json" } })).status).toBe(400);
  });
});

describe("verification page", () => {
  it("shows an intact chain, then the first broken link after a row is edited in the database", async () => {
    const ok = await auditor.page("/audit/verifikasi");
    expect(ok.res.status).toBe(200);
    expect(ok.html).toContain('data-verify="ok"');
    expect(ok.html).toContain("Belum ada titik periksa");
    await t.p.db.execute(sql`UPDATE audit_events SET actor_name = 'Orang Lain' WHERE seq = ${scriptSeq}`);
    const broken = await auditor.page("/audit/verifikasi");
    expect(broken.html).toContain('data-verify="broken"');
    expect(broken.html).toContain(`catatan no. ${scriptSeq}`);
    expect(broken.html).toContain("Isi catatan diubah");
  });
});
