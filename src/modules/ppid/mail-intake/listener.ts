/**
 * The "mail" role: an SMTP listener for the PPID address (behind the regency's
 * MTA, or on loopback). It accepts only recipients of the PPID address and its
 * per-request addresses, keeps each mail (raw and parsed) and threads it.
 */
import type { AddressInfo } from "node:net";
import { SMTPServer, type SMTPServerAddress } from "smtp-server";
import type { Platform } from "../../../platform/context.ts";
import { parseRecipient } from "./address.ts";
import { receiveMail } from "./receive.ts";

export const MAX_MAIL_BYTES = 15 * 1024 * 1024;
const MAX_RECIPIENTS = 20;

const smtpError = (code: number, message: string) => Object.assign(new Error(message), { responseCode: code });

export interface MailIntake {
  port: number;
  close(): Promise<void>;
}

export async function startMailIntake(p: Platform, opts: { port: number; host: string }): Promise<MailIntake> {
  const server = new SMTPServer({
    name: p.config.PPID_MAIL_ADDRESS.split("@")[1],
    banner: "Satu Pintu PPID",
    disabledCommands: ["AUTH", "STARTTLS"],
    authOptional: true,
    size: MAX_MAIL_BYTES,
    logger: false,
    onRcptTo(address: SMTPServerAddress, session, callback) {
      if (session.envelope.rcptTo.length >= MAX_RECIPIENTS) return callback(smtpError(452, "Too many recipients"));
      if (!parseRecipient(p, address.address)) return callback(smtpError(550, `No such recipient here: ${address.address}`));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("error", (e) => callback(e));
      stream.on("end", () => {
        if ((stream as { sizeExceeded?: boolean }).sizeExceeded) {
          return callback(smtpError(552, `Message exceeds the limit of ${MAX_MAIL_BYTES / 1024 / 1024} MB`));
        }
        const envelope = {
          mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
          rcptTo: session.envelope.rcptTo.map((r) => r.address),
        };
        receiveMail(p, Buffer.concat(chunks), envelope).then(
          (r) => {
            p.log.info({ inboundId: r.id, status: r.status, duplicate: r.duplicate }, "PPID mail received");
            callback(null, `Accepted ${r.id}`);
          },
          (e: Error) => {
            p.log.error({ err: e.message }, "PPID mail could not be stored");
            // Temporary failure: the sending server retries later.
            callback(smtpError(451, "Could not store the message, try again later"));
          },
        );
      });
    },
  });
  server.on("error", (e) => p.log.error({ err: e.message }, "mail intake error"));
  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(opts.port, opts.host, () => {
      server.server.off("error", reject);
      resolve();
    });
  });
  const port = (server.server.address() as AddressInfo).port;
  p.log.info({ port, host: opts.host, address: p.config.PPID_MAIL_ADDRESS }, "mail intake listening");
  return { port, close: () => new Promise<void>((r) => server.close(() => r())) };
}
