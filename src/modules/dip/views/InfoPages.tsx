import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../../../platform/http/env.ts";
import { formatDate, href, t } from "../../../platform/i18n/index.ts";
import { NotificationBanner, Table } from "../../../platform/ui/components/index.ts";
import type { Durations } from "../law.ts";
import { type Biaya, MAKLUMAT_PARTS, type Maklumat, rupiah } from "../settings.ts";

/** Plain text with numbered lines ("1. …") shown as an ordered list, other lines as paragraphs. */
export function TextBlock({ text }: { text: string }) {
  const blocks: (string | string[])[] = [];
  for (const line of text.split(/\r?\n/).map((l) => l.trim())) {
    if (!line) continue;
    const m = /^\d+[.)]\s+(.*)$/.exec(line);
    const last = blocks[blocks.length - 1];
    if (m) {
      if (Array.isArray(last)) last.push(m[1]);
      else blocks.push([m[1]]);
    } else blocks.push(line);
  }
  return (
    <>
      {blocks.map((b) =>
        Array.isArray(b) ? (
          <ol class="govuk-list govuk-list--number">
            {b.map((i) => (
              <li>{i}</li>
            ))}
          </ol>
        ) : (
          <p class="govuk-body">{b}</p>
        ),
      )}
    </>
  );
}

export function MaklumatPage({ m }: { m: Maklumat }) {
  const lang = useRequestContext<AppEnv>().get("lang");
  return (
    <article class="sp-maklumat">
      {m.example ? <NotificationBanner heading={t(lang, "mak.example")} lang={lang} /> : null}
      <h1 class="govuk-heading-xl">{t(lang, "mak.title")}</h1>
      <p class="govuk-body-l">{t(lang, "mak.intro")}</p>
      {MAKLUMAT_PARTS.map((part, i) => (
        <section aria-labelledby={`mak-${part}`}>
          <h2 class="govuk-heading-m" id={`mak-${part}`}>
            {i + 1}. {t(lang, `mak.part.${part}`)}
          </h2>
          <TextBlock text={m[part]} />
        </section>
      ))}
      {m.updatedAt && m.updatedBy ? (
        <p class="govuk-body-s sp-muted">{t(lang, "mak.updated", { name: m.updatedBy, date: formatDate(lang, m.updatedAt) })}</p>
      ) : null}
      <p class="govuk-body-s sp-muted">{t(lang, "mak.print")}</p>
      <p class="govuk-body">
        <a class="govuk-link" href={href(lang, "/ppid/standar-layanan")}>
          {t(lang, "mak.standar_link")}
        </a>
      </p>
    </article>
  );
}

export function BiayaTable({ biaya }: { biaya: Biaya }) {
  const lang = useRequestContext<AppEnv>().get("lang");
  return (
    <>
      {biaya.example ? <p class="govuk-inset-text">{t(lang, "std.fees_example")}</p> : null}
      <Table
        head={[t(lang, "std.col.item"), t(lang, "std.col.satuan"), t(lang, "std.col.tarif")]}
        numeric={[2]}
        rows={biaya.items.map((b) => [
          b.item,
          b.satuan,
          b.tarif === null ? t(lang, "std.tarif_third") : b.tarif === 0 ? t(lang, "std.free") : rupiah(b.tarif),
        ])}
      />
    </>
  );
}

/** The steps and time limits (UU 14/2008 Pasal 22, 35–37) and the fee table. */
export function StandarLayananPage({ biaya, durations }: { biaya: Biaya; durations: Durations }) {
  const lang = useRequestContext<AppEnv>().get("lang");
  const d = durations;
  return (
    <>
      <h1 class="govuk-heading-xl">{t(lang, "std.title")}</h1>
      <p class="govuk-body-l">{t(lang, "std.intro")}</p>
      <h2 class="govuk-heading-l">{t(lang, "std.steps")}</h2>
      <ol class="govuk-list govuk-list--number govuk-list--spaced">
        <li>
          Ajukan permohonan informasi kepada PPID — langsung di meja layanan, melalui surel, pos, atau situs ini — dengan identitas (KTP,
          atau akta dan SK badan hukum). Sebutkan rincian informasi, tujuan penggunaan, dan cara Anda ingin menerimanya.
        </li>
        <li>Petugas mencatat permohonan di buku register dan memberi Anda nomor pendaftaran sebagai tanda terima.</li>
        <li>
          PPID memeriksa apakah informasi dikuasai, terbuka, atau termasuk{" "}
          <a class="govuk-link" href={href(lang, "/ppid/dik")}>
            informasi yang dikecualikan
          </a>
          .
        </li>
        <li>
          Paling lambat <strong>{d.response} hari kerja</strong> sejak permohonan diterima, PPID menyampaikan pemberitahuan tertulis:
          dikabulkan seluruhnya, dikabulkan sebagian, atau ditolak dengan alasan. Waktu ini dapat diperpanjang satu kali paling lama{" "}
          <strong>{d.extension} hari kerja</strong> dengan alasan tertulis.
        </li>
        <li>Informasi diserahkan dengan tanda bukti penyerahan.</li>
        <li>
          Bila permohonan ditolak, tidak ditanggapi, atau tidak dipenuhi sebagaimana mestinya, Anda dapat mengajukan{" "}
          <strong>keberatan</strong> kepada Atasan PPID paling lambat <strong>{d.keberatan} hari kerja</strong> setelah alasannya timbul.
        </li>
        <li>
          Atasan PPID menanggapi keberatan secara tertulis paling lambat <strong>{d.atasanResponse} hari kerja</strong> sejak keberatan
          diterima.
        </li>
        <li>
          Bila tidak puas dengan tanggapan Atasan PPID (atau tidak ada tanggapan), Anda dapat mengajukan <strong>sengketa informasi</strong>{" "}
          ke Komisi Informasi Provinsi Bengkulu paling lambat <strong>{d.sengketa} hari kerja</strong> setelah tanggapan diterima.
        </li>
      </ol>
      <h2 class="govuk-heading-l">{t(lang, "std.deadlines")}</h2>
      <Table
        head={["Tahap", "Batas waktu", "Dasar"]}
        rows={[
          ["Pemberitahuan tertulis atas permohonan", `${d.response} hari kerja`, "UU 14/2008 Pasal 22 ayat (7)"],
          ["Perpanjangan (satu kali, dengan alasan)", `+${d.extension} hari kerja`, "Pasal 22 ayat (8)"],
          ["Pengajuan keberatan oleh pemohon", `${d.keberatan} hari kerja`, "Pasal 36 ayat (1)"],
          ["Tanggapan Atasan PPID atas keberatan", `${d.atasanResponse} hari kerja`, "Pasal 36 ayat (2)"],
          ["Pengajuan sengketa ke Komisi Informasi", `${d.sengketa} hari kerja`, "Pasal 37 ayat (2)"],
        ]}
      />
      <p class="govuk-body">
        Hari kerja tidak termasuk Sabtu, Minggu, libur nasional, dan cuti bersama.{" "}
        <a class="govuk-link" href={href(lang, "/kalender/tenggat")}>
          {t(lang, "std.calc")}
        </a>
        .
      </p>
      <h2 class="govuk-heading-l">{t(lang, "std.fees")}</h2>
      <p class="govuk-body">{t(lang, "std.fees_intro")}</p>
      <BiayaTable biaya={biaya} />
      <p class="govuk-body">
        <a class="govuk-link" href={href(lang, "/ppid/maklumat")}>
          {t(lang, "mak.title")}
        </a>{" "}
        ·{" "}
        <a class="govuk-link" href={href(lang, "/ppid/dip")}>
          {t(lang, "dip.title")}
        </a>
      </p>
    </>
  );
}
