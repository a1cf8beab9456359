import { formatDate, href, t } from "../../../platform/i18n/index.ts";
import { Button, Pagination, Select, Table, Tag, TextInput } from "../../../platform/ui/components/index.ts";
import { PAGE_SIZE, type UserListRow } from "../queries.ts";
import { roleItems, type UnitChoice, unitItems } from "./admin.tsx";
import { Narrow, useLang } from "./common.tsx";

export interface ListQuery {
  q: string;
  jenis: string;
  peran: string;
  unit: string;
  status: string;
  hal: number;
}

const STATUS_COLOUR = { active: "green", disabled: "orange", deleted: "grey" } as const;

/** All accounts for admins: filter by name/email, kind, role, OPD, status; 25 a page. */
export function UserListPage({ rows, total, query, units }: { rows: UserListRow[]; total: number; query: ListQuery; units: UnitChoice[] }) {
  const lang = useLang();
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const link = (page: number) => {
    const s = new URLSearchParams();
    for (const k of ["q", "jenis", "peran", "unit", "status"] as const) if (query[k]) s.set(k, query[k]);
    if (page > 1) s.set("hal", String(page));
    const qs = s.toString();
    return href(lang, `/admin/pengguna${qs ? `?${qs}` : ""}`);
  };
  return (
    <>
      <h1 class="govuk-heading-l">{t(lang, "acc.admin.users_title")}</h1>
      <Button href={href(lang, "/admin/pengguna/baru")}>{t(lang, "acc.admin.new_staff")}</Button>
      <Narrow>
        <form method="get" action={href(lang, "/admin/pengguna")} class="sp-filter" novalidate>
          <TextInput name="q" type="search" label={t(lang, "acc.admin.filter_q")} value={query.q} lang={lang} />
          <Select
            name="jenis"
            label={t(lang, "acc.profile.kind")}
            value={query.jenis}
            items={[
              { value: "", label: t(lang, "acc.admin.all") },
              { value: "staff", label: t(lang, "acc.kind.staff") },
              { value: "citizen", label: t(lang, "acc.kind.citizen") },
            ]}
            lang={lang}
          />
          <Select
            name="peran"
            label={t(lang, "acc.field.role")}
            value={query.peran}
            items={roleItems(lang, t(lang, "acc.admin.all"))}
            lang={lang}
          />
          <Select
            name="unit"
            label={t(lang, "acc.field.unit")}
            value={query.unit}
            items={unitItems(lang, units, t(lang, "acc.admin.all"))}
            lang={lang}
          />
          <Select
            name="status"
            label={t(lang, "acc.field.status")}
            value={query.status}
            items={[
              { value: "", label: t(lang, "acc.admin.all") },
              { value: "active", label: t(lang, "acc.status.active") },
              { value: "disabled", label: t(lang, "acc.status.disabled") },
              { value: "deleted", label: t(lang, "acc.status.deleted") },
            ]}
            lang={lang}
          />
          <Button variant="secondary">{t(lang, "acc.admin.filter")}</Button>
        </form>
      </Narrow>
      <p class="govuk-body" role="status">
        {t(lang, "acc.admin.count", { n: total })}
      </p>
      {rows.length ? (
        <Table
          caption={t(lang, "acc.admin.users_title")}
          captionSize="s"
          head={[
            t(lang, "acc.field.name"),
            t(lang, "acc.field.email"),
            t(lang, "acc.profile.kind"),
            t(lang, "acc.field.status"),
            t(lang, "acc.admin.created"),
          ]}
          rows={rows.map((u) => [
            <a class="govuk-link" href={href(lang, `/admin/pengguna/${u.id}`)}>
              {u.name}
            </a>,
            u.email,
            <>
              {t(lang, `acc.kind.${u.kind}`)}
              {u.isDemo ? (
                <>
                  {" "}
                  <Tag colour="yellow">{t(lang, "acc.admin.demo")}</Tag>
                </>
              ) : null}
            </>,
            <Tag colour={STATUS_COLOUR[u.status]}>{t(lang, `acc.status.${u.status}`)}</Tag>,
            formatDate(lang, u.createdAt),
          ])}
        />
      ) : (
        <p class="govuk-body">{t(lang, "acc.admin.none")}</p>
      )}
      <Pagination current={query.hal} total={pages} href={link} lang={lang} />
    </>
  );
}
