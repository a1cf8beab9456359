import { href, t } from "../../../platform/i18n/index.ts";
import { Button, TextInput } from "../../../platform/ui/components/index.ts";
import { Csrf, EmailField, err, type FormState, Narrow, Notice, Summary, useLang } from "./common.tsx";

/** Sign-in with email and password. `unverified` offers to send the verification link again. */
export function SignInPage({
  form,
  kembali,
  notice,
  unverified,
}: {
  form?: FormState;
  kembali: string | null;
  notice?: string | null;
  unverified?: string;
}) {
  const lang = useLang();
  return (
    <Narrow>
      <Notice name={notice} />
      <Summary form={form} order={["email", "kata_sandi"]} />
      {unverified ? (
        <div class="govuk-inset-text">
          <p class="govuk-body">{t(lang, "acc.signin.unverified")}</p>
          <form method="post" action={href(lang, "/akun/kirim-ulang-verifikasi")} novalidate>
            <Csrf />
            <input type="hidden" name="email" value={unverified} />
            <Button variant="secondary">{t(lang, "acc.signin.resend")}</Button>
          </form>
        </div>
      ) : null}
      <h1 class="govuk-heading-l">{t(lang, "acc.signin.title")}</h1>
      <form method="post" action={href(lang, "/masuk")} novalidate>
        <Csrf />
        {kembali ? <input type="hidden" name="kembali" value={kembali} /> : null}
        <EmailField lang={lang} form={form} />
        <TextInput
          name="kata_sandi"
          type="password"
          label={t(lang, "acc.field.password")}
          autocomplete="current-password"
          error={err(lang, form, "kata_sandi")}
          lang={lang}
        />
        <Button>{t(lang, "acc.signin.submit")}</Button>
      </form>
      <p class="govuk-body">
        <a class="govuk-link" href={href(lang, "/lupa-sandi")}>
          {t(lang, "acc.signin.forgot")}
        </a>
      </p>
      <h2 class="govuk-heading-m">{t(lang, "acc.signin.no_account")}</h2>
      <p class="govuk-body">
        <a class="govuk-link" href={href(lang, "/daftar")}>
          {t(lang, "acc.signin.register")}
        </a>
      </p>
    </Narrow>
  );
}
