import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../../../platform/http/env.ts";
import { formatDate, href, type Lang, t } from "../../../platform/i18n/index.ts";
import { FilterSelect, Pagination, Tag, type TagColour } from "../../../platform/ui/components/index.ts";
import { HL_START, HL_STOP, type SearchFilter, type SearchResult } from "../queries.ts";
import { SECURITY_CLASSES, type SecurityClass } from "../schema.ts";

const CLASS_COLOUR: Record<SecurityClass, TagColour> = { biasa: "grey", terbatas: "blue", rahasia: "orange", sangat_rahasia: "red" };

export function ClassTag({ c, lang }: { c: SecurityClass; lang: Lang }) {
  return <Tag colour={CLASS_COLOUR[c]}>{t(lang, `arsip.class.${c}`)}</Tag>;
}

/** A ts_headline snippet: the text escaped by JSX, the matched words in <mark>. */
export function Snippet({ text }: { text: string }) {
  const parts = text.split(HL_START);
  return (
    <p class="govuk-body-s sp-snippet">
      {parts.map((part, i) => {
        if (i === 0) return part.replaceAll(HL_STOP, "");
        const [hit, ...rest] = part.split(HL_STOP);
        return (
          <>
            <mark>{hit}</mark>
            {rest.join("")}
          </>
        );
      })}
    </p>
  );
}

/** The query string of a search page, for pagination and links. */
export function filterQuery(f: SearchFilter, page?: number): string {
  const params = new URLSearchParams();
  if (f.q) params.set("q", f.q);
  if (f.unitId) params.set("opd", f.unitId);
  if (f.code) params.set("kode", f.code);
  if (f.year) params.set("tahun", String(f.year));
  if (f.documentType) params.set("jenis", f.documentType);
  if (f.securityClass) params.set("kelas", f.securityClass);
  if (f.sort) params.set("urut", f.sort === "date" ? "tanggal" : "relevansi");
  if (page && page > 1) params.set("halaman", String(page));
  const s = params.toString();
  return s ? `?${s}` : "";
}

/** The search box and filters (GET), shared by the public and the staff list. */
export function SearchForm(props: {
  action: string;
  filter: SearchFilter;
  units: { id: string; name: string }[];
  types: string[];
  showClass?: boolean;
}) {
  const lang = useRequestContext<AppEnv>().get("lang");
  const f = props.filter;
  const all = t(lang, "arsip.filter.all");
  const thisYear = new Date().getFullYear();
  return (
    <form method="get" action={href(lang, props.action)} role="search" class="sp-search" novalidate>
      <div class="govuk-form-group">
        <label class="govuk-label govuk-label--s" for="q">
          {t(lang, "arsip.search.label")}
        </label>
        <div id="q-hint" class="govuk-hint">
          {t(lang, "arsip.search.hint")}
        </div>
        <input class="govuk-input" id="q" name="q" type="search" value={f.q ?? ""} aria-describedby="q-hint" />
      </div>
      <div class="sp-filter">
        <FilterSelect
          name="opd"
          label={t(lang, "arsip.filter.unit")}
          value={f.unitId ?? ""}
          items={[{ value: "", label: all }, ...props.units.map((u) => ({ value: u.id, label: u.name }))]}
        />
        <div class="govuk-form-group sp-filter__field">
          <label class="govuk-label govuk-label--s" for="kode">
            {t(lang, "arsip.filter.code")}
          </label>
          <input class="govuk-input govuk-input--width-10" id="kode" name="kode" type="text" value={f.code ?? ""} spellcheck={false} />
        </div>
        <FilterSelect
          name="tahun"
          label={t(lang, "arsip.filter.year")}
          value={f.year ? String(f.year) : ""}
          items={[
            { value: "", label: all },
            ...Array.from({ length: 30 }, (_, i) => ({ value: String(thisYear - i), label: String(thisYear - i) })),
          ]}
        />
        <FilterSelect
          name="jenis"
          label={t(lang, "arsip.filter.type")}
          value={f.documentType ?? ""}
          items={[{ value: "", label: all }, ...props.types.map((x) => ({ value: x, label: x }))]}
        />
        {props.showClass ? (
          <FilterSelect
            name="kelas"
            label={t(lang, "arsip.filter.class")}
            value={f.securityClass ?? ""}
            items={[{ value: "", label: all }, ...SECURITY_CLASSES.map((c) => ({ value: c, label: t(lang, `arsip.class.${c}`) }))]}
          />
        ) : null}
        <FilterSelect
          name="urut"
          label={t(lang, "arsip.filter.sort")}
          value={f.sort === "date" ? "tanggal" : f.sort === "relevance" ? "relevansi" : ""}
          items={[
            { value: "", label: f.q ? t(lang, "arsip.sort.relevance") : t(lang, "arsip.sort.date") },
            { value: "relevansi", label: t(lang, "arsip.sort.relevance") },
            { value: "tanggal", label: t(lang, "arsip.sort.date") },
          ]}
        />
      </div>
      <button type="submit" class="govuk-button" data-module="govuk-button">
        {t(lang, "arsip.search.submit")}
      </button>
    </form>
  );
}

/** The hits with their snippets, the (capped) count and the pages. */
export function Results(props: { result: SearchResult; filter: SearchFilter; base: string; showClass?: boolean }) {
  const lang = useRequestContext<AppEnv>().get("lang");
  const { result, filter } = props;
  return (
    <>
      <p class="govuk-body govuk-!-font-weight-bold" id="jumlah-hasil">
        {result.capped ? t(lang, "arsip.results.capped") : t(lang, "arsip.results", { n: result.total.toLocaleString("id-ID") })}
      </p>
      {result.hits.length === 0 ? <p class="govuk-body">{t(lang, "arsip.results.none")}</p> : null}
      <ul class="govuk-list sp-results">
        {result.hits.map((h) => (
          <li class="sp-result">
            <h2 class="govuk-heading-s govuk-!-margin-bottom-1">
              <a class="govuk-link" href={href(lang, `${props.base}/${h.id}`)}>
                {h.title}
              </a>
            </h2>
            <p class="govuk-body-s govuk-!-margin-bottom-1">
              {h.unitName ?? ""} · {formatDate(lang, h.recordDate)} · {h.classificationCode} · {h.documentType}{" "}
              {props.showClass ? <ClassTag c={h.securityClass} lang={lang} /> : null}
              {props.showClass && h.isPublic ? <Tag colour="green">{t(lang, "arsip.public.tag")}</Tag> : null}
              {h.final ? <Tag colour="purple">{t(lang, "arsip.final.tag")}</Tag> : null}
            </p>
            {h.snippet ? <Snippet text={h.snippet} /> : null}
          </li>
        ))}
      </ul>
      <Pagination
        current={result.page}
        total={result.pages}
        href={(n) => href(lang, `${props.base}${filterQuery(filter, n)}`)}
        lang={lang}
      />
    </>
  );
}

export const formatSize = (n: number) =>
  n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1).replace(".", ",")} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;
