import { Choices, type ChoicesProps } from "./choices.tsx";

export interface RadiosProps extends ChoicesProps {
  value?: string | null;
  /** Side by side; only for two short choices such as Ya/Tidak. */
  inline?: boolean;
}

/** One choice from a short list. The chosen value is kept when the form is shown again. */
export function Radios({ value, ...props }: RadiosProps) {
  return <Choices kind="radios" {...props} checked={(v) => value != null && v === value} />;
}
