import type { Child } from "hono/jsx";
import { cx, type Size } from "./field.tsx";

export interface TableProps {
  caption?: Child;
  captionSize?: Size;
  head?: Child[];
  rows: Child[][];
  /** Column indexes (from 0) holding numbers: right-aligned with tabular figures. */
  numeric?: number[];
  /** Make the first cell of each row a row header. */
  firstCellIsHeader?: boolean;
  class?: string;
  /** Name of the scrolling region for screen readers (default: the caption when it is text, else "Tabel"). */
  label?: string;
}

/** A data table. On narrow screens it scrolls sideways inside its own focusable region. */
export function Table({ caption, captionSize = "m", head, rows, numeric = [], firstCellIsHeader, class: extra, label }: TableProps) {
  const num = (i: number) => numeric.includes(i);
  return (
    // Focusable so keyboard users can scroll a wide table sideways (axe: scrollable-region-focusable).
    <div class="sp-table-wrap" tabindex={0} role="region" aria-label={label ?? (typeof caption === "string" ? caption : "Tabel")}>
      <table class={cx("govuk-table", extra)}>
        {caption ? <caption class={cx("govuk-table__caption", `govuk-table__caption--${captionSize}`)}>{caption}</caption> : null}
        {head ? (
          <thead class="govuk-table__head">
            <tr class="govuk-table__row">
              {head.map((h, i) => (
                <th scope="col" class={cx("govuk-table__header", num(i) && "govuk-table__header--numeric")}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
        ) : null}
        <tbody class="govuk-table__body">
          {rows.map((row) => (
            <tr class="govuk-table__row">
              {row.map((cell, i) =>
                i === 0 && firstCellIsHeader ? (
                  <th scope="row" class="govuk-table__header">
                    {cell}
                  </th>
                ) : (
                  <td class={cx("govuk-table__cell", num(i) && "govuk-table__cell--numeric")}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
