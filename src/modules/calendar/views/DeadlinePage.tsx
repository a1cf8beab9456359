import { useRequestContext } from "hono/jsx-renderer";
import { type DeadlineResult, explainReceipt, explainSkipped, explainWarnings, formatCivilDate } from "../../../platform/calendar/index.ts";
import type { AppEnv } from "../../../platform/http/env.ts";
import type { FieldErrors } from "../../../platform/http/errors.ts";
import { href, t } from "../../../platform/i18n/index.ts";
import { Button, DateInput, ErrorSummary, Radios, TextInput } from "../../../platform/ui/components/index.ts";

export interface DeadlineForm {
  day: string;
  month: string;
  year: string;
  time: string;
  days: string;
  cuti: string;
}

/** The public calculator: a GET form (nothing is stored) and, when asked, the due date with its explanation. */
export function DeadlinePage({ form, errors = {}, result }: { form: DeadlineForm; errors?: FieldErrors; result?: DeadlineResult }) {
  const lang = useRequestContext<AppEnv>().get("lang");
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <ErrorSummary
          errors={{ from: errors.from, time: errors.time, workingDays: errors.workingDays }}
          targets={{ from: "tanggal-day", time: "jam", workingDays: "hari" }}
          lang={lang}
        />
        <h1 class="govuk-heading-l">{t(lang, "cal.title")}</h1>
        <p class="govuk-body">{t(lang, "cal.intro")}</p>
        {result ? (
          <div class="govuk-inset-text sp-result" role="status">
            <h2 class="govuk-heading-m">{t(lang, "cal.result")}</h2>
            <p class="govuk-body-l">
              <strong>{formatCivilDate(lang, result.due)}</strong>
            </p>
            <h3 class="govuk-heading-s">{t(lang, "cal.how")}</h3>
            <ul class="govuk-list govuk-list--bullet">
              {explainReceipt(result.receipt, lang).map((l) => (
                <li>{l}</li>
              ))}
              {explainWarnings(result, lang).map((l) => (
                <li>
                  <strong>{l}</strong>
                </li>
              ))}
            </ul>
            <h3 class="govuk-heading-s">{t(lang, "cal.skipped")}</h3>
            {result.skipped.length ? (
              <ul class="govuk-list govuk-list--bullet">
                {explainSkipped(result, lang).map((l) => (
                  <li>{l}</li>
                ))}
              </ul>
            ) : (
              <p class="govuk-body">{t(lang, "cal.none_skipped")}</p>
            )}
          </div>
        ) : null}
        <form method="get" action={href(lang, "/kalender/tenggat")} novalidate>
          <DateInput
            name="tanggal"
            legend={t(lang, "cal.from")}
            legendSize="s"
            hint={t(lang, "cal.from_hint")}
            value={{ day: form.day, month: form.month, year: form.year }}
            error={errors.from}
            lang={lang}
          />
          <TextInput
            name="jam"
            label={t(lang, "cal.time")}
            hint={t(lang, "cal.time_hint")}
            value={form.time}
            error={errors.time}
            width={5}
            lang={lang}
          />
          <TextInput
            name="hari"
            label={t(lang, "cal.days")}
            hint={t(lang, "cal.days_hint")}
            value={form.days}
            error={errors.workingDays}
            inputmode="numeric"
            width={3}
            lang={lang}
          />
          <Radios
            name="cuti"
            legend={t(lang, "cal.cuti")}
            legendSize="s"
            value={form.cuti}
            items={[
              { value: "libur", label: t(lang, "cal.cuti.libur") },
              { value: "kerja", label: t(lang, "cal.cuti.kerja") },
            ]}
            lang={lang}
          />
          <Button>{t(lang, "cal.submit")}</Button>
        </form>
        <p class="govuk-body-s sp-muted">{t(lang, "cal.api")}</p>
      </div>
    </div>
  );
}
