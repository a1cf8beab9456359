import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "../../../../test/auth.ts";
import { createTestPlatform, type TestPlatform } from "../../../../test/platform.ts";
import { ppidRequests } from "../schema.ts";
import { FORM_LIMIT } from "./http.tsx";
import { requestFormData, trackingPathIn } from "./test-helpers.ts";

let t: TestPlatform;
let ipSeq = 0;
/** Each test posts from its own address, so the per-address limit of one does not touch another. */
const fromNewIp = () => ({ "x-forwarded-for": `203.0.113.${++ipSeq}` });
const count = async () => (await t.p.db.select({ n: sql<number>`count(*)::int` }).from(ppidRequests))[0].n;

beforeAll(async () => {
  t = await createTestPlatform({ TRUST_PROXY: "true" });
});
afterAll(async () => t.close());

describe("the PPID landing page and the form", () => {
  it("/ppid explains the service with the statutory timeline from the law data, cacheable and without a cookie", async () => {
    const res = await t.agent().request("/ppid");
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get("set-cookie")).toBeNull();
    expect(res.headers.get("cache-control")).toContain("public");
    expect(html).toContain("Ajukan permohonan informasi");
    expect(html).toContain("<strong>10 hari kerja</strong>");
    expect(html).toContain("<strong>7 hari kerja</strong>");
    expect(html).toContain("<strong>30 hari kerja</strong>");
    expect(html).toContain("<strong>14 hari kerja</strong>");
    for (const link of [
      "/ppid/permohonan",
      "/ppid/lacak",
      "/ppid/register",
      "/ppid/dip",
      "/ppid/dik",
      "/ppid/maklumat",
      "/ppid/standar-layanan",
      "/kalender/tenggat",
    ]) {
      expect(html).toContain(`href="${link}"`);
    }
  });

  it("renders the form for anyone without a cookie or a token, every field labelled, the honeypot hidden", async () => {
    const res = await t.agent().request("/ppid/permohonan");
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get("set-cookie")).toBeNull();
    expect(res.headers.get("cache-control")).toContain("public");
    expect(html).toContain('enctype="multipart/form-data"');
    expect(html).not.toContain('name="_csrf"');
    for (const f of [
      "requesterType",
      "name",
      "nik",
      "legalDocNumber",
      "address",
      "phone",
      "email",
      "occupation",
      "proxy",
      "proxyName",
      "proxyLetter",
      "details",
      "purpose",
      "accessMethods",
      "copyDelivery",
      "hideText",
      "identityDocument",
      "statement",
    ]) {
      expect(html, f).toContain(`name="${f}"`);
    }
    expect(html).toContain('type="checkbox" value="salinan_softcopy"');
    expect(html).toContain('type="radio" value="email"');
    expect(html).toMatch(
      /aria-hidden="true"><label for="website">[^<]+<\/label><input id="website" name="website" type="text" tabindex="-1" autocomplete="off"/,
    );
  });

  it("files a request with a KTP image and shows the number, the due date and the secret once (no-store)", async () => {
    const before = await count();
    const res = await t.agent().request("/ppid/permohonan", { body: requestFormData(), headers: fromNewIp() });
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toContain("no-store");
    const number = /PPID-\d{4}-\d{6}/.exec(html)?.[0];
    expect(number).toBeTruthy();
    const [row] = await t.p.db.select().from(ppidRequests).where(eq(ppidRequests.number, number!));
    expect(row.channel).toBe("online");
    expect(row.userId).toBeNull();
    expect(html).toContain(row.letterNumber!);
    expect(html).toContain("Batas waktu pemberitahuan tertulis");
    expect(html).toContain("siti@contoh.id");
    const path = trackingPathIn(html);
    const secret = decodeURIComponent(path.split("/").at(-1)!);
    expect(html).toContain(`<code class="sp-secret">${secret}</code>`);
    expect(await count()).toBe(before + 1);
  });

  it("explains every mistake in Bahasa Indonesia beside the field, keeps what was typed, asks for the files again, saves nothing", async () => {
    const before = await count();
    const res = await t.agent().request("/ppid/permohonan", {
      body: requestFormData(
        { name: "", nik: "12345", accessMethods: undefined, statement: undefined, address: "Jl. Kenanga 3, Muara Aman" },
        { identityDocument: null },
      ),
      headers: fromNewIp(),
    });
    const html = await res.text();
    expect(res.status).toBe(400);
    expect(html).toContain("govuk-error-summary");
    expect(html).toContain('href="#name">Isi nama lengkap.');
    expect(html).toContain('href="#identityDocument">Unggah foto atau pindaian KTP');
    expect(html).toContain("Pilih paling sedikit satu cara memperoleh informasi.");
    expect(html).toContain("Centang pernyataan bahwa data yang Anda isi benar.");
    expect(html).toContain('id="name-error"');
    expect(html).toContain("NIK harus 16 angka");
    expect(html).toContain("Jl. Kenanga 3, Muara Aman");
    expect(html).toContain('value="12345"');
    expect(html).toContain("Pilih kembali berkas KTP");
    expect(await count()).toBe(before);
  });

  it("refuses a file that is not really an image or PDF, and a missing KTP", async () => {
    const before = await count();
    const fake = new Blob([new TextEncoder().encode("MZ this is not an image at all")], { type: "image/png" });
    const res = await t
      .agent()
      .request("/ppid/permohonan", { body: requestFormData({}, { identityDocument: fake }), headers: fromNewIp() });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("harus PDF, JPG, atau PNG yang sebenarnya");
    const none = await t
      .agent()
      .request("/ppid/permohonan", { body: requestFormData({}, { identityDocument: null }), headers: fromNewIp() });
    expect(none.status).toBe(400);
    expect(await none.text()).toContain("Unggah foto atau pindaian KTP");
    expect(await count()).toBe(before);
  });

  it("refuses a filled honeypot and saves nothing", async () => {
    const before = await count();
    const res = await t
      .agent()
      .request("/ppid/permohonan", { body: requestFormData({ website: "http://spam.example" }), headers: fromNewIp() });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Kiriman ditolak");
    expect(await count()).toBe(before);
  });

  it("limits submissions per address with a 429 page in Bahasa Indonesia", async () => {
    const headers = fromNewIp();
    for (let i = 0; i < FORM_LIMIT.max; i++) {
      const r = await t.agent().request("/ppid/permohonan", { body: requestFormData({ name: "" }), headers });
      expect(r.status).toBe(400);
    }
    const res = await t.agent().request("/ppid/permohonan", { body: requestFormData(), headers });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    const html = await res.text();
    expect(html).toContain("Terlalu banyak kiriman");
    expect(html).toMatch(/Coba lagi dalam \d+ menit/);
    // Another address is not affected.
    expect((await t.agent().request("/ppid/permohonan", { body: requestFormData(), headers: fromNewIp() })).status).toBe(200);
  });

  it("prefills a signed-in citizen's name and email, requires the session token, and links the request to the account", async () => {
    const { agent, userId } = await signInAs(t, { kind: "citizen", name: "Rina Marlina", email: "rina@contoh.id" });
    const { res, html } = await agent.page("/ppid/permohonan");
    expect(res.headers.get("cache-control")).toContain("no-store");
    expect(html).toContain('value="Rina Marlina"');
    expect(html).toContain('value="rina@contoh.id"');
    expect(html).toContain('name="_csrf"');
    const without = await agent.request("/ppid/permohonan", {
      body: requestFormData({ name: "Rina Marlina", email: "rina@contoh.id" }),
      headers: fromNewIp(),
    });
    expect(without.status).toBe(403);
    const fd = requestFormData({ name: "Rina Marlina", email: "rina@contoh.id" });
    fd.append("_csrf", agent.csrfToken!);
    const ok = await agent.request("/ppid/permohonan", { body: fd, headers: fromNewIp() });
    const okHtml = await ok.text();
    expect(ok.status).toBe(200);
    const number = /PPID-\d{4}-\d{6}/.exec(okHtml)![0];
    const [row] = await t.p.db.select().from(ppidRequests).where(eq(ppidRequests.number, number));
    expect(row.userId).toBe(userId);

    const list = await agent.page("/akun/permohonan");
    expect(list.html).toContain(`href="/ppid/permohonan/saya/${number}"`);
    const own = await agent.page(`/ppid/permohonan/saya/${number}`);
    expect(own.res.status).toBe(200);
    expect(own.html).toContain("Riwayat permohonan");
    expect(own.html).toContain(`action="/ppid/lacak/saya/${number}/tarik"`);

    // Someone else's account, and nobody signed in, see nothing of it.
    const other = await signInAs(t, { kind: "citizen" });
    const theirs = await other.agent.request(`/ppid/permohonan/saya/${number}`);
    expect(theirs.status).toBe(404);
    expect(await theirs.text()).not.toContain("Rina");
    expect((await other.agent.page("/akun/permohonan")).html).not.toContain(number);
    const anon = await t.agent().request(`/ppid/permohonan/saya/${number}`);
    expect(anon.status).toBe(303);
    expect(anon.headers.get("location")).toContain("/masuk");

    // Withdrawing from the account page.
    const w = await agent.request(`/ppid/lacak/saya/${number}/tarik`, { form: { reason: "Sudah tidak diperlukan" } });
    expect(w.status).toBe(303);
    expect(w.headers.get("location")).toBe(`/ppid/permohonan/saya/${number}?selesai=ditarik`);
    const [after] = await t.p.db.select().from(ppidRequests).where(eq(ppidRequests.number, number));
    expect(after.state).toBe("DITARIK");
  });
});
