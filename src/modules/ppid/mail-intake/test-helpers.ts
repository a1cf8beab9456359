/** Shared set-up of this folder's tests (not imported by the app). */
import nodemailer, { type Transporter } from "nodemailer";
import { afterAll, beforeAll } from "vitest";
import { createTestPlatform, type TestPlatform } from "../../../../test/platform.ts";
import { type MailIntake, startMailIntake } from "./listener.ts";

/** Declares the suite's set-up: a test platform, the SMTP listener on a free port and a client for it (read them inside tests). */
export function mailSuite() {
  const suite = {} as { t: TestPlatform; intake: MailIntake; transport: Transporter };
  beforeAll(async () => {
    suite.t = await createTestPlatform();
    suite.intake = await startMailIntake(suite.t.p, { port: 0, host: "127.0.0.1" });
    suite.transport = nodemailer.createTransport({ host: "127.0.0.1", port: suite.intake.port, secure: false, ignoreTLS: true });
  });
  afterAll(async () => {
    suite.transport.close();
    await suite.intake.close();
    await suite.t.close();
  });
  return suite;
}
