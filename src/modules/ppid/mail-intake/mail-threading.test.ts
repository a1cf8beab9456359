/**
 * Replies threaded into a request bring their attachments as the requester's
 * files (checked like any upload), and registering a mail from the holding pen
 * is one transaction: the mail is registered once, however often the desk submits.
 */
import { and, eq } from "drizzle-orm";
import type { SendMailOptions } from "nodemailer";
import { PDFDocument } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "../../../../test/auth.ts";
import type { TestPlatform } from "../../../../test/platform.ts";
import { pngBase64, tinyPng, validRequest } from "../../../../test/ppid.ts";
import { auditEvents } from "../../../platform/audit/schema.ts";
import type { Actor } from "../../../platform/http/actor.ts";
import { submitRequest } from "../commands/submitRequest.ts";
import { ppidRequestEvents, ppidRequestFiles, ppidRequests } from "../schema.ts";
import { requestMailAddress } from "./address.ts";
import { registerFromMail, threadMail } from "./commands.ts";
import { ppidInboundMail } from "./schema.ts";
import { mailSuite } from "./test-helpers.ts";

const META = { ip: "127.0.0.1", userAgent: "test", requestId: null };
const suite = mailSuite();
let t: TestPlatform;
let pdf: Buffer;

beforeAll(async () => {
  t = suite.t;
  const doc = await PDFDocument.create();
  doc.addPage();
  pdf = Buffer.from(await doc.save());
});

const send = (to: string, over: Partial<SendMailOptions> = {}) =>
  suite.transport.sendMail({ from: "Siti Rahmawati <siti@contoh.id>", to, subject: "Kelengkapan", text: "Terlampir.", ...over });
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

describe("registering a mail from the holding pen", () => {
  const fields = {
    requesterType: "perorangan",
    name: "Rina Marlina",
    nik: "1707015203900001",
    address: "Desa Tubei, Kabupaten Lebong",
    email: "siti@contoh.id",
    occupation: "Guru",
    details: "Salinan dokumen anggaran perbaikan jalan desa Tubei tahun 2026.",
    purpose: "Mengawasi pembangunan jalan desa.",
    accessMethods: "salinan_softcopy",
    copyDelivery: "email",
    identityAttachment: "0",
  };

  it("refuses a chosen attachment that is not an image or PDF, leaving the mail waiting and no request", async () => {
    await send("ppid@lebongkab.go.id", { subject: "Permohonan A", attachments: attachments().slice(2) });
    const [m] = await t.p.db.select().from(ppidInboundMail).where(eq(ppidInboundMail.subject, "Permohonan A"));
    const err = await registerFromMail(t.p, await deskActor(), META, m.id, fields).catch((e) => e);
    expect(err.fields.identityAttachment).toContain("harus PDF, JPG, atau PNG");
    expect((await t.p.db.select().from(ppidInboundMail).where(eq(ppidInboundMail.id, m.id)))[0].status).toBe("baru");
    expect(await t.p.db.select().from(ppidRequests).where(eq(ppidRequests.name, "Rina Marlina"))).toEqual([]);
  });

  it("registers once when the desk submits twice at the same moment: one request, one audit event, the other refused", async () => {
    await send("ppid@lebongkab.go.id", { subject: "Permohonan B", attachments: attachments().slice(1, 2) });
    const [m] = await t.p.db.select().from(ppidInboundMail).where(eq(ppidInboundMail.subject, "Permohonan B"));
    const desk = await deskActor();
    const results = await Promise.allSettled([
      registerFromMail(t.p, desk, META, m.id, fields),
      registerFromMail(t.p, desk, META, m.id, fields),
    ]);
    const ok = results.filter((x) => x.status === "fulfilled");
    const refused = results.filter((x) => x.status === "rejected");
    expect(ok).toHaveLength(1);
    expect(refused).toMatchObject([{ reason: { status: 409 } }]);
    const requests = await t.p.db.select().from(ppidRequests).where(eq(ppidRequests.name, "Rina Marlina"));
    expect(requests).toMatchObject([{ channel: "email", state: "TERREGISTRASI" }]);
    const [after] = await t.p.db.select().from(ppidInboundMail).where(eq(ppidInboundMail.id, m.id));
    expect(after).toMatchObject({ status: "diregistrasi", requestId: requests[0].id });
    const audits = await t.p.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "ppid.mail.registered"), eq(auditEvents.subjectId, m.id)));
    expect(audits).toHaveLength(1);
    const desks = await t.p.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "ppid.request.desk_registered"), eq(auditEvents.subjectId, requests[0].id)));
    expect(desks).toHaveLength(1);
  });
});
