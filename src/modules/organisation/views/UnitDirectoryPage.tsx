import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../../../platform/http/env.ts";
import { href, t } from "../../../platform/i18n/index.ts";
import type { Unit } from "../queries.ts";

export function UnitDirectoryPage({ units, q, tooLong }: { units: Unit[]; q: string; tooLong: boolean }) {
  const lang = useRequestContext<AppEnv>().get("lang");
  const groups = new Map<string, Unit[]>();
  for (const u of units) groups.set(u.kind, [...(groups.get(u.kind) ?? []), u]);
  return (
    <>
      <h1 class="govuk-heading-xl">{t(lang, "opd.title")}</h1>
      <p class="govuk-body-l">{t(lang, "opd.intro")}</p>
      <form method="get" action={href(lang, "/opd")} role="search" class="sp-search" novalidate>
        <div class={`govuk-form-group${tooLong ? " govuk-form-group--error" : ""}`}>
          <label class="govuk-label govuk-label--s" for="q">
            {t(lang, "opd.search.label")}
          </label>
          <div id="q-hint" class="govuk-hint">
            {t(lang, "opd.search.hint")}
          </div>
          {tooLong ? (
            <p id="q-error" class="govuk-error-message">
              {t(lang, "opd.search.too_long")}
            </p>
          ) : null}
          <div class="sp-search__row">
            <input
              class="govuk-input sp-search__input"
              id="q"
              name="q"
              type="search"
              value={q}
              aria-describedby={tooLong ? "q-hint q-error" : "q-hint"}
              autocomplete="off"
            />
            <button type="submit" class="govuk-button sp-search__button">
              {t(lang, "opd.search.button")}
            </button>
          </div>
        </div>
      </form>
      {q ? (
        <p class="govuk-body" role="status">
          {t(lang, "opd.results", { n: units.length, q })} ·{" "}
          <a class="govuk-link" href={href(lang, "/opd")}>
            {t(lang, "opd.all")}
          </a>
        </p>
      ) : null}
      {units.length === 0 ? <p class="govuk-body">{t(lang, "opd.none")}</p> : null}
      {[...groups].map(([kind, list]) => (
        <section class="sp-directory__group">
          <h2 class="govuk-heading-m">
            {t(lang, `opd.kind.${kind}`)} <span class="govuk-caption-m sp-inline">({t(lang, "opd.count", { n: list.length })})</span>
          </h2>
          <ul class="govuk-list sp-directory__list">
            {list.map((u) => (
              <li>
                <a class="govuk-link" href={href(lang, `/opd/${u.slug}`)}>
                  {u.name}
                </a>{" "}
                <span class="sp-muted">({u.code})</span>
                {u.status === "retired" ? <strong class="govuk-tag govuk-tag--grey">{t(lang, "opd.retired")}</strong> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
