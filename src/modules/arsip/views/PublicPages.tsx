import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../../../platform/http/env.ts";
import { formatDate, href, t } from "../../../platform/i18n/index.ts";
import { Breadcrumbs, SummaryList } from "../../../platform/ui/components/index.ts";
import type { RecordDetail, SearchFilter, SearchResult, versionsOf } from "../queries.ts";
import { formatSize, Results, SearchForm } from "./parts.tsx";

export function PublicSearchPage(props: {
  filter: SearchFilter;
  result: SearchResult;
  units: { id: string; name: string }[];
  types: string[];
}) {
  const lang = useRequestContext<AppEnv>().get("lang");
  return (
    <>
      <h1 class="govuk-heading-xl">{t(lang, "arsip.title")}</h1>
      <p class="govuk-body-l">{t(lang, "arsip.public.intro")}</p>
      <SearchForm action="/arsip" filter={props.filter} units={props.units} types={props.types} />
      <Results result={props.result} filter={props.filter} base="/arsip" />
    </>
  );
}

export function PublicRecordPage(props: { rec: RecordDetail; files: Awaited<ReturnType<typeof versionsOf>> }) {
  const lang = useRequestContext<AppEnv>().get("lang");
  const { rec } = props;
  const current = props.files.filter((f) => f.versionNo === rec.currentVersion);
  return (
    <>
      <Breadcrumbs items={[{ text: t(lang, "arsip.title"), href: href(lang, "/arsip") }]} />
      <h1 class="govuk-heading-l">{rec.title}</h1>
      {rec.description ? <p class="govuk-body">{rec.description}</p> : null}
      <SummaryList
        rows={[
          { key: t(lang, "arsip.field.unit"), value: rec.unitName ?? "" },
          { key: t(lang, "arsip.field.date"), value: formatDate(lang, rec.recordDate) },
          { key: t(lang, "arsip.field.code"), value: `${rec.classificationCode} ${rec.classificationName ?? ""}` },
          { key: t(lang, "arsip.field.type"), value: rec.documentType },
          ...(rec.keywords ? [{ key: t(lang, "arsip.field.keywords"), value: rec.keywords }] : []),
        ]}
      />
      <h2 class="govuk-heading-m">{t(lang, "arsip.field.files")}</h2>
      <ul class="govuk-list">
        {current.map((f) => (
          <li>
            <a class="govuk-link" href={href(lang, `/arsip/${rec.id}/berkas/${f.id}`)} download>
              {t(lang, "arsip.download")} {f.name}
            </a>{" "}
            ({formatSize(f.size)})
          </li>
        ))}
      </ul>
    </>
  );
}
