import type { Child } from "hono/jsx";
import type { Lang } from "../../../../platform/i18n/index.ts";
import { describedBy, ErrorMessage, Hint, Label } from "../../../../platform/ui/components/index.ts";

/** A file input with its label, hint and error (GOV.UK file upload). */
export function FileField({
  name,
  label,
  hint,
  error,
  accept,
  lang = "id",
}: {
  name: string;
  label: Child;
  hint?: Child;
  error?: string;
  accept?: string;
  lang?: Lang;
}) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  return (
    <div class={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <Label for={name}>{label}</Label>
      {hint ? <Hint id={hintId!}>{hint}</Hint> : null}
      {error ? <ErrorMessage id={errorId!} message={error} lang={lang} /> : null}
      <input
        class={`govuk-file-upload${error ? " govuk-file-upload--error" : ""}`}
        id={name}
        name={name}
        type="file"
        accept={accept ?? "application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"}
        aria-describedby={describedBy(hintId, errorId)}
      />
    </div>
  );
}
