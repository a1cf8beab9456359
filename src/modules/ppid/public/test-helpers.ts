/** Helpers for the public PPID tests: a multipart request form with a real PNG. */
import { tinyPng, validRequest } from "../../../../test/ppid.ts";

/** The form as a browser sends it (multipart), with a KTP image unless told otherwise. */
export function requestFormData(over: Record<string, unknown> = {}, files: { identityDocument?: Blob | null; proxyLetter?: Blob } = {}) {
  const fd = new FormData();
  const fields = { ...validRequest(), statement: "on", website: "", ...over };
  for (const [k, v] of Object.entries(fields)) {
    if (v === undefined) continue;
    for (const x of Array.isArray(v) ? v : [v]) fd.append(k, String(x));
  }
  const id = files.identityDocument === undefined ? new Blob([new Uint8Array(tinyPng())], { type: "image/png" }) : files.identityDocument;
  fd.append("identityDocument", id ?? new Blob([]), id ? "ktp.png" : "");
  if (files.proxyLetter) fd.append("proxyLetter", files.proxyLetter, "kuasa.png");
  else fd.append("proxyLetter", new Blob([]), "");
  return fd;
}

/** The tracking path shown on the confirmation page. */
export function trackingPathIn(html: string): string {
  const m = /href="(\/ppid\/lacak\/PPID-\d{4}-\d{6}\/[A-Za-z0-9_%-]+)"/.exec(html);
  if (!m) throw new Error("no tracking link on the page");
  return m[1];
}
