/** Plain-language words of the requester's pages, in the page's language (messages.ts). */
import type { Child } from "hono/jsx";
import { hasMessage, type Lang, t } from "../../../../platform/i18n/index.ts";
import "../messages.ts";

export { wibStamp } from "../../../../platform/calendar/index.ts";

/** "16.00" in Indonesian, "16:00" in English. */
export const clockTime = (lang: Lang, hhmm: string) => (lang === "id" ? hhmm.replace(":", ".") : hhmm);

/** What happened, as the requester reads it in the history of the request. */
export const eventLabel = (lang: Lang, kind: string) => {
  const key = `ppid.public.event.${kind}`;
  return hasMessage(key) ? t(lang, key) : kind.replaceAll("_", " ");
};

/**
 * The note of an event as the requester reads it. Staff notes are shown as written; the notes the
 * system writes in Indonesian (the decision on a written notice, an objection filed or answered)
 * are said again in English from the event's data.
 */
export function eventNote(lang: Lang, e: { kind: string; note: string | null; data: unknown }): string | null {
  if (lang === "id" || !e.note) return e.note;
  const data = (e.data ?? {}) as Record<string, unknown>;
  const number = typeof data.number === "string" ? data.number : null;
  if (e.kind === "notice_sent" && typeof data.decision === "string") return codeLabel(lang, "decision", data.decision);
  if (e.kind === "objection_filed" && number) return t(lang, "ppid.public.note.objection_filed", { number });
  if (e.kind === "objection_response" && number && (data.response === "puas" || data.response === "tidak_puas")) {
    return t(lang, `ppid.public.note.objection_response.${data.response}`, { number });
  }
  return e.note;
}

/** What a file of the request is. */
export const filePurposeLabel = (lang: Lang, purpose: string) => {
  const key = `ppid.public.file.${purpose}`;
  return hasMessage(key) ? t(lang, key) : purpose;
};

/** A coded value's label (state, decision, access method…) registered under `ppid.public.{group}.{value}`. */
export const codeLabel = (lang: Lang, group: string, value: string) => {
  const key = `ppid.public.${group}.${value}`;
  return hasMessage(key) ? t(lang, key) : value;
};

/**
 * A message with simple markup: `<b>…</b>`, `<a>…</a>` or any `<name>…</name>`
 * is rendered by `tags[name]` (unknown tags show their text); `{param}` placeholders
 * are filled after the markup is read, so a value can never become markup.
 */
export function tr(
  lang: Lang,
  key: string,
  params: Record<string, string | number> = {},
  tags: Record<string, (inner: string) => Child> = {},
): Child[] {
  const raw = t(lang, key);
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
  const out: Child[] = [];
  const re = /<(\w+)>(.*?)<\/\1>/gs;
  let last = 0;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    if (m.index > last) out.push(fill(raw.slice(last, m.index)));
    const render = tags[m[1]];
    out.push(render ? render(fill(m[2])) : fill(m[2]));
    last = re.lastIndex;
  }
  if (last < raw.length) out.push(fill(raw.slice(last)));
  return out;
}

export const kb = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
