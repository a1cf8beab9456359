import { href, t } from "../../../platform/i18n/index.ts";
import { Button, Checkboxes, TextInput } from "../../../platform/ui/components/index.ts";
import { Csrf, EmailField, err, type FormState, Narrow, NewPasswordFields, Summary, useLang, val } from "./common.tsx";

/** Citizen registration: name, email, password twice, agreement. */
export function RegisterPage({ form }: { form?: FormState }) {
  const lang = useLang();
  return (
    <Narrow>
      <Summary form={form} order={["nama", "email", "kata_sandi", "konfirmasi", "persetujuan"]} />
      <h1 class="govuk-heading-l">{t(lang, "acc.register.title")}</h1>
      <p class="govuk-body">{t(lang, "acc.register.intro")}</p>
      <form method="post" action={href(lang, "/daftar")} novalidate>
        <Csrf />
        <TextInput
          name="nama"
          label={t(lang, "acc.field.name")}
          autocomplete="name"
          value={val(form, "nama")}
          error={err(lang, form, "nama")}
          lang={lang}
        />
        <EmailField lang={lang} form={form} hint={t(lang, "acc.register.email_hint")} />
        <NewPasswordFields lang={lang} form={form} />
        <Checkboxes
          name="persetujuan"
          legend={t(lang, "acc.register.consent_legend")}
          legendSize="s"
          items={[{ value: "ya", label: t(lang, "acc.register.consent") }]}
          values={val(form, "persetujuan") ? ["ya"] : []}
          error={err(lang, form, "persetujuan")}
          lang={lang}
        />
        <Button>{t(lang, "acc.register.submit")}</Button>
      </form>
      <p class="govuk-body">
        {t(lang, "acc.register.have_account")}{" "}
        <a class="govuk-link" href={href(lang, "/masuk")}>
          {t(lang, "acc.signin.title")}
        </a>
      </p>
    </Narrow>
  );
}
