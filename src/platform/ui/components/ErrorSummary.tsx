import { type Lang, t } from "../../i18n/index.ts";

export interface ErrorSummaryProps {
  /** field name → message, in the order of the fields on the page. */
  errors: Record<string, string | undefined>;
  title?: string;
  /** Where a field's link should go when it is not `#field` (e.g. a date input's `#tanggal-day`). */
  targets?: Record<string, string>;
  lang?: Lang;
}

/**
 * The list of problems at the top of the page, each linking to its field.
 * It takes focus on load (autofocus, no script needed), so screen readers read it first.
 * Renders nothing when there are no errors.
 */
export function ErrorSummary({ errors, title, targets = {}, lang = "id" }: ErrorSummaryProps) {
  const entries = Object.entries(errors).filter((e): e is [string, string] => Boolean(e[1]));
  if (entries.length === 0) return null;
  return (
    <div class="govuk-error-summary" tabindex={-1} autofocus>
      <div role="alert">
        <h2 class="govuk-error-summary__title">{title ?? t(lang, "ui.error_summary.title")}</h2>
        <div class="govuk-error-summary__body">
          <ul class="govuk-list govuk-error-summary__list">
            {entries.map(([field, message]) => (
              <li>
                <a href={`#${targets[field] ?? field}`}>{message}</a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
