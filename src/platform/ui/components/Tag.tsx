import type { Child } from "hono/jsx";
import { cx } from "./field.tsx";

/** Tag colours. Keep red for problems ("Ada masalah", "Ditolak"); never rely on colour alone. */
export type TagColour = "blue" | "grey" | "green" | "teal" | "purple" | "magenta" | "red" | "orange" | "yellow";

/** A short status label, in sentence case ("Selesai", "Sedang diproses"). Blue by default. */
export function Tag({ children, colour, class: extra }: { children: Child; colour?: TagColour; class?: string }) {
  return <strong class={cx("govuk-tag", colour && colour !== "blue" && `govuk-tag--${colour}`, extra)}>{children}</strong>;
}
