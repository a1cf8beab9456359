/**
 * Copied pages must not smuggle the withheld text out in objects they never draw.
 * pdf-lib's copyPages moves inherited /Resources onto each copied page, so a
 * producer that shares one resource dictionary between pages would carry page 1's
 * Form XObject (with its text) into the copy of page 2, unseen by pdftotext. This
 * keeps, on a copied page and in the Form XObjects it draws, only the XObjects
 * the content stream actually paints with `Do`.
 */
import type { PDFDict, PDFObject, PDFPage } from "pdf-lib";

type PdfLib = typeof import("pdf-lib");

/** The decoded bytes of a stream as latin1 text, or null when pdf-lib cannot decode its filters. */
function streamText(lib: PdfLib, obj: PDFObject | undefined): string | null {
  if (obj instanceof lib.PDFRawStream) {
    try {
      return Buffer.from(lib.decodePDFRawStream(obj).decode()).toString("latin1");
    } catch {
      return null;
    }
  }
  if (obj instanceof lib.PDFStream) return obj.getContentsString();
  return null;
}

/** The XObject names painted by `Do` in some content, decoded (#xx escapes resolved). */
function paintedNames(lib: PdfLib, content: string): Set<string> {
  const names = new Set<string>();
  for (const m of content.matchAll(/\/([^\s/[\]()<>{}%]+)\s*Do(?![A-Za-z0-9])/g)) {
    names.add(lib.PDFName.of(m[1] ?? "").decodeText());
  }
  return names;
}

/** A copy of `resources` whose /XObject holds only the names painted; null when nothing is unused. */
function pruned(lib: PdfLib, resources: PDFDict, painted: Set<string>): PDFDict | null {
  const xobjects = resources.lookupMaybe(lib.PDFName.XObject, lib.PDFDict);
  if (!xobjects) return null;
  const unused = xobjects.keys().filter((k) => !painted.has(k.decodeText()));
  if (unused.length === 0) return null;
  const keptX = xobjects.clone();
  for (const k of unused) keptX.delete(k);
  const copy = resources.clone();
  copy.set(lib.PDFName.XObject, keptX);
  return copy;
}

/** Prunes the page's XObjects, then those of each Form it draws (recursively). Returns how many were dropped. */
export function pruneUnusedXObjects(lib: PdfLib, page: PDFPage): number {
  const node = page.node;
  const contents = node.Contents();
  const parts = contents instanceof lib.PDFArray ? contents.asArray().map((r) => node.context.lookup(r)) : [contents];
  const texts = parts.map((p) => streamText(lib, p));
  // Content we cannot decode might paint anything: leave such a page alone.
  if (texts.some((t) => t === null)) return 0;
  let dropped = 0;
  const seen = new Set<PDFObject>();
  const visit = (resources: PDFDict | undefined, content: string, replace: (d: PDFDict) => void) => {
    if (!resources) return;
    const painted = paintedNames(lib, content);
    const next = pruned(lib, resources, painted);
    const before = resources.lookupMaybe(lib.PDFName.XObject, lib.PDFDict)?.keys().length ?? 0;
    const res = next ?? resources;
    if (next) {
      dropped += before - (next.lookupMaybe(lib.PDFName.XObject, lib.PDFDict)?.keys().length ?? 0);
      replace(next);
    }
    const xobjects = res.lookupMaybe(lib.PDFName.XObject, lib.PDFDict);
    for (const key of xobjects?.keys() ?? []) {
      const form = xobjects?.lookup(key);
      if (!(form instanceof lib.PDFStream) || seen.has(form)) continue;
      seen.add(form);
      if (form.dict.lookup(lib.PDFName.of("Subtype")) !== lib.PDFName.of("Form")) continue;
      const text = streamText(lib, form);
      // A Form's own resources are pruned against its own content, the same for every page that draws it.
      if (text !== null) {
        visit(form.dict.lookupMaybe(lib.PDFName.Resources, lib.PDFDict), text, (d) => form.dict.set(lib.PDFName.Resources, d));
      }
    }
  };
  visit(node.Resources(), texts.join("\n"), (d) => node.set(lib.PDFName.Resources, d));
  return dropped;
}

/**
 * Deletes every object no longer reachable from the trailer. Objects copied with a
 * page stay in pdf-lib's context after their last reference is removed (the
 * dropped annotations and XObjects above) and would otherwise still be written.
 */
export function dropUnreachable(lib: PdfLib, doc: import("pdf-lib").PDFDocument): number {
  const { context } = doc;
  const reached = new Set<string>();
  const stack: PDFObject[] = [];
  const { Root, Info } = context.trailerInfo;
  for (const start of [Root, Info]) if (start) stack.push(start);
  while (stack.length) {
    const obj = stack.pop();
    if (obj instanceof lib.PDFRef) {
      if (reached.has(obj.tag)) continue;
      reached.add(obj.tag);
      const target = context.lookup(obj);
      if (target) stack.push(target);
    } else if (obj instanceof lib.PDFDict) {
      stack.push(...obj.values());
    } else if (obj instanceof lib.PDFArray) {
      stack.push(...obj.asArray());
    } else if (obj instanceof lib.PDFStream) {
      stack.push(obj.dict);
    }
  }
  let dropped = 0;
  for (const [ref] of context.enumerateIndirectObjects()) {
    if (!reached.has(ref.tag)) {
      context.delete(ref);
      dropped++;
    }
  }
  return dropped;
}
