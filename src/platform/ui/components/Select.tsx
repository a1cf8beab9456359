import { cx, describedBy, ErrorMessage, type FieldProps, Hint, Label } from "./field.tsx";

export interface SelectItem {
  value: string;
  label: string;
  disabled?: boolean;
}

export interface SelectProps extends FieldProps {
  items: SelectItem[];
  value?: string | null;
  autocomplete?: string;
}

/** A drop-down list. Prefer radios for short lists; use this for long, familiar ones (kecamatan). */
export function Select({ name, id = name, label, labelSize, isPageHeading, hint, error, items, value, autocomplete, lang }: SelectProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div class={cx("govuk-form-group", error && "govuk-form-group--error")}>
      <Label for={id} size={labelSize} isPageHeading={isPageHeading}>
        {label}
      </Label>
      {hint ? <Hint id={hintId!}>{hint}</Hint> : null}
      {error ? <ErrorMessage id={errorId!} message={error} lang={lang} /> : null}
      <select
        class={cx("govuk-select", error && "govuk-select--error")}
        id={id}
        name={name}
        autocomplete={autocomplete}
        aria-describedby={describedBy(hintId, errorId)}
      >
        {items.map((item) => (
          <option value={item.value} selected={value != null && item.value === value} disabled={item.disabled}>
            {item.label}
          </option>
        ))}
      </select>
    </div>
  );
}
