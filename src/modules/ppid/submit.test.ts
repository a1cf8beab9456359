import { eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "../../../test/auth.ts";
import { createTestPlatform, type TestPlatform } from "../../../test/platform.ts";
import { pngBase64, tinyPng, validRequest } from "../../../test/ppid.ts";
import { auditEvents } from "../../platform/audit/schema.ts";
import { verifyChain } from "../../platform/audit/verify.ts";
import { queryRows } from "../../platform/db/client.ts";
import { outbox } from "../../platform/mail/schema.ts";
import { issuedDocuments } from "../../platform/verification/index.ts";
import { trackingMatches } from "./case.ts";
import {
  createDeskRequest,
  issueReceipt,
  ppidCounters,
  ppidRequestEvents,
  ppidRequestFiles,
  ppidRequests,
  RECEIPT_JOB,
  submitRequest,
} from "./index.ts";
import { parseRecipient, requestMailAddress } from "./mail-intake/address.ts";

const META = { ip: "127.0.0.1", userAgent: "test", requestId: null };
let t: TestPlatform;
beforeAll(async () => {
  t = await createTestPlatform();
});
afterAll(async () => t.close());

const api = (over: Record<string, unknown> = {}) => ({
  channel: "api" as const,
  raw: { ...validRequest(over), identityDocument: { filename: "ktp.png", contentBase64: pngBase64() } },
});

describe("submitting a request", () => {
  it("registers it at once with a gap-free number, a due date and a mailed secret link", async () => {
    const r = await submitRequest(t.p, null, META, api());
    expect(r.number).toMatch(/^PPID-\d{4}-\d{6}$/);
    expect(r.state).toBe("TERREGISTRASI");
    expect(r.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(r.secret.length).toBeGreaterThan(20);
    const [row] = await t.p.db.select().from(ppidRequests).where(eq(ppidRequests.id, r.id));
    expect(row.trackingHash).not.toContain(r.secret);
    expect(row.letterNumber).toMatch(/^500\.12\.18\.1\/\d+\/PPID\/\d{4}$/);
    const mails = await t.p.db.select().from(outbox).where(eq(outbox.to, "siti@contoh.id"));
    expect(mails.some((m) => m.text.includes(r.trackingUrl) && m.sensitive)).toBe(true);
    // Replies go to the request's own address, which the mail role threads into this request.
    expect(mails.every((m) => m.replyTo === requestMailAddress(t.p, r.number as string))).toBe(true);
    expect(parseRecipient(t.p, mails[0].replyTo as string)).toMatchObject({ kind: "request", number: r.number });
    const events = await t.p.db.select().from(ppidRequestEvents).where(eq(ppidRequestEvents.requestId, r.id));
    expect(events.map((e) => e.kind)).toEqual(["received", "registered"]);
  });

  it("numbers follow each other without gaps, and a failed submission takes no number", async () => {
    const a = await submitRequest(t.p, null, META, api());
    await expect(submitRequest(t.p, null, META, api({ name: "" }))).rejects.toMatchObject({ status: 400 });
    await expect(
      submitRequest(t.p, null, META, {
        channel: "api",
        raw: {
          ...validRequest(),
          identityDocument: { filename: "ktp.png", contentBase64: Buffer.from("not an image").toString("base64") },
        },
      }),
    ).rejects.toMatchObject({ fields: { identityDocument: expect.stringMatching(/PDF, JPG, atau PNG/) } });
    const b = await submitRequest(t.p, null, META, api());
    const seq = (n: string | null) => Number(n?.slice(-6));
    expect(seq(b.number)).toBe(seq(a.number) + 1);
    const [c] = await t.p.db.select().from(ppidCounters);
    expect(c.last).toBe(seq(b.number));
  });

  it("takes a NUL character in a field (which PostgreSQL refuses) out instead of failing with a 500", async () => {
    const res = await t.agent().request("/api/v1/requests", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        ...validRequest({ name: "Siti\u0000 Aminah", details: "Salinan\u0000 laporan keuangan desa tahun 2025 lengkap." }),
        identityDocument: { filename: "k\u0000tp.png", contentBase64: pngBase64() },
      }),
    });
    expect(res.status).toBe(201);
    const { number } = (await res.json()) as { number: string };
    const [row] = await t.p.db.select().from(ppidRequests).where(eq(ppidRequests.number, number));
    expect(row.name).toBe("Siti Aminah");
    expect(row.details).toBe("Salinan laporan keuangan desa tahun 2025 lengkap.");
  });

  it("explains every bad field in Bahasa Indonesia and saves nothing", async () => {
    const before = (await t.p.db.select().from(ppidRequests)).length;
    const err = await submitRequest(t.p, null, META, {
      channel: "api",
      raw: { requesterType: "x", nik: "123", email: "bukan-email", accessMethods: [] },
    }).catch((e) => e);
    expect(err.fields).toMatchObject({
      requesterType: expect.stringMatching(/Pilih jenis pemohon/),
      name: expect.stringMatching(/nama/),
      address: expect.stringMatching(/alamat/),
      email: expect.stringMatching(/email/i),
      details: expect.stringMatching(/rincian/),
      accessMethods: expect.stringMatching(/cara memperoleh/),
    });
    expect((await t.p.db.select().from(ppidRequests)).length).toBe(before);
  });

  it("issues a tanda bukti PDF registered with the verification service", async () => {
    const r = await submitRequest(t.p, null, META, api());
    const docId = await issueReceipt(t.p, r.id);
    expect(docId).toMatch(/^[A-Z0-9-]+$/i);
    const page = await t.agent().request(`/verifikasi/${docId}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(r.number ?? "");
    expect(await issueReceipt(t.p, r.id)).toBe(docId);
  });

  it("renders the tanda bukti outside its transaction, and two workers at once still issue one", async () => {
    const r = await submitRequest(t.p, null, META, api());
    const [a, b] = await Promise.all([issueReceipt(t.p, r.id), issueReceipt(t.p, r.id)]);
    expect(a).toBe(b);
    const docs = await t.p.db.select().from(issuedDocuments).where(eq(issuedDocuments.subjectId, r.id));
    expect(docs.map((d) => d.id)).toEqual([a]);
    const events = await t.p.db.select().from(ppidRequestEvents).where(eq(ppidRequestEvents.requestId, r.id));
    expect(events.filter((e) => e.kind === "receipt_issued")).toHaveLength(1);
  });
});

describe("submissions arriving together (group commit)", () => {
  it("are written together, each with its own consecutive number, audit event, receipt job, mail and files", async () => {
    const [before] = await t.p.db.select().from(ppidCounters);
    const n = 25;
    const results = await Promise.all(
      Array.from({ length: n }, (_, k) =>
        submitRequest(
          t.p,
          null,
          { ...META, ip: `10.0.0.${k + 1}` },
          api({ name: `Pemohon Serentak ${k}`, email: `serentak.${k}@contoh.id` }),
        ),
      ),
    );
    const seqs = results.map((r) => Number(r.number?.slice(-6))).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: n }, (_, k) => before.last + 1 + k));
    const ids = results.map((r) => r.id);
    const rows = await t.p.db.select().from(ppidRequests).where(inArray(ppidRequests.id, ids));
    expect(rows).toHaveLength(n);
    for (const r of results) {
      const row = rows.find((x) => x.id === r.id);
      expect(row).toMatchObject({ number: r.number, state: "TERREGISTRASI", dueOn: r.due });
      // Each caller got its own row's secret and name back.
      expect(trackingMatches(row as never, r.secret)).toBe(true);
      expect(rows.filter((x) => trackingMatches(x, r.secret))).toHaveLength(1);
    }
    const events = await t.p.db.select().from(ppidRequestEvents).where(inArray(ppidRequestEvents.requestId, ids));
    for (const id of ids) expect(events.filter((e) => e.requestId === id).map((e) => e.kind)).toEqual(["received", "registered"]);
    const files = await t.p.db.select().from(ppidRequestFiles).where(inArray(ppidRequestFiles.requestId, ids));
    expect(files.filter((f) => f.purpose === "identitas")).toHaveLength(n);
    for (const [k, r] of results.entries()) {
      const mails = await t.p.db
        .select()
        .from(outbox)
        .where(eq(outbox.to, `serentak.${k}@contoh.id`));
      expect(mails).toHaveLength(1);
      expect(mails[0].text).toContain(r.trackingUrl);
      expect(mails[0].text).toContain(`Pemohon Serentak ${k}`);
      expect(mails[0].replyTo).toBe(requestMailAddress(t.p, r.number as string));
    }
    const jobs = await queryRows<{ id: string }>(
      t.p.db,
      sql`SELECT data->>'id' AS id FROM pgboss.job WHERE name = ${RECEIPT_JOB} AND data->>'id' IN ${ids}`,
    );
    expect(jobs.map((j) => j.id).sort()).toEqual([...ids].sort());
    const audit = await t.p.db.select().from(auditEvents).where(inArray(auditEvents.subjectId, ids));
    expect(audit.filter((a) => a.action === "ppid.request.submitted")).toHaveLength(n);
    expect(new Set(audit.map((a) => a.ip)).size).toBe(n);
    expect((await verifyChain(t.p.db)).ok).toBe(true);
  });
});

describe("desk intake", () => {
  it("registers a walk-in with its back-dated receipt: Fri 13 Mar 2026 16:30 WIB is due Tue 7 Apr 2026", async () => {
    const { agent: _a, userId } = await signInAs(t, { roles: [{ role: "petugas_layanan" }] });
    const actor = {
      userId,
      kind: "staff" as const,
      name: "Petugas",
      email: "p@x",
      roles: [{ role: "petugas_layanan", unitId: null }],
      clearance: "biasa",
      sessionId: "s",
      csrfToken: "c",
      mfaPassed: true,
    };
    // The receipt must be within a year: use a date relative to now only for the guard test below.
    const r = await createDeskRequest(
      t.p,
      actor,
      META,
      { ...validRequest(), channel: "walk_in", receivedDate: "2026-03-13", receivedTime: "16:30", identityChecked: "on" },
      {},
    ).catch((e) => e);
    if (Date.now() - Date.parse("2026-03-13") > 365 * 86_400_000) {
      expect(r.fields.receivedDate).toMatch(/satu tahun/);
      return;
    }
    expect(r.due).toBe("2026-04-07");
    expect(r.number).toMatch(/^PPID-2026-/);
    const refused = await createDeskRequest(t.p, actor, META, {
      ...validRequest(),
      channel: "walk_in",
      receivedDate: "2099-01-01",
      receivedTime: "09:00",
      identityChecked: "on",
    }).catch((e) => e);
    expect(refused.fields.receivedDate).toMatch(/masa depan/);
    const noId = await createDeskRequest(t.p, actor, META, {
      ...validRequest(),
      channel: "walk_in",
      receivedDate: "2026-03-13",
      receivedTime: "10:00",
    }).catch((e) => e);
    expect(noId.fields.identityChecked).toBeTruthy();
  });

  it("is refused to a citizen and to staff without the desk role", async () => {
    const citizen = {
      userId: "00000000-0000-0000-0000-000000000001",
      kind: "citizen" as const,
      name: "W",
      email: "w@x",
      roles: [],
      clearance: "biasa",
      sessionId: "s",
      csrfToken: "c",
      mfaPassed: false,
    };
    await expect(createDeskRequest(t.p, citizen, META, {})).rejects.toMatchObject({ status: 403 });
    await expect(createDeskRequest(t.p, null, META, {})).rejects.toMatchObject({ status: 401 });
  });
});

void tinyPng;
