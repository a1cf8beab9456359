import { useRequestContext } from "hono/jsx-renderer";
import { formatCivilDate } from "../../../platform/calendar/index.ts";
import type { AppEnv } from "../../../platform/http/env.ts";
import type { FieldErrors } from "../../../platform/http/errors.ts";
import { href, t } from "../../../platform/i18n/index.ts";
import {
  Breadcrumbs,
  Button,
  ButtonGroup,
  DateInput,
  ErrorSummary,
  NotificationBanner,
  Select,
  Table,
  TextInput,
} from "../../../platform/ui/components/index.ts";
import { HOLIDAY_KINDS, type HolidayRow } from "../holidays.ts";

export interface HolidayForm {
  day: string;
  month: string;
  year: string;
  kind: string;
  name: string;
  basis: string;
  reason: string;
}

export function Crumbs() {
  const lang = useRequestContext<AppEnv>().get("lang");
  return (
    <Breadcrumbs
      items={[
        { text: t(lang, "nav.admin"), href: href(lang, "/admin") },
        { text: t(lang, "cal.admin.title"), href: href(lang, "/admin/kalender") },
      ]}
      lang={lang}
    />
  );
}

export function HolidayListPage({
  year,
  rows,
  missing,
  saved,
  imported,
}: {
  year: number;
  rows: HolidayRow[];
  missing: number[];
  saved: boolean;
  /** How many holidays an import just added. */
  imported?: number;
}) {
  const lang = useRequestContext<AppEnv>().get("lang");
  return (
    <>
      <Crumbs />
      {saved ? <NotificationBanner type="success" heading={t(lang, "cal.admin.saved")} lang={lang} /> : null}
      {imported ? <NotificationBanner type="success" heading={t(lang, "cal.import.done", { n: imported })} lang={lang} /> : null}
      {missing.map((y) => (
        <NotificationBanner titleId={`missing-${y}`} heading={t(lang, "cal.admin.missing", { year: y })} lang={lang} />
      ))}
      <h1 class="govuk-heading-l">
        {t(lang, "cal.admin.title")} <span class="govuk-caption-l sp-inline">{t(lang, "cal.admin.year", { year })}</span>
      </h1>
      <p class="govuk-body">{t(lang, "cal.admin.intro")}</p>
      <p class="govuk-body">
        <a class="govuk-link" href={href(lang, `/admin/kalender?tahun=${year - 1}`)}>
          ← {t(lang, "cal.admin.prev")}
        </a>{" "}
        ·{" "}
        <a class="govuk-link" href={href(lang, `/admin/kalender?tahun=${year + 1}`)}>
          {t(lang, "cal.admin.next")} →
        </a>
      </p>
      <ButtonGroup>
        <Button href={href(lang, "/admin/kalender/baru")}>{t(lang, "cal.admin.add")}</Button>
        <Button href={href(lang, "/admin/kalender/impor")} variant="secondary">
          {t(lang, "cal.import.link")}
        </Button>
      </ButtonGroup>
      <Table
        caption={t(lang, "cal.admin.count", { n: rows.length })}
        head={[t(lang, "cal.admin.date"), t(lang, "cal.admin.kind"), t(lang, "cal.admin.name"), t(lang, "cal.admin.basis"), ""]}
        rows={rows.map((h) => [
          formatCivilDate(lang, h.date),
          t(lang, `cal.kind.${h.kind}`),
          h.name,
          <span class="govuk-body-s">{h.basis}</span>,
          <a class="govuk-link" href={href(lang, `/admin/kalender/${h.id}`)}>
            {t(lang, "cal.admin.edit_link")}
            <span class="govuk-visually-hidden"> {h.name}</span>
          </a>,
        ])}
      />
    </>
  );
}

export function HolidayFormPage({ holiday, form, errors = {} }: { holiday?: HolidayRow; form: HolidayForm; errors?: FieldErrors }) {
  const c = useRequestContext<AppEnv>();
  const lang = c.get("lang");
  const csrf = c.get("actor")?.csrfToken ?? "";
  const action = holiday ? href(lang, `/admin/kalender/${holiday.id}`) : href(lang, "/admin/kalender/baru");
  return (
    <>
      <Crumbs />
      <ErrorSummary
        errors={{ date: errors.date, kind: errors.kind, name: errors.name, basis: errors.basis, reason: errors.reason }}
        targets={{ date: "tanggal-day" }}
        lang={lang}
      />
      <h1 class="govuk-heading-l">{holiday ? t(lang, "cal.admin.edit") : t(lang, "cal.admin.add")}</h1>
      <form method="post" action={action} novalidate>
        <input type="hidden" name="_csrf" value={csrf} />
        <DateInput
          name="tanggal"
          legend={t(lang, "cal.admin.date")}
          legendSize="s"
          value={{ day: form.day, month: form.month, year: form.year }}
          error={errors.date}
          lang={lang}
        />
        <Select
          name="kind"
          label={t(lang, "cal.admin.kind")}
          value={form.kind}
          error={errors.kind}
          items={[
            { value: "", label: t(lang, "cal.admin.choose") },
            ...HOLIDAY_KINDS.map((k) => ({ value: k, label: t(lang, `cal.kind.${k}`) })),
          ]}
          lang={lang}
        />
        <TextInput name="name" label={t(lang, "cal.admin.name")} value={form.name} error={errors.name} lang={lang} />
        <TextInput
          name="basis"
          label={t(lang, "cal.admin.basis")}
          hint={t(lang, "cal.admin.basis_hint")}
          value={form.basis}
          error={errors.basis}
          lang={lang}
        />
        <TextInput
          name="reason"
          label={t(lang, "cal.admin.reason")}
          hint={t(lang, "cal.admin.reason_hint")}
          value={form.reason}
          error={errors.reason}
          lang={lang}
        />
        <Button>{t(lang, "cal.admin.save")}</Button>
      </form>
      {holiday ? (
        <form method="post" action={href(lang, `/admin/kalender/${holiday.id}/hapus`)} novalidate class="sp-section">
          <input type="hidden" name="_csrf" value={csrf} />
          <h2 class="govuk-heading-m">{t(lang, "cal.admin.remove")}</h2>
          <TextInput name="removeReason" id="removeReason" label={t(lang, "cal.admin.reason")} error={errors.removeReason} lang={lang} />
          <Button variant="warning">{t(lang, "cal.admin.remove")}</Button>
        </form>
      ) : null}
    </>
  );
}
