import type { Platform } from "../../platform/context.ts";
import { href, type Lang, t } from "../../platform/i18n/index.ts";
import type { Work } from "../../platform/work.ts";

/** A link in the mail to a page of this app, in the reader's language. */
export function link(p: Platform, lang: Lang, path: string, token: string): string {
  return `${p.config.baseUrl}${href(lang, path)}?token=${encodeURIComponent(token)}`;
}

/** Queues one mail whose subject and body are i18n keys (body params filled in). */
export async function sendMail(w: Work, lang: Lang, to: string, kind: string, params: Record<string, string>): Promise<void> {
  const body = t(lang, `acc.mail.${kind}.body`, params);
  // Account mails carry sign-in links: their text is removed from the outbox once delivered.
  await w.mail({ to, subject: t(lang, `acc.mail.${kind}.subject`), text: `${body}\n\n${t(lang, "acc.mail.footer")}`, sensitive: true });
}
