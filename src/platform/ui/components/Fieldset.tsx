import type { Child } from "hono/jsx";
import { cx, Legend, type Size } from "./field.tsx";

/** Groups related fields (address, date of birth) under a legend. */
export function Fieldset({
  legend,
  legendSize,
  isPageHeading,
  describedBy,
  role,
  class: extra,
  children,
}: {
  legend?: Child;
  legendSize?: "s" | "m" | "l" | "xl";
  isPageHeading?: boolean;
  describedBy?: string;
  role?: string;
  class?: string;
  children?: Child;
}) {
  return (
    <fieldset class={cx("govuk-fieldset", extra)} aria-describedby={describedBy} role={role}>
      {legend ? (
        <Legend size={legendSize as Size | undefined} isPageHeading={isPageHeading}>
          {legend}
        </Legend>
      ) : null}
      {children}
    </fieldset>
  );
}
