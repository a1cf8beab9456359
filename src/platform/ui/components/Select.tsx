import { cx, describedBy, FieldGroup, type FieldProps, fieldIds } from "./field.tsx";

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
  const { hintId, errorId } = fieldIds(id, hint, error);
  return (
    <FieldGroup id={id} label={label} labelSize={labelSize} isPageHeading={isPageHeading} hint={hint} error={error} lang={lang}>
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
    </FieldGroup>
  );
}
