import { Choices, type ChoicesProps } from "./choices.tsx";

export interface CheckboxesProps extends ChoicesProps {
  /** The values that are ticked. */
  values?: readonly string[];
}

/** Any number of choices from a list; each ticked box sends `name=value`. */
export function Checkboxes({ values = [], ...props }: CheckboxesProps) {
  return <Choices kind="checkboxes" {...props} checked={(v) => values.includes(v)} />;
}
