import { useRequestContext } from "hono/jsx-renderer";
import { formatCivilDate } from "../../../platform/calendar/index.ts";
import type { AppEnv } from "../../../platform/http/env.ts";
import type { FieldErrors } from "../../../platform/http/errors.ts";
import { href, t } from "../../../platform/i18n/index.ts";
import {
  Button,
  ButtonGroup,
  ErrorSummary,
  NotificationBanner,
  Select,
  SummaryList,
  Table,
  Tag,
  TextInput,
} from "../../../platform/ui/components/index.ts";
import type { ImportPreview, RowStatus } from "../commands/importHolidays.ts";
import { HOLIDAY_KINDS } from "../holidays.ts";
import { MAX_ICS_BYTES, MAX_ICS_EVENTS } from "../ical.ts";
import { Crumbs } from "./AdminHolidayPages.tsx";

export interface ImportForm {
  kind: string;
  basis: string;
  reason: string;
}

/** Step 1: the .ics upload with the type, the legal basis and the reason. */
export function HolidayImportPage({ form, errors = {} }: { form: ImportForm; errors?: FieldErrors }) {
  const c = useRequestContext<AppEnv>();
  const lang = c.get("lang");
  const csrf = c.get("actor")?.csrfToken ?? "";
  return (
    <>
      <Crumbs />
      <ErrorSummary errors={{ berkas: errors.berkas, kind: errors.kind, basis: errors.basis, reason: errors.reason }} lang={lang} />
      <h1 class="govuk-heading-l">{t(lang, "cal.import.title")}</h1>
      <p class="govuk-body">{t(lang, "cal.import.intro")}</p>
      <form method="post" action={href(lang, "/admin/kalender/impor")} enctype="multipart/form-data" novalidate>
        <input type="hidden" name="_csrf" value={csrf} />
        <div class={`govuk-form-group${errors.berkas ? " govuk-form-group--error" : ""}`}>
          <label class="govuk-label govuk-label--s" for="berkas">
            {t(lang, "cal.import.file")}
          </label>
          <div id="berkas-hint" class="govuk-hint">
            {t(lang, "cal.import.file_hint", { kb: MAX_ICS_BYTES / 1024, n: MAX_ICS_EVENTS })}
          </div>
          {errors.berkas ? (
            <p id="berkas-error" class="govuk-error-message">
              <span class="govuk-visually-hidden">Error:</span> {errors.berkas}
            </p>
          ) : null}
          <input
            class={`govuk-file-upload${errors.berkas ? " govuk-file-upload--error" : ""}`}
            id="berkas"
            name="berkas"
            type="file"
            accept="text/calendar,.ics"
            aria-describedby={errors.berkas ? "berkas-hint berkas-error" : "berkas-hint"}
          />
        </div>
        <Select
          name="kind"
          label={t(lang, "cal.import.kind")}
          value={form.kind || "libur_nasional"}
          error={errors.kind}
          items={[
            ...HOLIDAY_KINDS.map((k) => ({ value: k, label: t(lang, `cal.kind.${k}`) })),
            { value: "tebak", label: t(lang, "cal.import.kind.tebak") },
          ]}
          lang={lang}
        />
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
        <Button>{t(lang, "cal.import.preview_button")}</Button>
      </form>
    </>
  );
}

const COLOUR: Record<RowStatus, "green" | "grey"> = { baru: "green", sudah_ada: "grey", ganda: "grey" };

/** Step 2: every day of the file with its status; confirming posts the signed rows back. */
export function HolidayImportPreviewPage({ preview }: { preview: ImportPreview }) {
  const c = useRequestContext<AppEnv>();
  const lang = c.get("lang");
  const csrf = c.get("actor")?.csrfToken ?? "";
  const skipped = preview.rows.length - preview.newCount;
  return (
    <>
      <Crumbs />
      <h1 class="govuk-heading-l">{t(lang, "cal.import.preview")}</h1>
      <SummaryList
        rows={[
          { key: t(lang, "cal.import.file_name"), value: preview.fileName || "—" },
          { key: t(lang, "cal.import.sha256"), value: <code class="sp-prewrap">{preview.sha256}</code> },
          { key: t(lang, "cal.admin.basis"), value: preview.basis },
          { key: t(lang, "cal.admin.reason"), value: preview.reason },
        ]}
      />
      <p class="govuk-body" id="ringkasan">
        {t(lang, "cal.import.summary", { n: preview.newCount, dup: skipped })}
      </p>
      {preview.cancelled ? <p class="govuk-body">{t(lang, "cal.import.cancelled", { n: preview.cancelled })}</p> : null}
      <Table
        head={[t(lang, "cal.admin.date"), t(lang, "cal.admin.name"), t(lang, "cal.admin.kind"), t(lang, "cal.import.status")]}
        rows={preview.rows.map((r) => [
          <span data-date={r.date}>{formatCivilDate(lang, r.date)}</span>,
          <>
            {r.name}
            {r.recurring ? <span class="govuk-body-s govuk-!-display-block">{t(lang, "cal.import.recurring")}</span> : null}
          </>,
          t(lang, `cal.kind.${r.kind}`),
          <Tag colour={COLOUR[r.status]} class={`sp-status-${r.status}`}>
            {t(lang, `cal.import.status.${r.status}`)}
          </Tag>,
        ])}
      />
      {preview.newCount === 0 ? <NotificationBanner heading={t(lang, "cal.import.nothing")} lang={lang} /> : null}
      <form method="post" action={href(lang, "/admin/kalender/impor/simpan")} novalidate>
        <input type="hidden" name="_csrf" value={csrf} />
        <input type="hidden" name="payload" value={preview.payload} />
        <input type="hidden" name="signature" value={preview.signature} />
        <ButtonGroup>
          {preview.newCount > 0 ? <Button>{t(lang, "cal.import.confirm", { n: preview.newCount })}</Button> : null}
          <a class="govuk-link" href={href(lang, "/admin/kalender/impor")}>
            {t(lang, "cal.import.again")}
          </a>
        </ButtonGroup>
      </form>
    </>
  );
}
