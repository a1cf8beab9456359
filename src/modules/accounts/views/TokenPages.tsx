import { href, t } from "../../../platform/i18n/index.ts";
import { Button } from "../../../platform/ui/components/index.ts";
import { Csrf, EmailField, type FormState, Narrow, NewPasswordFields, Summary, useLang } from "./common.tsx";

/** The verification link opened: one button confirms (mail scanners that follow links change nothing). */
export function VerifyEmailPage({ token }: { token: string }) {
  const lang = useLang();
  return (
    <Narrow>
      <h1 class="govuk-heading-l">{t(lang, "acc.verify.title")}</h1>
      <p class="govuk-body">{t(lang, "acc.verify.intro")}</p>
      <form method="post" action={href(lang, "/akun/verifikasi-surel")} novalidate>
        <Csrf />
        <input type="hidden" name="token" value={token} />
        <Button>{t(lang, "acc.verify.submit")}</Button>
      </form>
    </Narrow>
  );
}

/** An emailed link that is unknown, used or expired; offers a new one. */
export function InvalidLinkPage({ kind, form }: { kind: "verify" | "reset"; form?: FormState }) {
  const lang = useLang();
  return (
    <Narrow>
      <Summary form={form} order={["email"]} />
      <h1 class="govuk-heading-l">{t(lang, "acc.link.invalid_title")}</h1>
      <p class="govuk-body">{t(lang, "acc.link.invalid_body")}</p>
      <form method="post" action={href(lang, kind === "verify" ? "/akun/kirim-ulang-verifikasi" : "/lupa-sandi")} novalidate>
        <Csrf />
        <EmailField lang={lang} form={form} />
        <Button>{t(lang, kind === "verify" ? "acc.link.new_verify" : "acc.link.new_reset")}</Button>
      </form>
    </Narrow>
  );
}

export function ForgotPasswordPage({ form }: { form?: FormState }) {
  const lang = useLang();
  return (
    <Narrow>
      <Summary form={form} order={["email"]} />
      <h1 class="govuk-heading-l">{t(lang, "acc.forgot.title")}</h1>
      <p class="govuk-body">{t(lang, "acc.forgot.intro")}</p>
      <form method="post" action={href(lang, "/lupa-sandi")} novalidate>
        <Csrf />
        <EmailField lang={lang} form={form} />
        <Button>{t(lang, "acc.forgot.submit")}</Button>
      </form>
    </Narrow>
  );
}

export function ResetPasswordPage({ token, form }: { token: string; form?: FormState }) {
  const lang = useLang();
  return (
    <Narrow>
      <Summary form={form} order={["kata_sandi", "konfirmasi"]} />
      <h1 class="govuk-heading-l">{t(lang, "acc.reset.title")}</h1>
      <form method="post" action={href(lang, "/akun/atur-ulang-sandi")} novalidate>
        <Csrf />
        <input type="hidden" name="token" value={token} />
        <NewPasswordFields lang={lang} form={form} />
        <Button>{t(lang, "acc.reset.submit")}</Button>
      </form>
    </Narrow>
  );
}
