import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../../../../platform/http/env.ts";
import type { FieldErrors } from "../../../../platform/http/errors.ts";
import { formatDate, href, type Lang, t } from "../../../../platform/i18n/index.ts";
import { Button, ErrorSummary, NotificationBanner, Textarea, TextInput } from "../../../../platform/ui/components/index.ts";
import { type AnnualReport, NARRATIVE_TITLE, reportFileName } from "../annual.ts";
import { PERIOD_LABEL } from "../period.ts";
import { NARRATIVE_PARTS, REPORT_PERIODS } from "../schema.ts";
import { FilterSelect, queryString } from "./parts.tsx";
import { Definitions, FiguresTables } from "./StatsParts.tsx";

export interface PeriodForm {
  tahun: string;
  periode: string;
  dari: string;
  sampai: string;
}

function PeriodFields({ form, errors, lang, ranges }: { form: PeriodForm; errors: FieldErrors; lang: Lang; ranges: boolean }) {
  return (
    <>
      <TextInput
        name="tahun"
        label="Tahun"
        labelSize="s"
        value={form.tahun}
        error={errors.tahun}
        inputmode="numeric"
        width={4}
        lang={lang}
      />
      <FilterSelect
        name="periode"
        label={t(lang, "ppidr.book.period")}
        value={form.periode || "tahunan"}
        items={REPORT_PERIODS.map((p) => ({ value: p, label: PERIOD_LABEL[p] }))}
      />
      {ranges ? (
        <>
          <TextInput
            name="dari"
            label="Atau dari tanggal (TTTT-BB-HH)"
            labelSize="s"
            value={form.dari}
            error={errors.dari}
            width={10}
            hint="Kosongkan untuk memakai tahun dan periode di atas."
            lang={lang}
          />
          <TextInput
            name="sampai"
            label="Sampai tanggal (TTTT-BB-HH)"
            labelSize="s"
            value={form.sampai}
            error={errors.sampai}
            width={10}
            lang={lang}
          />
        </>
      ) : null}
    </>
  );
}

export function RegisterBookPage(props: {
  form: PeriodForm;
  errors: FieldErrors;
  periodLabel: string | null;
  rows: number | null;
  objectionsAvailable: boolean;
}) {
  const lang = useRequestContext<AppEnv>().get("lang");
  const { form, errors } = props;
  const qs = queryString({ ...form });
  const links = (base: string, label: string) => (
    <ul class="govuk-list">
      {(["csv", "xlsx"] as const).map((ext) => (
        <li>
          <a class="govuk-link" href={href(lang, `/ppid/kelola/register/${base}.${ext}${qs}`)} download>
            {t(lang, "ppidr.download")} {label} ({ext.toUpperCase()})
          </a>
        </li>
      ))}
    </ul>
  );
  return (
    <>
      <ErrorSummary errors={{ tahun: errors.tahun, periode: errors.periode, dari: errors.dari, sampai: errors.sampai }} lang={lang} />
      <h1 class="govuk-heading-l">{t(lang, "ppidr.book.title")}</h1>
      <p class="govuk-body">{t(lang, "ppidr.book.intro")}</p>
      <form method="get" action={href(lang, "/ppid/kelola/register")} novalidate>
        <PeriodFields form={form} errors={errors} lang={lang} ranges />
        <Button>{t(lang, "ppidr.show")}</Button>
      </form>
      {props.periodLabel && props.rows !== null ? (
        <>
          <h2 class="govuk-heading-m">
            {t(lang, "ppidr.book.requests")}: {props.periodLabel}
          </h2>
          <p class="govuk-body">{t(lang, "ppidr.book.rows", { n: props.rows })}</p>
          {links("permohonan", t(lang, "ppidr.book.requests"))}
          <h2 class="govuk-heading-m">{t(lang, "ppidr.book.objections")}</h2>
          {props.objectionsAvailable ? (
            links("keberatan", t(lang, "ppidr.book.objections"))
          ) : (
            <p class="govuk-body">{t(lang, "ppidr.book.objections_missing")}</p>
          )}
        </>
      ) : null}
    </>
  );
}

export function AnnualReportPage(props: {
  report: AnnualReport;
  form: PeriodForm;
  canWrite: boolean;
  values: Record<string, string>;
  errors: FieldErrors;
  saved: boolean;
}) {
  const c = useRequestContext<AppEnv>();
  const lang = c.get("lang");
  const csrf = c.get("actor")?.csrfToken ?? "";
  const r = props.report;
  const { errors } = props;
  return (
    <>
      {props.saved ? <NotificationBanner type="success" heading={t(lang, "ppidr.report.saved")} lang={lang} /> : null}
      <ErrorSummary errors={Object.fromEntries(["tahun", "periode", ...NARRATIVE_PARTS].map((k) => [k, errors[k]]))} lang={lang} />
      <h1 class="govuk-heading-l">
        {t(lang, "ppidr.report.title")}: {r.period.label}
      </h1>
      <p class="govuk-body">{t(lang, "ppidr.report.intro")}</p>
      <form method="get" action={href(lang, "/ppid/kelola/laporan")} novalidate>
        <PeriodFields form={props.form} errors={{}} lang={lang} ranges={false} />
        <Button>{t(lang, "ppidr.show")}</Button>
      </form>
      <ul class="govuk-list">
        {(["pdf", "xlsx"] as const).map((ext) => (
          <li>
            <a class="govuk-link" href={href(lang, `/ppid/kelola/laporan/${reportFileName(r, ext)}`)} download>
              {t(lang, "ppidr.download")} {reportFileName(r, ext)}
            </a>
          </li>
        ))}
      </ul>
      <FiguresTables stats={r.stats} objections={r.objections} lang={lang} />
      <h2 class="govuk-heading-m">Narasi laporan</h2>
      {r.narrativeBy && r.narrativeAt ? (
        <p class="govuk-body-s sp-muted">
          {t(lang, "ppidr.report.narrative_by", { who: r.narrativeBy, at: formatDate(lang, r.narrativeAt, { time: true }) })}
        </p>
      ) : null}
      {props.canWrite ? (
        <form method="post" action={href(lang, "/ppid/kelola/laporan")} novalidate>
          <input type="hidden" name="_csrf" value={csrf} />
          <input type="hidden" name="tahun" value={String(r.year)} />
          <input type="hidden" name="periode" value={r.periodKey} />
          {NARRATIVE_PARTS.map((k) => (
            <Textarea
              name={k}
              label={NARRATIVE_TITLE[k]}
              labelSize="s"
              value={props.values[k] ?? ""}
              error={errors[k]}
              rows={6}
              lang={lang}
            />
          ))}
          <Button>{t(lang, "ppidr.report.save")}</Button>
        </form>
      ) : (
        NARRATIVE_PARTS.map((k) => (
          <>
            <h3 class="govuk-heading-s">{NARRATIVE_TITLE[k]}</h3>
            <p class="govuk-body sp-pre">{r.narrative[k]?.trim() || "—"}</p>
          </>
        ))
      )}
      <Definitions rows={r.definitions} lang={lang} />
    </>
  );
}
