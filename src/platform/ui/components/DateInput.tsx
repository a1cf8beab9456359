import type { Child } from "hono/jsx";
import { type Lang, t } from "../../i18n/index.ts";
import { cx, describedBy, ErrorMessage, Hint, Legend, type Size } from "./field.tsx";

export type DatePart = "day" | "month" | "year";
export interface DateValue {
  day?: string | null;
  month?: string | null;
  year?: string | null;
}

export interface DateInputProps {
  /** Prefix of the three fields: they are sent as `${name}-day`, `${name}-month`, `${name}-year`, with the same ids. */
  name: string;
  legend: Child;
  legendSize?: Size;
  isPageHeading?: boolean;
  hint?: Child;
  value?: DateValue;
  error?: string;
  /** Which parts are wrong; all three are highlighted when the error is about the whole date. */
  errorParts?: DatePart[];
  lang?: Lang;
}

const PARTS: { part: DatePart; width: 2 | 4 }[] = [
  { part: "day", width: 2 },
  { part: "month", width: 2 },
  { part: "year", width: 4 },
];

/**
 * Day, month and year as three numeric text fields (GOV.UK date input), in the
 * Indonesian order. Link the error summary to `${name}-day` (or the first wrong part).
 */
export function DateInput({ name, legend, legendSize, isPageHeading, hint, value = {}, error, errorParts, lang = "id" }: DateInputProps) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  const wrong = (p: DatePart) => Boolean(error) && (!errorParts || errorParts.length === 0 || errorParts.includes(p));
  return (
    <div class={cx("govuk-form-group", error && "govuk-form-group--error")}>
      <fieldset class="govuk-fieldset" role="group" aria-describedby={describedBy(hintId, errorId)}>
        <Legend size={legendSize} isPageHeading={isPageHeading}>
          {legend}
        </Legend>
        {hint ? <Hint id={hintId!}>{hint}</Hint> : null}
        {error ? <ErrorMessage id={errorId!} message={error} lang={lang} /> : null}
        <div class="govuk-date-input" id={name}>
          {PARTS.map(({ part, width }) => {
            const id = `${name}-${part}`;
            return (
              <div class="govuk-date-input__item">
                <div class="govuk-form-group">
                  <label class="govuk-label govuk-date-input__label" for={id}>
                    {t(lang, `ui.date.${part}`)}
                  </label>
                  <input
                    class={cx("govuk-input govuk-date-input__input", `govuk-input--width-${width}`, wrong(part) && "govuk-input--error")}
                    id={id}
                    name={id}
                    type="text"
                    inputmode="numeric"
                    value={value[part] ?? ""}
                  />
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
