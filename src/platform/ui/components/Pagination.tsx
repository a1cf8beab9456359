import { type Lang, t } from "../../i18n/index.ts";
import { cx } from "./field.tsx";

export interface PaginationProps {
  /** The current page, from 1. */
  current: number;
  /** How many pages there are. */
  total: number;
  /** The address of a page (keep the filters in it). */
  href: (page: number) => string;
  lang?: Lang;
  /** The landmark's name, when a page has more than one pagination. */
  label?: string;
  previousLabel?: string;
  nextLabel?: string;
}

/** Which page numbers to show: the first, the last, and the current one with its neighbours; null is an ellipsis. */
export function pageWindow(current: number, total: number): (number | null)[] {
  const out: (number | null)[] = [];
  for (let p = 1; p <= total; p++) {
    if (p === 1 || p === total || Math.abs(p - current) <= 1) out.push(p);
    else if (out[out.length - 1] !== null) out.push(null);
  }
  return out;
}

function Arrow({ dir }: { dir: "prev" | "next" }) {
  return (
    <svg
      class={`govuk-pagination__icon govuk-pagination__icon--${dir}`}
      xmlns="http://www.w3.org/2000/svg"
      height="13"
      width="15"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 15 13"
    >
      <path
        d={
          dir === "prev"
            ? "m6.6 0-6.7 6.7 6.7 6.4 1.4-1.4-4.2-4h12.9v-2H3.8l4.3-4.3z"
            : "m8.1 0-1.4 1.4 4.3 4.3H-1v2h12.9l-4.2 4 1.4 1.4 6.7-6.4z"
        }
      />
    </svg>
  );
}

/** Previous/next links and page numbers (GOV.UK pagination). Renders nothing for a single page. */
export function Pagination({ current, total, href, lang = "id", label, previousLabel, nextLabel }: PaginationProps) {
  if (total <= 1) return null;
  const hidden = <span class="govuk-visually-hidden"> {t(lang, "ui.pagination.page_hidden")}</span>;
  return (
    <nav class="govuk-pagination" aria-label={label ?? t(lang, "ui.pagination.label")}>
      {current > 1 ? (
        <div class="govuk-pagination__prev">
          <a class="govuk-link govuk-pagination__link" href={href(current - 1)} rel="prev">
            <Arrow dir="prev" />
            <span class="govuk-pagination__link-title">
              {previousLabel ?? t(lang, "ui.pagination.previous")}
              {previousLabel ? null : hidden}
            </span>
          </a>
        </div>
      ) : null}
      <ul class="govuk-pagination__list">
        {pageWindow(current, total).map((p) =>
          p === null ? (
            <li class="govuk-pagination__item govuk-pagination__item--ellipsis">⋯</li>
          ) : (
            <li class={cx("govuk-pagination__item", p === current && "govuk-pagination__item--current")}>
              <a
                class="govuk-link govuk-pagination__link"
                href={href(p)}
                aria-label={t(lang, "ui.pagination.page", { n: p })}
                aria-current={p === current ? "page" : undefined}
              >
                {p}
              </a>
            </li>
          ),
        )}
      </ul>
      {current < total ? (
        <div class="govuk-pagination__next">
          <a class="govuk-link govuk-pagination__link" href={href(current + 1)} rel="next">
            <span class="govuk-pagination__link-title">
              {nextLabel ?? t(lang, "ui.pagination.next")}
              {nextLabel ? null : hidden}
            </span>
            <Arrow dir="next" />
          </a>
        </div>
      ) : null}
    </nav>
  );
}
