import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../../../platform/http/env.ts";
import { formatDate, href, type Lang, t } from "../../../platform/i18n/index.ts";
import { SummaryList, type SummaryRow } from "../../../platform/ui/components/index.ts";
import { PASAL17 } from "../law.ts";
import type { DikListRow, UjiRow } from "../queries.ts";

/** The rows every view of a DIK entry shares (public page and staff detail). */
export function dikRows(lang: Lang, d: DikListRow, uji: UjiRow | null): SummaryRow[] {
  return [
    { key: t(lang, "dik.informasi"), value: d.informasi },
    { key: t(lang, "dip.col.unit"), value: d.unitName },
    {
      key: t(lang, "dik.dasar"),
      value: (
        <>
          {t(lang, "dik.pasal", { x: d.pasal17 })}: {PASAL17[d.pasal17]}
          {d.dasarHukumSektoral ? (
            <>
              <br />
              {d.dasarHukumSektoral}
            </>
          ) : null}
        </>
      ),
    },
    { key: t(lang, "dik.konsekuensi"), value: <span class="sp-prewrap">{d.konsekuensi}</span> },
    { key: t(lang, "dik.kepentingan"), value: <span class="sp-prewrap">{d.pertimbanganKepentinganPublik}</span> },
    { key: t(lang, "dik.keputusan"), value: t(lang, `dik.keputusan.${d.keputusan}`) },
    { key: t(lang, "dik.jangka"), value: d.jangkaWaktu },
    { key: t(lang, "dik.berakhir"), value: d.expiresOn ? formatDate(lang, d.expiresOn) : t(lang, "dik.permanen") },
    ...(d.nomorSk
      ? [
          {
            key: t(lang, "dik.penetapan"),
            value: `SK ${d.nomorSk}, ${d.tempatPenetapan ?? ""} ${d.tanggalPenetapan ? formatDate(lang, d.tanggalPenetapan) : ""} — ${d.pejabat ?? ""}`,
          },
        ]
      : []),
    ...(uji ? [{ key: t(lang, "dik.uji"), value: <span class="sp-prewrap">{uji.kesimpulan}</span> }] : []),
  ];
}

export function PublicDikPage({ rows }: { rows: (DikListRow & { uji: UjiRow | null })[] }) {
  const lang = useRequestContext<AppEnv>().get("lang");
  return (
    <>
      <h1 class="govuk-heading-xl">{t(lang, "dik.title")}</h1>
      <p class="govuk-body-l">{t(lang, "dik.intro")}</p>
      {rows.length === 0 ? <p class="govuk-body">{t(lang, "dik.none")}</p> : null}
      {rows.map((d) => (
        <section class="sp-section" aria-labelledby={`dik-${d.id}`}>
          <h2 class="govuk-heading-m" id={`dik-${d.id}`}>
            {d.nomor}
          </h2>
          <SummaryList rows={dikRows(lang, d, d.uji)} />
        </section>
      ))}
      <p class="govuk-body">
        <a class="govuk-link" href={href(lang, "/ppid/dip")}>
          {t(lang, "dip.title")}
        </a>
      </p>
    </>
  );
}
