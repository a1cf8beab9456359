import { describe, expect, it } from "vitest";
import { clockTime, eventLabel, filePurposeLabel, tr, wibStamp } from "./text.ts";

const html = (children: unknown) => String(<p>{children as string}</p>);

describe("the requester's words in two languages", () => {
  it("tr renders the message's tags and fills values as text, never as markup", () => {
    const b = (s: string) => <strong>{s}</strong>;
    expect(html(tr("id", "ppid.public.landing.limit.extension", { days: 7 }, { b }))).toBe(
      "<p>PPID dapat memperpanjang waktu itu satu kali, paling lama <strong>7 hari kerja</strong>, dengan alasan tertulis kepada Anda.</p>",
    );
    expect(html(tr("en", "ppid.public.landing.limit.extension", { days: 7 }, { b }))).toContain("<strong>7 working days</strong>");
    expect(html(tr("en", "ppid.public.sent.emailed", { email: "<b>x</b>@contoh.id" }, { b }))).toContain(
      "<strong>&lt;b&gt;x&lt;/b&gt;@contoh.id</strong>",
    );
  });

  it("stamps, times and labels follow the language; an unknown kind falls back to its words", () => {
    const at = new Date("2026-03-13T09:30:00Z");
    expect(wibStamp("id", at)).toBe("Jumat, 13 Maret 2026 pukul 16.30 WIB");
    expect(wibStamp("en", at)).toBe("Friday, 13 March 2026 at 16:30 WIB");
    expect(clockTime("id", "16:00")).toBe("16.00");
    expect(eventLabel("en", "withdrawn")).toBe("You withdrew the request");
    expect(eventLabel("id", "withdrawn")).toBe("Anda menarik permohonan");
    expect(eventLabel("en", "something_new")).toBe("something new");
    expect(filePurposeLabel("en", "tanda_bukti")).toBe("Receipt for the request (tanda bukti)");
  });
});
