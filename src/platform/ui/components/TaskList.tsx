import type { Child } from "hono/jsx";
import { cx } from "./field.tsx";

export interface TaskItem {
  title: Child;
  /** Leave out when the task cannot be started yet. */
  href?: string;
  hint?: Child;
  /** Plain text ("Selesai") or a Tag for statuses that need attention ("Belum dimulai"). */
  status: Child;
}

/** The tasks of a long, multi-session piece of work and the status of each (GOV.UK task list). */
export function TaskList({ items, idPrefix = "task-list" }: { items: TaskItem[]; idPrefix?: string }) {
  return (
    <ul class="govuk-task-list">
      {items.map((item, i) => {
        const hintId = `${idPrefix}-${i + 1}-hint`;
        const statusId = `${idPrefix}-${i + 1}-status`;
        return (
          <li class={cx("govuk-task-list__item", item.href && "govuk-task-list__item--with-link")}>
            <div class="govuk-task-list__name-and-hint">
              {item.href ? (
                <a
                  class="govuk-link govuk-task-list__link"
                  href={item.href}
                  aria-describedby={item.hint ? `${hintId} ${statusId}` : statusId}
                >
                  {item.title}
                </a>
              ) : (
                <div>{item.title}</div>
              )}
              {item.hint ? (
                <div id={hintId} class="govuk-task-list__hint">
                  {item.hint}
                </div>
              ) : null}
            </div>
            <div class={cx("govuk-task-list__status", !item.href && "govuk-task-list__status--cannot-start-yet")} id={statusId}>
              {item.status}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
