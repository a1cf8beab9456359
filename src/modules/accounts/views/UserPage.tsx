import { formatDate, href, t } from "../../../platform/i18n/index.ts";
import { Button, Radios, SummaryList, Tag } from "../../../platform/ui/components/index.ts";
import type { RoleRow, User } from "../queries.ts";
import { clearanceItems, RoleScopeFields, type UnitChoice } from "./admin.tsx";
import { Csrf, err, type FormState, Notice, Summary, useLang, val } from "./common.tsx";

/** One account for admins: facts, roles per OPD (grant/revoke), clearance, disable/enable. */
export function UserPage({
  user,
  roles,
  units,
  form,
  notice,
  self,
}: {
  user: User;
  roles: RoleRow[];
  units: UnitChoice[];
  form?: FormState;
  notice?: string | null;
  self: boolean;
}) {
  const lang = useLang();
  const base = `/admin/pengguna/${user.id}`;
  const staff = user.kind === "staff";
  const editable = !self && user.status !== "deleted";
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <Notice name={notice} />
        <Summary form={form} order={["peran", "unit", "klasifikasi", "status"]} />
        <a class="govuk-back-link" href={href(lang, "/admin/pengguna")}>
          {t(lang, "acc.admin.back")}
        </a>
        <span class="govuk-caption-l">{t(lang, `acc.kind.${user.kind}`)}</span>
        <h1 class="govuk-heading-l">{user.name}</h1>
        {self ? <p class="govuk-inset-text">{t(lang, "acc.admin.self")}</p> : null}
        <SummaryList
          rows={[
            { key: t(lang, "acc.field.email"), value: user.email },
            ...(staff ? [{ key: "NIP", value: user.nip ?? "—" }] : []),
            {
              key: t(lang, "acc.field.status"),
              value: <Tag colour={user.status === "active" ? "green" : "grey"}>{t(lang, `acc.status.${user.status}`)}</Tag>,
            },
            ...(staff
              ? [
                  { key: t(lang, "acc.field.clearance"), value: t(lang, `acc.clearance.${user.clearance}`) },
                  { key: t(lang, "acc.profile.mfa"), value: t(lang, user.totpEnabledAt ? "acc.admin.mfa_on" : "acc.admin.mfa_off") },
                  {
                    key: t(lang, "acc.admin.password"),
                    value: t(lang, user.passwordHash ? "acc.admin.password_set" : "acc.admin.password_unset"),
                  },
                ]
              : [
                  {
                    key: t(lang, "acc.admin.verified"),
                    value: user.emailVerifiedAt ? formatDate(lang, user.emailVerifiedAt) : t(lang, "acc.admin.not_verified"),
                  },
                ]),
            { key: t(lang, "acc.admin.created"), value: formatDate(lang, user.createdAt) },
          ]}
        />
        {staff ? (
          <section aria-labelledby="peran">
            <h2 class="govuk-heading-m" id="peran">
              {t(lang, "acc.profile.roles")}
            </h2>
            {roles.length ? (
              <ul class="govuk-list sp-roles">
                {roles.map((r) => (
                  <li>
                    <strong>{t(lang, `acc.role.${r.role}`)}</strong> — {r.unitId ? (r.unitName ?? r.unitId) : t(lang, "acc.scope.regency")}
                    {editable ? (
                      <form method="post" action={href(lang, `${base}/peran/${r.id}/cabut`)} class="sp-inline-form">
                        <Csrf />
                        <Button variant="secondary" class="govuk-!-margin-bottom-0 govuk-!-margin-left-2">
                          {t(lang, "acc.admin.revoke")}
                          <span class="govuk-visually-hidden"> {t(lang, `acc.role.${r.role}`)}</span>
                        </Button>
                      </form>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p class="govuk-body">{t(lang, "acc.profile.no_roles")}</p>
            )}
            {editable ? (
              <form method="post" action={href(lang, `${base}/peran`)} novalidate>
                <Csrf />
                <h3 class="govuk-heading-s">{t(lang, "acc.admin.grant_title")}</h3>
                <RoleScopeFields lang={lang} form={form} units={units} roleLabel={t(lang, "acc.field.role")} />
                <Button>{t(lang, "acc.admin.grant")}</Button>
              </form>
            ) : null}
          </section>
        ) : null}
        {staff && editable ? (
          <section aria-labelledby="klasifikasi-judul">
            <h2 class="govuk-heading-m" id="klasifikasi-judul">
              {t(lang, "acc.field.clearance")}
            </h2>
            <form method="post" action={href(lang, `${base}/klasifikasi`)} novalidate>
              <Csrf />
              <Radios
                name="klasifikasi"
                legend={t(lang, "acc.admin.clearance_legend")}
                legendSize="s"
                hint={t(lang, "acc.field.clearance_hint")}
                items={clearanceItems(lang)}
                value={val(form, "klasifikasi") || user.clearance}
                error={err(lang, form, "klasifikasi")}
                lang={lang}
              />
              <Button>{t(lang, "acc.admin.save_clearance")}</Button>
            </form>
          </section>
        ) : null}
        {editable ? (
          <section aria-labelledby="status-judul">
            <h2 class="govuk-heading-m" id="status-judul">
              {t(lang, "acc.admin.status_title")}
            </h2>
            <form method="post" action={href(lang, `${base}/status`)} novalidate>
              <Csrf />
              <input type="hidden" name="status" value={user.status === "active" ? "disabled" : "active"} />
              <p class="govuk-body">{t(lang, user.status === "active" ? "acc.admin.disable_intro" : "acc.admin.enable_intro")}</p>
              <Button variant={user.status === "active" ? "warning" : "primary"}>
                {t(lang, user.status === "active" ? "acc.admin.disable" : "acc.admin.enable")}
              </Button>
            </form>
          </section>
        ) : null}
      </div>
    </div>
  );
}
