import { and, eq } from "drizzle-orm";
import nodemailer, { type SendMailOptions, type Transporter } from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "../../../../test/auth.ts";
import { createTestPlatform, type TestPlatform } from "../../../../test/platform.ts";
import { pngBase64, tinyPng, validRequest } from "../../../../test/ppid.ts";
import { auditEvents } from "../../../platform/audit/schema.ts";
import { submitRequest } from "../commands/submitRequest.ts";
import { ppidRequestEvents, ppidRequestFiles, ppidRequests } from "../schema.ts";
import { requestMailAddress } from "./address.ts";
import { type MailIntake, startMailIntake } from "./listener.ts";
import { ppidInboundMail } from "./schema.ts";

const META = { ip: "127.0.0.1", userAgent: "test", requestId: null };
let t: TestPlatform;
let intake: MailIntake;
let transport: Transporter;

beforeAll(async () => {
  t = await createTestPlatform();
  intake = await startMailIntake(t.p, { port: 0, host: "127.0.0.1" });
  transport = nodemailer.createTransport({ host: "127.0.0.1", port: intake.port, secure: false, ignoreTLS: true });
});
afterAll(async () => {
  transport.close();
  await intake.close();
  await t.close();
});

const send = (to: string, over: Partial<SendMailOptions> = {}) =>
  transport.sendMail({
    from: "Budi Santoso <budi@contoh.id>",
    to,
    subject: "Permohonan informasi — anggaran jalan desa “2026”",
    text: "Saya meminta salinan dokumen anggaran perbaikan jalan desa Tubei tahun 2026.\nTerima kasih.",
    ...over,
  });
const mailTo = async (address: string) => t.p.db.select().from(ppidInboundMail).where(eq(ppidInboundMail.toAddress, address));
const desk = () => signInAs(t, { roles: [{ role: "petugas_layanan" }], name: "Petugas Meja" });
const newRequest = () =>
  submitRequest(t.p, null, META, {
    channel: "api",
    raw: { ...validRequest(), identityDocument: { filename: "ktp.png", contentBase64: pngBase64() } },
  });

describe("the SMTP listener", () => {
  it("keeps mail to the plain PPID address in the holding pen, raw and parsed, with an audit event", async () => {
    const info = await send("ppid@lebongkab.go.id", { attachments: [{ filename: "ktp budi.png", content: Buffer.from(tinyPng()) }] });
    expect(info.accepted).toEqual(["ppid@lebongkab.go.id"]);
    const [m] = await mailTo("ppid@lebongkab.go.id");
    expect(m).toMatchObject({
      status: "baru",
      fromAddress: "budi@contoh.id",
      fromName: "Budi Santoso",
      subject: "Permohonan informasi — anggaran jalan desa “2026”",
      requestId: null,
      spamFlags: [],
    });
    expect(m.textBody).toContain("jalan desa Tubei");
    expect(m.messageId).toBe(info.messageId);
    expect(m.attachments).toEqual([{ name: "ktp budi.png", mime: "image/png", size: tinyPng().byteLength, fileKey: expect.any(String) }]);
    const raw = (await t.p.files.get(m.rawFileKey))!.toString();
    expect(raw).toContain("Subject:");
    expect(raw).toContain(info.messageId);
    const [audit] = await t.p.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "ppid.mail.received"), eq(auditEvents.subjectId, m.id)));
    expect(audit.after).toMatchObject({ from: "budi@contoh.id", status: "baru", requestId: null });
  });

  it("threads mail to a request's own address into that request (an event for staff)", async () => {
    const r = await newRequest();
    const address = requestMailAddress(t.p, r.number!);
    expect(address).toMatch(new RegExp(`^ppid\\+${r.number}\\.[0-9a-f]{8}@lebongkab\\.go\\.id$`));
    await send(address, { subject: `Re: ${r.number}`, text: "Berikut kelengkapan yang diminta." });
    const [m] = await mailTo(address);
    expect(m).toMatchObject({ status: "digabung", requestId: r.id });
    const [ev] = await t.p.db
      .select()
      .from(ppidRequestEvents)
      .where(and(eq(ppidRequestEvents.requestId, r.id), eq(ppidRequestEvents.kind, "email_received")));
    expect(ev).toMatchObject({ visibility: "staff", data: { inboundId: m.id, from: "budi@contoh.id", subject: `Re: ${r.number}` } });
  });

  it("puts mail with a forged or mistyped tag in the holding pen instead", async () => {
    const r = await newRequest();
    const good = requestMailAddress(t.p, r.number!);
    const forged = good.replace(/\.([0-9a-f]{8})@/, (_all, h: string) => `.${h[0] === "0" ? "1" : "0"}${h.slice(1)}@`);
    await send(forged);
    await send("ppid+sembarang@lebongkab.go.id");
    expect(await mailTo(forged.toLowerCase())).toMatchObject([{ status: "baru", requestId: null }]);
    expect(await mailTo("ppid+sembarang@lebongkab.go.id")).toMatchObject([{ status: "baru" }]);
    const events = await t.p.db
      .select()
      .from(ppidRequestEvents)
      .where(and(eq(ppidRequestEvents.requestId, r.id), eq(ppidRequestEvents.kind, "email_received")));
    expect(events).toEqual([]);
  });

  it("refuses other domains and other mailboxes at RCPT TO and stores nothing", async () => {
    const before = (await t.p.db.select().from(ppidInboundMail)).length;
    for (const to of ["ppid@contoh.id", "bupati@lebongkab.go.id"]) {
      const err = await send(to).catch((e: Error & { responseCode?: number }) => e);
      expect(err).toBeInstanceOf(Error);
      expect(err.responseCode).toBe(550);
    }
    expect((await t.p.db.select().from(ppidInboundMail)).length).toBe(before);
  });

  it("shows an HTML-only mail as text, never as HTML, and flags an auto-reply", async () => {
    await send("ppid@lebongkab.go.id", {
      subject: "Balasan otomatis",
      text: undefined,
      html: '<p>Halo&nbsp;PPID,<br>saya <b>sedang cuti</b>.</p><script>alert("x")</script><img src="https://pelacak.contoh/x.gif">',
      headers: { "Auto-Submitted": "auto-replied" },
    });
    const [m] = await t.p.db.select().from(ppidInboundMail).where(eq(ppidInboundMail.subject, "Balasan otomatis"));
    expect(m.htmlText).toBe("Halo PPID,\nsaya sedang cuti.");
    expect(m.spamFlags).toContain("balasan_otomatis");
    const { agent } = await desk();
    const { html } = await agent.page(`/ppid/kelola/surel/${m.id}`);
    expect(html).toContain("saya sedang cuti.");
    expect(html).not.toContain("<b>sedang");
    expect(html).not.toContain("pelacak.contoh");
    expect(html).not.toContain('alert("x")');
    expect(html).toContain("Balasan otomatis");
  });
});

describe("the desk's holding pen", () => {
  it("registers a mailed request with channel email and the mail's arrival as its receipt", async () => {
    const [m] = await mailTo("ppid@lebongkab.go.id");
    const { agent } = await desk();
    const list = await agent.page("/ppid/kelola/surel");
    expect(list.res.status).toBe(200);
    expect(list.html).toContain("Permohonan informasi — anggaran jalan desa");
    const form = await agent.page(`/ppid/kelola/surel/${m.id}/registrasi`);
    expect(form.html).toContain('value="Budi Santoso"');
    expect(form.html).toContain('value="budi@contoh.id"');
    expect(form.html).toContain("jalan desa Tubei");
    expect(form.html).toContain("Lampiran: ktp budi.png");

    const fields = {
      requesterType: "perorangan",
      name: "Budi Santoso",
      nik: "1707015203900001",
      address: "Desa Tubei, Kabupaten Lebong",
      email: "budi@contoh.id",
      occupation: "Petani",
      details: m.textBody,
      purpose: "Mengawasi pembangunan jalan desa.",
      accessMethods: "salinan_softcopy",
      copyDelivery: "email",
      identityAttachment: "0",
    };
    const bad = await agent.request(`/ppid/kelola/surel/${m.id}/registrasi`, { form: { ...fields, occupation: "", purpose: "" } });
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(badHtml).toContain("Isi pekerjaan.");
    expect(badHtml).toContain(">Desa Tubei, Kabupaten Lebong</textarea>");
    expect((await t.p.db.select().from(ppidRequests).where(eq(ppidRequests.channel, "email"))).length).toBe(0);

    const res = await agent.request(`/ppid/kelola/surel/${m.id}/registrasi`, { form: fields });
    expect(res.status).toBe(303);
    const [after] = await t.p.db.select().from(ppidInboundMail).where(eq(ppidInboundMail.id, m.id));
    expect(after).toMatchObject({ status: "diregistrasi", handledByName: "Petugas Meja" });
    const [req] = await t.p.db.select().from(ppidRequests).where(eq(ppidRequests.id, after.requestId!));
    expect(req).toMatchObject({ channel: "email", state: "TERREGISTRASI", name: "Budi Santoso" });
    expect(req.receivedAt.getTime()).toBe(Math.floor(m.receivedAt.getTime() / 60_000) * 60_000);
    const files = await t.p.db.select().from(ppidRequestFiles).where(eq(ppidRequestFiles.requestId, req.id));
    expect(files).toMatchObject([{ purpose: "identitas", mime: "image/png", fileKey: m.attachments[0].fileKey }]);
    const page = await agent.page(`/ppid/kelola/surel/${m.id}?diregistrasi=1`);
    expect(page.html).toContain(`Permohonan ${req.number} diregistrasi dari surel ini.`);
    // Handled once only.
    expect((await agent.request(`/ppid/kelola/surel/${m.id}/registrasi`, { form: fields })).status).toBe(409);
    const [audit] = await t.p.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "ppid.mail.registered"), eq(auditEvents.subjectId, m.id)));
    expect(audit.after).toMatchObject({ status: "diregistrasi", requestId: req.id });
  });

  it("threads a mail into a request by number, and discards another with a reason", async () => {
    const r = await newRequest();
    const [first, second] = await mailTo("ppid+sembarang@lebongkab.go.id").then(async (a) => [
      ...a,
      ...(await mailTo("ppid@lebongkab.go.id")).filter((x) => x.status === "baru"),
    ]);
    const { agent } = await desk();
    await agent.page(`/ppid/kelola/surel/${first.id}`);
    const unknown = await agent.request(`/ppid/kelola/surel/${first.id}/gabung`, { form: { number: "PPID-1999-000001" } });
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain("Permohonan PPID-1999-000001 tidak ditemukan");
    expect((await agent.request(`/ppid/kelola/surel/${first.id}/gabung`, { form: { number: r.number!.toLowerCase() } })).status).toBe(303);
    expect((await agent.page(`/ppid/kelola/surel/${first.id}?digabung=1`)).html).toContain(`Surel digabungkan ke permohonan ${r.number}.`);
    const [threaded] = await t.p.db.select().from(ppidInboundMail).where(eq(ppidInboundMail.id, first.id));
    expect(threaded).toMatchObject({ status: "digabung", requestId: r.id });
    const events = await t.p.db
      .select()
      .from(ppidRequestEvents)
      .where(and(eq(ppidRequestEvents.requestId, r.id), eq(ppidRequestEvents.kind, "email_received")));
    expect(events).toHaveLength(1);

    const noReason = await agent.request(`/ppid/kelola/surel/${second.id}/buang`, { form: { reason: "" } });
    expect(noReason.status).toBe(400);
    expect(await noReason.text()).toContain("Isi alasan.");
    expect(
      (await agent.request(`/ppid/kelola/surel/${second.id}/buang`, { form: { reason: "Balasan otomatis, bukan permohonan" } })).status,
    ).toBe(303);
    const [gone] = await t.p.db.select().from(ppidInboundMail).where(eq(ppidInboundMail.id, second.id));
    expect(gone).toMatchObject({ status: "dibuang", handledNote: "Balasan otomatis, bukan permohonan" });
    expect((await t.p.db.select().from(auditEvents).where(eq(auditEvents.action, "ppid.mail.discarded"))).length).toBe(1);
    expect((await agent.page("/ppid/kelola/surel?status=dibuang")).html).toContain(gone.subject);
  });

  it("is closed to anyone but the desk", async () => {
    const [m] = await t.p.db.select().from(ppidInboundMail).limit(1);
    expect((await t.agent().request("/ppid/kelola/surel")).status).toBe(303);
    for (const who of [await signInAs(t, { roles: [{ role: "ppid_pelaksana", unitId: null }] }), await signInAs(t, { kind: "citizen" })]) {
      for (const path of [
        "/ppid/kelola/surel",
        `/ppid/kelola/surel/${m.id}`,
        `/ppid/kelola/surel/${m.id}/asli`,
        `/ppid/kelola/surel/${m.id}/registrasi`,
      ]) {
        expect((await who.agent.request(path)).status).toBe(403);
      }
      expect((await who.agent.request(`/ppid/kelola/surel/${m.id}/buang`, { form: { reason: "coba-coba saja" } })).status).toBe(403);
    }
  });
});
