import { href, t } from "../../../platform/i18n/index.ts";
import { Button, Radios, TextInput } from "../../../platform/ui/components/index.ts";
import { clearanceItems, RoleScopeFields, type UnitChoice } from "./admin.tsx";
import { Csrf, err, type FormState, Narrow, Summary, useLang, val } from "./common.tsx";

/** An admin creates a staff account with its first role. */
export function NewStaffPage({ form, units }: { form?: FormState; units: UnitChoice[] }) {
  const lang = useLang();
  return (
    <Narrow>
      <Summary form={form} order={["nama", "email", "nip", "klasifikasi", "peran", "unit"]} />
      <a class="govuk-back-link" href={href(lang, "/admin/pengguna")}>
        {t(lang, "acc.admin.back")}
      </a>
      <h1 class="govuk-heading-l">{t(lang, "acc.admin.new_staff")}</h1>
      <p class="govuk-body">{t(lang, "acc.admin.new_intro")}</p>
      <form method="post" action={href(lang, "/admin/pengguna/baru")} novalidate>
        <Csrf />
        <TextInput
          name="nama"
          label={t(lang, "acc.field.name")}
          autocomplete="off"
          value={val(form, "nama")}
          error={err(lang, form, "nama")}
          lang={lang}
        />
        <TextInput
          name="email"
          type="email"
          label={t(lang, "acc.field.email")}
          autocomplete="off"
          spellcheck={false}
          value={val(form, "email")}
          error={err(lang, form, "email")}
          lang={lang}
        />
        <TextInput
          name="nip"
          label={t(lang, "acc.field.nip")}
          hint={t(lang, "acc.field.nip_hint")}
          inputmode="numeric"
          width={20}
          value={val(form, "nip")}
          error={err(lang, form, "nip")}
          lang={lang}
        />
        <Radios
          name="klasifikasi"
          legend={t(lang, "acc.field.clearance")}
          legendSize="s"
          hint={t(lang, "acc.field.clearance_hint")}
          items={clearanceItems(lang)}
          value={val(form, "klasifikasi") || "biasa"}
          error={err(lang, form, "klasifikasi")}
          lang={lang}
        />
        <RoleScopeFields lang={lang} form={form} units={units} roleLabel={t(lang, "acc.field.first_role")} />
        <Button>{t(lang, "acc.admin.create")}</Button>
      </form>
    </Narrow>
  );
}
