import { cx, describedBy, FieldGroup, type FieldProps, fieldIds } from "./field.tsx";

export type InputWidth = 2 | 3 | 4 | 5 | 10 | 20 | 30 | "full" | "three-quarters" | "two-thirds" | "one-half" | "one-third" | "one-quarter";

export function widthClass(width: InputWidth | undefined): string | undefined {
  if (width === undefined) return undefined;
  return typeof width === "number" ? `govuk-input--width-${width}` : `govuk-!-width-${width}`;
}

export interface TextInputProps extends FieldProps {
  value?: string | null;
  type?: "text" | "email" | "tel" | "url" | "search" | "password" | "number";
  autocomplete?: string;
  inputmode?: "text" | "numeric" | "decimal" | "tel" | "email" | "url" | "search";
  spellcheck?: boolean;
  width?: InputWidth;
  /** Extra ids for aria-describedby (e.g. a fieldset hint). */
  describedBy?: string;
  class?: string;
}

/** A one-line text field with its label, hint and error message. Keeps what was typed via `value`. */
export function TextInput({
  name,
  id = name,
  label,
  labelSize,
  isPageHeading,
  hint,
  error,
  value,
  type = "text",
  autocomplete,
  inputmode,
  spellcheck,
  width,
  describedBy: extraDescribedBy,
  class: extra,
  lang,
}: TextInputProps) {
  const { hintId, errorId } = fieldIds(id, hint, error);
  return (
    <FieldGroup id={id} label={label} labelSize={labelSize} isPageHeading={isPageHeading} hint={hint} error={error} lang={lang}>
      <input
        class={cx("govuk-input", widthClass(width), error && "govuk-input--error", extra)}
        id={id}
        name={name}
        type={type}
        value={value ?? ""}
        autocomplete={autocomplete}
        inputmode={inputmode}
        spellcheck={spellcheck}
        aria-describedby={describedBy(extraDescribedBy, hintId, errorId)}
      />
    </FieldGroup>
  );
}
