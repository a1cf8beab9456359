import type { Child } from "hono/jsx";
import { cx } from "./field.tsx";

export interface SummaryAction {
  href: string;
  text: string;
  /** Completes the link for screen readers, e.g. "nama" for "Ubah nama". */
  visuallyHiddenText?: string;
}

export interface SummaryRow {
  key: Child;
  value: Child;
  actions?: SummaryAction[];
}

/** Key–value pairs, such as the answers on a check-your-answers page. */
export function SummaryList({ rows, noBorder, class: extra }: { rows: SummaryRow[]; noBorder?: boolean; class?: string }) {
  const anyActions = rows.some((r) => r.actions?.length);
  return (
    <dl class={cx("govuk-summary-list", noBorder && "govuk-summary-list--no-border", extra)}>
      {rows.map((row) => (
        <div class={cx("govuk-summary-list__row", anyActions && !row.actions?.length && "govuk-summary-list__row--no-actions")}>
          <dt class="govuk-summary-list__key">{row.key}</dt>
          <dd class="govuk-summary-list__value">{row.value}</dd>
          {row.actions?.length ? (
            <dd class="govuk-summary-list__actions">
              {row.actions.length === 1 ? (
                <ActionLink action={row.actions[0]} />
              ) : (
                <ul class="govuk-summary-list__actions-list">
                  {row.actions.map((a) => (
                    <li class="govuk-summary-list__actions-list-item">
                      <ActionLink action={a} />
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}

function ActionLink({ action }: { action: SummaryAction }) {
  return (
    <a class="govuk-link" href={action.href}>
      {action.text}
      {action.visuallyHiddenText ? <span class="govuk-visually-hidden"> {action.visuallyHiddenText}</span> : null}
    </a>
  );
}
