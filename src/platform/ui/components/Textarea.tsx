import { cx, describedBy, ErrorMessage, type FieldProps, Hint, Label } from "./field.tsx";

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
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div class={cx("govuk-form-group", error && "govuk-form-group--error")}>
      <Label for={id} size={labelSize} isPageHeading={isPageHeading}>
        {label}
      </Label>
      {hint ? <Hint id={hintId!}>{hint}</Hint> : null}
      {error ? <ErrorMessage id={errorId!} message={error} lang={lang} /> : null}
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
    </div>
  );
}
