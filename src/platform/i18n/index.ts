/**
 * Bahasa Indonesia first, English second. Every module registers its strings
 * with both languages side by side, so a missing translation is a type error.
 */
export type Lang = "id" | "en";
export const LANGS: Lang[] = ["id", "en"];
export type Messages = Record<string, { id: string; en: string }>;

const registry = new Map<string, { id: string; en: string }>();

export function registerMessages(messages: Messages): void {
  for (const [k, v] of Object.entries(messages)) {
    if (registry.has(k) && registry.get(k)!.id !== v.id) throw new Error(`i18n key registered twice: ${k}`);
    registry.set(k, v);
  }
}

/** Translates a key; `{name}` placeholders are filled from params. Unknown keys show as the key. */
export function t(lang: Lang, key: string, params?: Record<string, string | number>): string {
  const entry = registry.get(key);
  let s = entry ? entry[lang] : key;
  if (params) for (const [k, v] of Object.entries(params)) s = s.replaceAll(`{${k}}`, String(v));
  return s;
}

export function hasMessage(key: string): boolean {
  return registry.has(key);
}

/** A link in the given language: English pages live under /en. */
export function href(lang: Lang, path: string): string {
  if (lang === "id") return path;
  return path === "/" ? "/en" : `/en${path}`;
}

/** Formats a date the Indonesian way in Asia/Jakarta (e.g. "Jumat, 13 Maret 2026"). */
export function formatDate(lang: Lang, d: Date | string, opts: { weekday?: boolean; time?: boolean } = {}): string {
  const date = typeof d === "string" ? new Date(d.length === 10 ? `${d}T00:00:00+07:00` : d) : d;
  return new Intl.DateTimeFormat(lang === "id" ? "id-ID" : "en-GB", {
    timeZone: "Asia/Jakarta",
    day: "numeric",
    month: "long",
    year: "numeric",
    ...(opts.weekday ? { weekday: "long" } : {}),
    ...(opts.time ? { hour: "2-digit", minute: "2-digit", timeZoneName: "short" } : {}),
  }).format(date);
}
