/**
 * Every number of days the objection pages, letters and mails print comes from
 * the law data in force (loadLaw), not from text: with the setting changed to
 * 21 / 17 / 9 working days, those numbers appear and the statutory 30 / 30 / 14 do not.
 */
import { eq } from "drizzle-orm";
import { extractText, getDocumentProxy } from "unpdf";
import { beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "../../../test/auth.ts";
import type { TestPlatform } from "../../../test/platform.ts";
import { settings } from "../../platform/db/settings-schema.ts";
import { outbox } from "../../platform/mail/schema.ts";
import { LAW_SETTING_KEY } from "../ppid/index.ts";
import { getObjection, issueObjectionReceipt } from "./index.ts";
import { fileAtDesk, keberatanSuite, overdueRequest } from "./test-helpers.ts";

const suite = keberatanSuite();
let t: TestPlatform;
beforeAll(async () => {
  t = suite.t;
  await t.p.db
    .insert(settings)
    .values({ key: LAW_SETTING_KEY, value: { objectionWindowDays: 21, atasanDecisionDays: 17, disputeWindowDays: 9 } });
});

async function pdfText(docId: string | null) {
  const res = await t.agent().request(`/verifikasi/${docId}/berkas`);
  expect(res.status).toBe(200);
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(await res.arrayBuffer())), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

describe("the law data in the objection texts", () => {
  it("start page, request form, queue, desk form, letters and mails print 21 / 17 / 9 working days", async () => {
    const start = await (await t.agent().request("/ppid/keberatan")).text();
    expect(start).toContain("paling lambat 21 hari kerja sejak alasannya terjadi");
    expect(start).toContain("paling lambat 17 hari kerja sejak keberatan diterima");
    expect(start).toMatch(/dalam\s+9 hari kerja/);
    expect(start).not.toMatch(/\b(30|14) hari kerja/);

    const r = await overdueRequest(t, "law@contoh.id");
    const form = await (await t.agent().request(`/ppid/keberatan/baru?nomor=${r.number}&kode=${r.secret}`)).text();
    expect(form).toContain("paling lambat 21 hari kerja sejak alasan itu terjadi");

    const { agent: desk } = await signInAs(t, { roles: [{ role: "petugas_layanan" }] });
    expect((await desk.page("/ppid/kelola/keberatan")).html).toContain("(17 hari kerja sejak diterima)");
    expect((await desk.page("/ppid/kelola/keberatan/baru")).html).toContain("paling lambat 21 hari kerja sejak alasan itu terjadi");
    const casePath = await fileAtDesk(desk, r.number);
    const id = casePath.split("/").at(-1) ?? "";
    const mails = async () => (await t.p.db.select().from(outbox).where(eq(outbox.to, "law@contoh.id"))).map((m) => m.text).join("\n");
    expect(await mails()).toContain("(17 hari kerja sejak keberatan diterima)");
    expect(await pdfText(await issueObjectionReceipt(t.p, id))).toContain("paling lambat 17 hari kerja sejak keberatan diterima");

    expect((await desk.request(`${casePath}/teruskan`, { form: {} })).status).toBe(303);
    const { agent: atasan } = await signInAs(t, { roles: [{ role: "atasan_ppid" }] });
    await atasan.page(casePath);
    const decided = await atasan.request(`${casePath}/putuskan`, {
      form: { decision: "dikabulkan", decisionText: "PPID wajib memberikan informasinya dalam 5 hari kerja.", position: "Sekda" },
    });
    expect(decided.status).toBe(303);
    expect(await mails()).toContain("dalam 9 hari kerja sejak tanggapan ini diterima");
    const k = await getObjection(t.p.db, id);
    expect(await pdfText(k?.decisionDocId ?? null)).toContain("paling lambat 9 hari kerja sejak tanggapan ini diterima");
  });
});
