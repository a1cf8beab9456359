import { href, t } from "../../../platform/i18n/index.ts";
import { Button, TextInput } from "../../../platform/ui/components/index.ts";
import { Csrf, err, type FormState, Narrow, Summary, useLang } from "./common.tsx";

/** First sign-in of a staff member: scan the QR code (or type the secret), then confirm with a code. */
export function TotpSetupPage({ secret, qr, form, kembali }: { secret: string; qr: string; form?: FormState; kembali: string | null }) {
  const lang = useLang();
  const grouped = secret.match(/.{1,4}/g)?.join(" ") ?? secret;
  return (
    <Narrow>
      <Summary form={form} order={["kode"]} />
      <h1 class="govuk-heading-l">{t(lang, "acc.totp.title")}</h1>
      <p class="govuk-body">{t(lang, "acc.totp.intro")}</p>
      <ol class="govuk-list govuk-list--number">
        <li>{t(lang, "acc.totp.step1")}</li>
        <li>
          {t(lang, "acc.totp.step2")}
          <div class="sp-qr">
            <img src={qr} alt={t(lang, "acc.totp.qr_alt")} width="200" height="200" />
          </div>
          <p class="govuk-body">
            {t(lang, "acc.totp.secret_label")}{" "}
            <code class="sp-secret" data-secret={secret}>
              {grouped}
            </code>
          </p>
        </li>
        <li>{t(lang, "acc.totp.step3")}</li>
      </ol>
      <form method="post" action={href(lang, "/akun/2fa")} novalidate>
        <Csrf />
        {kembali ? <input type="hidden" name="kembali" value={kembali} /> : null}
        <TextInput
          name="kode"
          label={t(lang, "acc.field.code6")}
          autocomplete="one-time-code"
          inputmode="numeric"
          spellcheck={false}
          width={10}
          error={err(lang, form, "kode")}
          lang={lang}
        />
        <Button>{t(lang, "acc.totp.submit")}</Button>
      </form>
    </Narrow>
  );
}

/** The ten recovery codes, shown once. */
export function RecoveryCodesPage({ codes, next }: { codes: string[]; next: string }) {
  const lang = useLang();
  return (
    <Narrow>
      <h1 class="govuk-heading-l">{t(lang, "acc.codes.title")}</h1>
      <div class="govuk-warning-text">
        <span class="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong class="govuk-warning-text__text">
          <span class="govuk-visually-hidden">{t(lang, "acc.warning")}</span>
          {t(lang, "acc.codes.warning")}
        </strong>
      </div>
      <ul class="govuk-list sp-recovery-codes">
        {codes.map((c) => (
          <li>
            <code>{c}</code>
          </li>
        ))}
      </ul>
      <p class="govuk-body">{t(lang, "acc.codes.use")}</p>
      <Button href={href(lang, next)}>{t(lang, "acc.codes.continue")}</Button>
    </Narrow>
  );
}

/** TOTP is on: status and a way to replace the recovery codes. */
export function TotpStatusPage({ left }: { left: number }) {
  const lang = useLang();
  return (
    <Narrow>
      <h1 class="govuk-heading-l">{t(lang, "acc.totp.status_title")}</h1>
      <p class="govuk-body">{t(lang, "acc.totp.status_on")}</p>
      <p class="govuk-body">{t(lang, "acc.totp.codes_left", { n: left })}</p>
      <form method="post" action={href(lang, "/akun/2fa/kode-pemulihan")} novalidate>
        <Csrf />
        <Button variant="secondary">{t(lang, "acc.totp.renew")}</Button>
      </form>
    </Narrow>
  );
}
