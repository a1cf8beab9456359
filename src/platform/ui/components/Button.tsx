import type { Child } from "hono/jsx";
import { cx } from "./field.tsx";

export interface ButtonProps {
  children: Child;
  /** primary (brand blue), secondary (grey), warning (red: destructive actions only), inverse (on a blue background). */
  variant?: "primary" | "secondary" | "warning" | "inverse";
  /** Renders a link that looks like a button, for navigation (GOV.UK start button and friends). */
  href?: string;
  type?: "submit" | "button" | "reset";
  name?: string;
  value?: string;
  disabled?: boolean;
  /** Adds the arrow of a start button: the call to action that begins a service. */
  isStartButton?: boolean;
  id?: string;
  class?: string;
  /** For a submit button that targets another form on the page. */
  form?: string;
  formaction?: string;
}

function StartIcon() {
  return (
    <svg
      class="govuk-button__start-icon"
      xmlns="http://www.w3.org/2000/svg"
      width="17.5"
      height="19"
      viewBox="0 0 33 40"
      aria-hidden="true"
      focusable="false"
    >
      <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
    </svg>
  );
}

/** A button, or a link styled as one (`href`). Works without JavaScript. */
export function Button({
  children,
  variant = "primary",
  href,
  type = "submit",
  name,
  value,
  disabled,
  isStartButton,
  id,
  class: extra,
  form,
  formaction,
}: ButtonProps) {
  const classes = cx("govuk-button", variant !== "primary" && `govuk-button--${variant}`, isStartButton && "govuk-button--start", extra);
  if (href) {
    return (
      <a href={href} role="button" draggable="false" class={classes} id={id}>
        {children}
        {isStartButton ? <StartIcon /> : null}
      </a>
    );
  }
  return (
    <button
      type={type}
      class={classes}
      name={name}
      value={value}
      id={id}
      form={form}
      formaction={formaction}
      disabled={disabled}
      aria-disabled={disabled ? "true" : undefined}
    >
      {children}
      {isStartButton ? <StartIcon /> : null}
    </button>
  );
}

/** Lays out a row of buttons and links with consistent spacing. */
export function ButtonGroup({ children }: { children: Child }) {
  return <div class="govuk-button-group">{children}</div>;
}
