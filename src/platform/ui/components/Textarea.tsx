import { cx, describedBy, FieldGroup, type FieldProps, fieldIds } from "./field.tsx";

export interface TextareaProps extends FieldProps {
  value?: string | null;
  rows?: number;
  autocomplete?: string;
  spellcheck?: boolean;
}

/** A multi-line text field. The value is kept (and escaped) when the form is shown again. */
export function Textarea({
  name,
  id = name,
  label,
  labelSize,
  isPageHeading,
  hint,
  error,
  value,
  rows = 5,
  autocomplete,
  spellcheck,
  lang,
}: TextareaProps) {
  const { hintId, errorId } = fieldIds(id, hint, error);
  return (
    <FieldGroup id={id} label={label} labelSize={labelSize} isPageHeading={isPageHeading} hint={hint} error={error} lang={lang}>
      <textarea
        class={cx("govuk-textarea", error && "govuk-textarea--error")}
        id={id}
        name={name}
        rows={rows}
        autocomplete={autocomplete}
        spellcheck={spellcheck}
        aria-describedby={describedBy(hintId, errorId)}
      >
        {/* HTML drops a newline right after <textarea>: add one so a leading newline survives. */}
        {value?.startsWith("\n") ? `\n${value}` : (value ?? "")}
      </textarea>
    </FieldGroup>
  );
}
