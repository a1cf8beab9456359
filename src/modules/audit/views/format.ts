/** "2026-03-13 10:00:05 WIB": the instant in Asia/Jakarta (UTC+7, no daylight saving). */
export function wibTime(d: Date): string {
  return `${new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 19).replace("T", " ")} WIB`;
}

/** The same instant as ISO 8601 with the +07:00 offset (CSV). */
export function wibIso(d: Date): string {
  return `${new Date(d.getTime() + 7 * 3_600_000).toISOString().slice(0, 23)}+07:00`;
}
