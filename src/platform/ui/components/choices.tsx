import type { Child } from "hono/jsx";
import type { Lang } from "../../i18n/index.ts";
import { cx, describedBy, ErrorMessage, Hint, Legend, type Size } from "./field.tsx";

export interface ChoiceItem {
  value: string;
  label: Child;
  hint?: Child;
  disabled?: boolean;
  /** Checkboxes only: "none of these" — a server-side rule should reject it together with others. */
  exclusive?: boolean;
}

/** A divider ("atau") between choices. */
export interface ChoiceDivider {
  divider: string;
}

export interface ChoicesProps {
  name: string;
  /** Id of the first choice (what an error summary links to); defaults to name. */
  id?: string;
  legend: Child;
  legendSize?: Size;
  isPageHeading?: boolean;
  hint?: Child;
  error?: string;
  items: (ChoiceItem | ChoiceDivider)[];
  /** Smaller controls, for filters. */
  small?: boolean;
  lang?: Lang;
}

/** Shared markup of radios and checkboxes: a fieldset, legend, hint, error, and one input per item. */
export function Choices({
  kind,
  name,
  id = name,
  legend,
  legendSize,
  isPageHeading,
  hint,
  error,
  items,
  small,
  inline,
  checked,
  lang,
}: ChoicesProps & { kind: "radios" | "checkboxes"; inline?: boolean; checked: (value: string) => boolean }) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  let n = 0;
  return (
    <div class={cx("govuk-form-group", error && "govuk-form-group--error")}>
      <fieldset class="govuk-fieldset" aria-describedby={describedBy(hintId, errorId)}>
        <Legend size={legendSize} isPageHeading={isPageHeading}>
          {legend}
        </Legend>
        {hint ? <Hint id={hintId!}>{hint}</Hint> : null}
        {error ? <ErrorMessage id={errorId!} message={error} lang={lang} /> : null}
        <div class={cx(`govuk-${kind}`, small && `govuk-${kind}--small`, inline && "govuk-radios--inline")}>
          {items.map((item) => {
            if ("divider" in item) return <div class={`govuk-${kind}__divider`}>{item.divider}</div>;
            n += 1;
            // The first choice carries the field's id so that `#name` from the error summary lands on it.
            const itemId = n === 1 ? id : `${id}-${n}`;
            const itemHintId = item.hint ? `${itemId}-item-hint` : undefined;
            return (
              <div class={`govuk-${kind}__item`}>
                <input
                  class={`govuk-${kind}__input`}
                  id={itemId}
                  name={name}
                  type={kind === "radios" ? "radio" : "checkbox"}
                  value={item.value}
                  checked={checked(item.value)}
                  disabled={item.disabled}
                  aria-describedby={itemHintId}
                  data-behaviour={item.exclusive ? "exclusive" : undefined}
                />
                <label class={`govuk-label govuk-${kind}__label`} for={itemId}>
                  {item.label}
                </label>
                {item.hint ? (
                  <Hint id={itemHintId!} class={`govuk-${kind}__hint`}>
                    {item.hint}
                  </Hint>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
