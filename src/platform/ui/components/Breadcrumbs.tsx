import { type Lang, t } from "../../i18n/index.ts";

/** Where the page sits in the site; the current page itself is not listed. */
export function Breadcrumbs({ items, lang = "id" }: { items: { text: string; href: string }[]; lang?: Lang }) {
  return (
    <nav class="govuk-breadcrumbs" aria-label={t(lang, "ui.breadcrumbs.label")}>
      <ol class="govuk-breadcrumbs__list">
        {items.map((item) => (
          <li class="govuk-breadcrumbs__list-item">
            <a class="govuk-breadcrumbs__link" href={item.href}>
              {item.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
