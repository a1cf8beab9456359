import type { Actor } from "../../../platform/http/actor.ts";
import { href, t } from "../../../platform/i18n/index.ts";
import { Button, SummaryList, TextInput } from "../../../platform/ui/components/index.ts";
import type { RoleRow } from "../queries.ts";
import { Csrf, err, type FormState, Summary, useLang } from "./common.tsx";

/** Own profile: name, email; roles, clearance and two-factor status for staff; deletion for citizens. */
export function AccountPage({ actor, roles, form }: { actor: Actor; roles: RoleRow[]; form?: FormState }) {
  const lang = useLang();
  const staff = actor.kind === "staff";
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <Summary form={form} order={["kata_sandi"]} />
        <h1 class="govuk-heading-l">{t(lang, "acc.profile.title")}</h1>
        <SummaryList
          rows={[
            { key: t(lang, "acc.field.name"), value: actor.name },
            { key: t(lang, "acc.field.email"), value: actor.email },
            { key: t(lang, "acc.profile.kind"), value: t(lang, `acc.kind.${actor.kind}`) },
            ...(staff
              ? [
                  { key: t(lang, "acc.field.clearance"), value: t(lang, `acc.clearance.${actor.clearance}`) },
                  {
                    key: t(lang, "acc.profile.roles"),
                    value: roles.length ? (
                      <ul class="govuk-list">
                        {roles.map((r) => (
                          <li>
                            {t(lang, `acc.role.${r.role}`)} — {r.unitId ? (r.unitName ?? r.unitId) : t(lang, "acc.scope.regency")}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      t(lang, "acc.profile.no_roles")
                    ),
                  },
                  {
                    key: t(lang, "acc.profile.mfa"),
                    value: (
                      <a class="govuk-link" href={href(lang, "/akun/2fa")}>
                        {t(lang, "acc.profile.mfa_on")}
                      </a>
                    ),
                  },
                ]
              : []),
          ]}
        />
        <p class="govuk-body">
          <a class="govuk-link" href={href(lang, "/lupa-sandi")}>
            {t(lang, "acc.profile.change_password")}
          </a>
        </p>
        {staff ? null : (
          <section aria-labelledby="hapus-akun">
            <h2 class="govuk-heading-m" id="hapus-akun">
              {t(lang, "acc.delete.title")}
            </h2>
            <p class="govuk-body">{t(lang, "acc.delete.intro")}</p>
            <form method="post" action={href(lang, "/akun/hapus")} novalidate>
              <Csrf />
              <TextInput
                name="kata_sandi"
                type="password"
                label={t(lang, "acc.delete.password")}
                autocomplete="current-password"
                error={err(lang, form, "kata_sandi")}
                lang={lang}
              />
              <Button variant="warning">{t(lang, "acc.delete.submit")}</Button>
            </form>
          </section>
        )}
      </div>
    </div>
  );
}
