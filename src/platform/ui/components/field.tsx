import type { Child } from "hono/jsx";
import { type Lang, t } from "../../i18n/index.ts";
import "../messages.ts";

export type Size = "s" | "m" | "l" | "xl";

/** Joins the ids for aria-describedby, leaving out the empty ones. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const s = ids.filter(Boolean).join(" ");
  return s || undefined;
}

/** Joins class names, leaving out the empty ones. */
export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(" ");
}

/** A label; as the page heading (one question per page) it is wrapped in an h1. */
export function Label({
  for: htmlFor,
  children,
  size,
  isPageHeading,
  class: extra,
}: {
  for: string;
  children: Child;
  size?: Size;
  isPageHeading?: boolean;
  class?: string;
}) {
  const label = (
    <label class={cx("govuk-label", size && `govuk-label--${size}`, extra)} for={htmlFor}>
      {children}
    </label>
  );
  return isPageHeading ? <h1 class="govuk-label-wrapper">{label}</h1> : label;
}

export function Hint({ id, children, class: extra }: { id: string; children: Child; class?: string }) {
  return (
    <div id={id} class={cx("govuk-hint", extra)}>
      {children}
    </div>
  );
}

/** The message shown beside a field; the hidden prefix tells screen-reader users it is an error. */
export function ErrorMessage({ id, message, lang = "id" }: { id: string; message: string; lang?: Lang }) {
  return (
    <p id={id} class="govuk-error-message">
      <span class="govuk-visually-hidden">{t(lang, "ui.error_prefix")}:</span> {message}
    </p>
  );
}

/** A legend for a fieldset; as the page heading it holds the h1. */
export function Legend({ children, size, isPageHeading }: { children: Child; size?: Size; isPageHeading?: boolean }) {
  return (
    <legend class={cx("govuk-fieldset__legend", size && `govuk-fieldset__legend--${size}`)}>
      {isPageHeading ? <h1 class="govuk-fieldset__heading">{children}</h1> : children}
    </legend>
  );
}

/** Props shared by every single-value field. */
export interface FieldProps {
  /** The name sent with the form; also the id unless `id` is given, so an error summary can link to `#name`. */
  name: string;
  id?: string;
  label: Child;
  labelSize?: Size;
  /** Use the label as the page's h1 (GOV.UK question pages). */
  isPageHeading?: boolean;
  hint?: Child;
  /** The error message; the field is shown in its error state when set. */
  error?: string;
  lang?: Lang;
}

/** The ids of a field's hint and error message (for aria-describedby). */
export function fieldIds(id: string, hint: unknown, error: unknown): { hintId?: string; errorId?: string } {
  return { hintId: hint ? `${id}-hint` : undefined, errorId: error ? `${id}-error` : undefined };
}

/** The form group around one labelled control: label, hint, error message, then the control. */
export function FieldGroup({
  id,
  label,
  labelSize,
  isPageHeading,
  hint,
  error,
  lang,
  children,
}: Omit<FieldProps, "name"> & { id: string; children: Child }) {
  const { hintId, errorId } = fieldIds(id, hint, error);
  return (
    <div class={cx("govuk-form-group", error && "govuk-form-group--error")}>
      <Label for={id} size={labelSize} isPageHeading={isPageHeading}>
        {label}
      </Label>
      {hint ? <Hint id={hintId!}>{hint}</Hint> : null}
      {error ? <ErrorMessage id={errorId!} message={error} lang={lang} /> : null}
      {children}
    </div>
  );
}
