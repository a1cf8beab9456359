import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../../../../platform/http/env.ts";
import { formatDate, href, t } from "../../../../platform/i18n/index.ts";
import { Table } from "../../../../platform/ui/components/index.ts";
import type { ObjectionSummary } from "../objections.ts";
import type { Stats } from "../stats.ts";
import { FilterSelect } from "./parts.tsx";
import { Definitions, FiguresTables } from "./StatsParts.tsx";

export function StatisticsPage(props: {
  year: number;
  years: { year: number; received: number; decided: number }[];
  stats: Stats;
  objections: ObjectionSummary | null;
  definitions: [string, string][];
}) {
  const lang = useRequestContext<AppEnv>().get("lang");
  const choices = [...new Set([props.year, ...props.years.map((y) => y.year)])].sort((a, b) => b - a);
  return (
    <>
      <h1 class="govuk-heading-xl">{t(lang, "ppidr.stats.title")}</h1>
      <p class="govuk-body-l">{t(lang, "ppidr.stats.intro")}</p>
      <form method="get" action={href(lang, "/ppid/statistik")} class="sp-search" novalidate>
        <FilterSelect
          name="tahun"
          label={t(lang, "ppidr.filter.year")}
          value={String(props.year)}
          items={choices.map((y) => ({ value: String(y), label: String(y) }))}
        />
        <button type="submit" class="govuk-button">
          {t(lang, "ppidr.show")}
        </button>
      </form>
      <FiguresTables stats={props.stats} objections={props.objections} lang={lang} />
      {props.years.length ? (
        <Table
          caption={t(lang, "ppidr.stats.years")}
          head={["Tahun", "Diterima", "Diputus"]}
          numeric={[1, 2]}
          firstCellIsHeader
          rows={props.years.map((y) => [String(y.year), String(y.received), String(y.decided)])}
        />
      ) : null}
      <Definitions rows={props.definitions} lang={lang} />
      <p class="govuk-body-s sp-muted">
        {t(lang, "ppidr.stats.computed", { at: formatDate(lang, props.stats.computedAt, { time: true }) })}
      </p>
      <p class="govuk-body">
        <a class="govuk-link" href={href(lang, "/ppid/register")}>
          {t(lang, "ppidr.register.title")}
        </a>
      </p>
    </>
  );
}
