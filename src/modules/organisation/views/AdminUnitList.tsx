import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../../../platform/http/env.ts";
import { href, t } from "../../../platform/i18n/index.ts";
import { Breadcrumbs, Button, NotificationBanner, Table, Tag } from "../../../platform/ui/components/index.ts";
import type { Unit } from "../queries.ts";

export function AdminUnitList({ units, notice }: { units: Unit[]; notice?: string }) {
  const lang = useRequestContext<AppEnv>().get("lang");
  return (
    <>
      <Breadcrumbs items={[{ text: t(lang, "nav.admin"), href: href(lang, "/admin") }]} lang={lang} />
      {notice ? <NotificationBanner type="success" heading={notice} lang={lang} /> : null}
      <h1 class="govuk-heading-l">{t(lang, "opd.admin.title")}</h1>
      <Button href={href(lang, "/admin/opd/baru")}>{t(lang, "opd.admin.new")}</Button>
      <Table
        caption={t(lang, "opd.count", { n: units.length })}
        head={[t(lang, "opd.field.code"), t(lang, "opd.admin.name"), t(lang, "opd.field.kind"), t(lang, "opd.field.status"), ""]}
        rows={units.map((u) => [
          u.code,
          <a class="govuk-link" href={href(lang, `/opd/${u.slug}`)}>
            {u.name}
          </a>,
          t(lang, `opd.kind.${u.kind}`),
          u.status === "active" ? <Tag colour="green">{t(lang, "opd.active")}</Tag> : <Tag colour="grey">{t(lang, "opd.retired")}</Tag>,
          <a class="govuk-link" href={href(lang, `/admin/opd/${u.id}`)}>
            {t(lang, "opd.admin.edit_link")}
            <span class="govuk-visually-hidden"> {u.name}</span>
          </a>,
        ])}
      />
    </>
  );
}
