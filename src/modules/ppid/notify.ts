/** The mails of the PPID service, in plain Bahasa Indonesia. */
import type { Platform } from "../../platform/context.ts";
import type { MailMessage } from "../../platform/mail/mailer.ts";
import type { Work } from "../../platform/work.ts";
import type { PpidRequest } from "./case.ts";
import { requestMailAddress } from "./mail-intake/address.ts";

/** The secret tracking link of a request. */
export function trackingUrl(p: Pick<Platform, "config">, req: Pick<PpidRequest, "number" | "id">, secret: string): string {
  return `${p.config.baseUrl}/ppid/lacak/${encodeURIComponent(req.number ?? req.id)}/${encodeURIComponent(secret)}`;
}

const FOOTER =
  "\n\n—\nPPID Pemerintah Kabupaten Lebong\nSurel ini dikirim otomatis oleh Satu Pintu. Jangan teruskan tautan rahasia di atas kepada orang lain.";

/**
 * A mail to the requester about their request (no mail when they gave no email).
 * Its Reply-To is the request's own address (ppid+<number>.<hmac8>@…), so a
 * reply threads into the request through the mail role.
 */
export async function mailRequester(
  p: Pick<Platform, "config" | "key">,
  w: Work,
  req: Pick<PpidRequest, "email" | "number" | "id">,
  subject: string,
  body: string,
  opts: { sensitive?: boolean } = {},
): Promise<void> {
  const msg = requesterMail(p, req, subject, body, opts);
  if (msg) await w.mail(msg);
}

/** The message mailRequester queues (null without an email), for commands that queue many at once. */
export function requesterMail(
  p: Pick<Platform, "config" | "key">,
  req: Pick<PpidRequest, "email" | "number" | "id">,
  subject: string,
  body: string,
  opts: { sensitive?: boolean } = {},
): MailMessage | null {
  if (!req.email) return null;
  const ref = req.number ?? "permohonan Anda";
  return {
    to: req.email,
    subject: `[${ref}] ${subject}`,
    text: `${body}${FOOTER}`,
    sensitive: opts.sensitive ?? false,
    replyTo: req.number ? requestMailAddress(p, req.number) : undefined,
  };
}
