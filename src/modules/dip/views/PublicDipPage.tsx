import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../../../platform/http/env.ts";
import { href, type Lang, t } from "../../../platform/i18n/index.ts";
import { Pagination, Table, Tag } from "../../../platform/ui/components/index.ts";
import type { DipListRow } from "../queries.ts";
import { DIP_KATEGORI } from "../schema.ts";

export interface DipQuery {
  q: string;
  unit: string;
  kategori: string;
  tahun: string;
}

export function queryString(f: DipQuery, page?: number): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v) params.set(k, v);
  if (page && page > 1) params.set("page", String(page));
  const s = params.toString();
  return s ? `?${s}` : "";
}

export function KategoriTag({ k, lang }: { k: string; lang: Lang }) {
  return <Tag colour={k === "serta_merta" ? "red" : k === "berkala" ? "blue" : "grey"}>{t(lang, `dip.kategori.${k}`)}</Tag>;
}

function FilterSelect({
  name,
  label,
  value,
  items,
}: {
  name: string;
  label: string;
  value: string;
  items: { value: string; label: string }[];
}) {
  return (
    <div class="govuk-form-group sp-filter__field">
      <label class="govuk-label govuk-label--s" for={name}>
        {label}
      </label>
      <select class="govuk-select" id={name} name={name}>
        {items.map((i) => (
          <option value={i.value} selected={i.value === value}>
            {i.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function PublicDipPage(props: {
  filter: DipQuery;
  rows: DipListRow[];
  total: number;
  page: number;
  pages: number;
  units: { slug: string; name: string }[];
  years: number[];
}) {
  const lang = useRequestContext<AppEnv>().get("lang");
  const { filter, rows } = props;
  const all = t(lang, "dip.filter.all");
  const filtered = Boolean(filter.q || filter.unit || filter.kategori || filter.tahun);
  return (
    <>
      <h1 class="govuk-heading-xl">{t(lang, "dip.title")}</h1>
      <p class="govuk-body-l">{t(lang, "dip.intro")}</p>
      <form method="get" action={href(lang, "/ppid/dip")} role="search" class="sp-search" novalidate>
        <div class="govuk-form-group">
          <label class="govuk-label govuk-label--s" for="q">
            {t(lang, "dip.search")}
          </label>
          <div id="q-hint" class="govuk-hint">
            {t(lang, "dip.search_hint")}
          </div>
          <input
            class="govuk-input"
            id="q"
            name="q"
            type="search"
            value={filter.q}
            aria-describedby="q-hint"
            autocomplete="off"
            maxlength={100}
          />
        </div>
        <FilterSelect
          name="unit"
          label={t(lang, "dip.filter.unit")}
          value={filter.unit}
          items={[{ value: "", label: all }, ...props.units.map((u) => ({ value: u.slug, label: u.name }))]}
        />
        <FilterSelect
          name="kategori"
          label={t(lang, "dip.filter.kategori")}
          value={filter.kategori}
          items={[{ value: "", label: all }, ...DIP_KATEGORI.map((k) => ({ value: k, label: t(lang, `dip.kategori.${k}`) }))]}
        />
        <FilterSelect
          name="tahun"
          label={t(lang, "dip.filter.tahun")}
          value={filter.tahun}
          items={[{ value: "", label: all }, ...props.years.map((y) => ({ value: String(y), label: String(y) }))]}
        />
        <button type="submit" class="govuk-button">
          {t(lang, "dip.filter.submit")}
        </button>
      </form>
      <p class="govuk-body" role="status">
        <strong>{t(lang, "dip.count", { n: props.total })}</strong>
        {filtered ? (
          <>
            {" · "}
            <a class="govuk-link" href={href(lang, "/ppid/dip")}>
              {t(lang, "dip.filter.reset")}
            </a>
          </>
        ) : null}
      </p>
      {rows.length === 0 ? (
        <p class="govuk-body">{t(lang, "dip.none")}</p>
      ) : (
        <Table
          class="sp-table--small"
          head={[
            t(lang, "dip.col.nomor"),
            t(lang, "dip.col.ringkasan"),
            t(lang, "dip.col.pejabat"),
            t(lang, "dip.col.pj"),
            t(lang, "dip.col.waktu"),
            t(lang, "dip.col.bentuk"),
            t(lang, "dip.col.retensi"),
            t(lang, "dip.col.kategori"),
            t(lang, "dip.col.unit"),
            t(lang, "dip.col.link"),
          ]}
          rows={rows.map((r) => [
            `${r.unitCode}/${r.nomor}`,
            r.ringkasan,
            r.pejabatPenguasa,
            r.penanggungJawab,
            `${r.waktuPembuatan}, ${r.tempatPembuatan}`,
            t(lang, `dip.bentuk.${r.bentuk}`),
            r.retensi,
            <KategoriTag k={r.kategori} lang={lang} />,
            <a class="govuk-link" href={href(lang, `/opd/${r.unitSlug}`)}>
              {r.unitName}
            </a>,
            r.link ? (
              <a class="govuk-link" href={r.link} rel="noopener">
                {t(lang, "dip.open")}
                <span class="govuk-visually-hidden"> {r.ringkasan}</span>
              </a>
            ) : (
              "—"
            ),
          ])}
        />
      )}
      <Pagination current={props.page} total={props.pages} href={(n) => href(lang, `/ppid/dip${queryString(filter, n)}`)} lang={lang} />
      <p class="govuk-body">{t(lang, "dip.request")}</p>
      <ul class="govuk-list">
        <li>
          <a class="govuk-link" href={href(lang, "/ppid/dik")}>
            {t(lang, "dip.dik_link")}
          </a>
        </li>
        <li>
          <a class="govuk-link" href={href(lang, "/ppid/standar-layanan")}>
            {t(lang, "mak.standar_link")}
          </a>
        </li>
      </ul>
      <p class="govuk-body-s sp-muted">{t(lang, "dip.api")}</p>
    </>
  );
}
