import { eq } from "drizzle-orm";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../../../test/platform.ts";
import { inTransaction, SYSTEM_ACTOR } from "../work.ts";
import { REDACTED_TEXT } from "./mailer.ts";
import { outbox } from "./schema.ts";

const received: { to: string; subject: string; text: string; replyTo?: string }[] = [];
let smtp: SMTPServer;
let port = 0;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((m) => {
          const replyTo = m.replyTo?.text;
          received.push({
            to: String((m.to as { text: string }).text),
            subject: m.subject ?? "",
            text: m.text ?? "",
            ...(replyTo ? { replyTo } : {}),
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((r) => smtp.listen(0, "127.0.0.1", () => r()));
  port = (smtp.server.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((r) => smtp.close(() => r())));

describe("mail", () => {
  let t: TestPlatform;
  afterAll(() => t?.close());

  it("without SMTP, a mail stays in the outbox (held) and no delivery job is queued", async () => {
    const held = await createTestPlatform();
    try {
      await inTransaction(held.p, SYSTEM_ACTOR, (w) => w.mail({ to: "warga@contoh.id", subject: "Uji", text: "Isi" }));
      const [row] = await held.p.db.select().from(outbox);
      expect(row.status).toBe("held");
    } finally {
      await held.close();
    }
  });

  it("with SMTP, the mail committed with a change is delivered by the job and marked sent", async () => {
    t = await createTestPlatform({ SMTP_URL: `smtp://127.0.0.1:${port}` });
    await inTransaction(t.p, SYSTEM_ACTOR, (w) =>
      w.mail({
        to: "warga@contoh.id",
        subject: "Permohonan Anda — diterima",
        text: "Nomor: PPID-2026-000001",
        replyTo: "ppid+PPID-2026-000001.0a1b2c3d@lebongkab.go.id",
      }),
    );
    await inTransaction(t.p, SYSTEM_ACTOR, (w) =>
      w.mail({
        to: "rahasia@contoh.id",
        subject: "Atur ulang kata sandi",
        text: "https://x/akun/atur-ulang-sandi?token=abc",
        sensitive: true,
      }),
    );
    // A rolled-back change sends nothing.
    await expect(
      inTransaction(t.p, SYSTEM_ACTOR, async (w) => {
        await w.mail({ to: "batal@contoh.id", subject: "Tidak terkirim", text: "x" });
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    await t.p.jobs.work();
    const deadline = Date.now() + 20_000;
    while (received.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(received.find((m) => m.to === "warga@contoh.id")).toEqual({
      to: "warga@contoh.id",
      subject: "Permohonan Anda — diterima",
      text: "Nomor: PPID-2026-000001\n",
      replyTo: "ppid+PPID-2026-000001.0a1b2c3d@lebongkab.go.id",
    });
    expect(received.find((m) => m.to === "rahasia@contoh.id")?.text).toContain("token=abc");
    let status = "";
    while (status !== "sent" && Date.now() < deadline) {
      [{ status }] = await t.p.db.select({ status: outbox.status }).from(outbox).where(eq(outbox.to, "warga@contoh.id"));
      if (status !== "sent") await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toBe("sent");
    expect(await t.p.db.select().from(outbox).where(eq(outbox.to, "batal@contoh.id"))).toEqual([]);
    // A mail with a secret link does not stay readable in the outbox once delivered.
    let secret = "";
    while (secret !== REDACTED_TEXT && Date.now() < deadline) {
      [{ text: secret }] = await t.p.db.select({ text: outbox.text }).from(outbox).where(eq(outbox.to, "rahasia@contoh.id"));
      if (secret !== REDACTED_TEXT) await new Promise((r) => setTimeout(r, 200));
    }
    expect(secret).toBe(REDACTED_TEXT);
  });
});
