import { href, t } from "../../../platform/i18n/index.ts";
import { Button, TextInput } from "../../../platform/ui/components/index.ts";
import { Csrf, err, type FormState, Narrow, Summary, useLang } from "./common.tsx";

/** The second step of a staff sign-in: a code from the app or a recovery code. */
export function SecondFactorPage({ form, kembali }: { form?: FormState; kembali: string | null }) {
  const lang = useLang();
  return (
    <Narrow>
      <Summary form={form} order={["kode"]} />
      <h1 class="govuk-heading-l">{t(lang, "acc.mfa.title")}</h1>
      <p class="govuk-body">{t(lang, "acc.mfa.intro")}</p>
      <form method="post" action={href(lang, "/masuk/verifikasi-2fa")} novalidate>
        <Csrf />
        {kembali ? <input type="hidden" name="kembali" value={kembali} /> : null}
        <TextInput
          name="kode"
          label={t(lang, "acc.field.code")}
          hint={t(lang, "acc.mfa.hint")}
          autocomplete="one-time-code"
          spellcheck={false}
          width={10}
          error={err(lang, form, "kode")}
          lang={lang}
        />
        <Button>{t(lang, "acc.mfa.submit")}</Button>
      </form>
    </Narrow>
  );
}
