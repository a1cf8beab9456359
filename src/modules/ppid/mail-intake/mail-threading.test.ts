/**
 * Replies threaded into a request bring their attachments as the requester's
 * files (checked like any upload).
 */
import { and, eq } from "drizzle-orm";
import nodemailer, { type SendMailOptions, type Transporter } from "nodemailer";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "../../../../test/auth.ts";
import { createTestPlatform, type TestPlatform } from "../../../../test/platform.ts";
import { pngBase64, tinyPng, validRequest } from "../../../../test/ppid.ts";
import type { Actor } from "../../../platform/http/actor.ts";
import { submitRequest } from "../commands/submitRequest.ts";
import { ppidRequestEvents, ppidRequestFiles } from "../schema.ts";
import { requestMailAddress } from "./address.ts";
import { threadMail } from "./commands.ts";
import { type MailIntake, startMailIntake } from "./listener.ts";
import { ppidInboundMail } from "./schema.ts";

const META = { ip: "127.0.0.1", userAgent: "test", requestId: null };
let t: TestPlatform;
let intake: MailIntake;
let transport: Transporter;
let pdf: Buffer;

beforeAll(async () => {
  t = await createTestPlatform();
  intake = await startMailIntake(t.p, { port: 0, host: "127.0.0.1" });
  transport = nodemailer.createTransport({ host: "127.0.0.1", port: intake.port, secure: false, ignoreTLS: true });
  const doc = await PDFDocument.create();
  doc.addPage();
  pdf = Buffer.from(await doc.save());
});
afterAll(async () => {
  transport.close();
  await intake.close();
  await t.close();
});

const send = (to: string, over: Partial<SendMailOptions> = {}) =>
  transport.sendMail({ from: "Siti Rahmawati <siti@contoh.id>", to, subject: "Kelengkapan", text: "Terlampir.", ...over });
const newRequest = () =>
  submitRequest(t.p, null, META, {
    channel: "api",
    raw: { ...validRequest(), identityDocument: { filename: "ktp.png", contentBase64: pngBase64() } },
  });
/** Built when called: the PDF is made in beforeAll. */
const attachments = () => [
  { filename: "surat kuasa.pdf", content: pdf },
  { filename: "foto.png", content: Buffer.from(tinyPng()) },
  { filename: "bukan.pdf", content: Buffer.from("ini hanya teks, bukan PDF") },
];
const lampiran = (requestId: string) =>
  t.p.db
    .select()
    .from(ppidRequestFiles)
    .where(and(eq(ppidRequestFiles.requestId, requestId), eq(ppidRequestFiles.purpose, "lampiran")))
    .orderBy(ppidRequestFiles.name);
const mailEvent = async (requestId: string) =>
  (
    await t.p.db
      .select()
      .from(ppidRequestEvents)
      .where(and(eq(ppidRequestEvents.requestId, requestId), eq(ppidRequestEvents.kind, "email_received")))
  )[0];

async function deskActor(): Promise<Actor> {
  const { userId } = await signInAs(t, { roles: [{ role: "petugas_layanan" }], name: "Petugas Meja" });
  return {
    userId,
    kind: "staff",
    name: "Petugas Meja",
    email: "meja@x",
    roles: [{ role: "petugas_layanan", unitId: null }],
    clearance: "biasa",
    sessionId: "s",
    csrfToken: "c",
    mfaPassed: true,
  };
}

describe("attachments of a threaded reply", () => {
  it("a reply to the request's address: PDF and PNG become the requester's files, the fake PDF is named in the event", async () => {
    const r = await newRequest();
    await send(requestMailAddress(t.p, r.number!), { attachments: attachments() });
    const files = await lampiran(r.id);
    expect(files).toMatchObject([
      { name: "foto.png", mime: "image/png", forRequester: true, createdBy: null, size: tinyPng().byteLength },
      { name: "surat kuasa.pdf", mime: "application/pdf", forRequester: true, size: pdf.byteLength },
    ]);
    const ev = await mailEvent(r.id);
    expect(ev.data).toMatchObject({
      files: expect.arrayContaining([{ id: files[0].id, name: "foto.png" }]),
      skipped: [{ name: "bukan.pdf", reason: expect.stringContaining("harus PDF, JPG, atau PNG yang sebenarnya") }],
    });
    // The bytes are the mail's own attachment (content-addressed).
    const [m] = await t.p.db.select().from(ppidInboundMail).where(eq(ppidInboundMail.requestId, r.id));
    expect(files.map((f) => f.fileKey).sort()).toEqual(
      m.attachments
        .filter((a) => a.name !== "bukan.pdf")
        .map((a) => a.fileKey)
        .sort(),
    );
  });

  it("a reply threaded by the desk by number brings its attachments too", async () => {
    const r = await newRequest();
    await send("ppid@lebongkab.go.id", { subject: `Re: permohonan ${r.number}`, attachments: attachments().slice(1) });
    const [m] = await t.p.db
      .select()
      .from(ppidInboundMail)
      .where(eq(ppidInboundMail.subject, `Re: permohonan ${r.number}`));
    expect(m.status).toBe("baru");
    expect(await lampiran(r.id)).toEqual([]);
    const desk = await deskActor();
    await threadMail(t.p, desk, META, m.id, { number: r.number });
    expect(await lampiran(r.id)).toMatchObject([{ name: "foto.png", forRequester: true, createdBy: desk.userId }]);
    expect((await mailEvent(r.id)).data).toMatchObject({ threadedBy: "Petugas Meja", skipped: [{ name: "bukan.pdf" }] });
  });
});
