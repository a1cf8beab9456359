import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../../../platform/http/env.ts";
import type { FieldErrors } from "../../../platform/http/errors.ts";
import { formatDate, href, t } from "../../../platform/i18n/index.ts";
import { Button, ErrorSummary, NotificationBanner, Table, Textarea } from "../../../platform/ui/components/index.ts";
import { MAKLUMAT_PARTS } from "../settings.ts";
import { BIAYA_ROWS } from "../validation.ts";

export interface HistoryRow {
  at: Date;
  who: string;
  action: string;
}

export function MaklumatEditPage(props: {
  values: Record<string, string>;
  biayaValues: Record<string, string>;
  errors: FieldErrors;
  example: boolean;
  history: HistoryRow[];
  saved?: string;
}) {
  const c = useRequestContext<AppEnv>();
  const lang = c.get("lang");
  const csrf = c.get("actor")?.csrfToken ?? "";
  const { values, biayaValues, errors } = props;
  const biayaKeys = Array.from({ length: BIAYA_ROWS }, (_, i) => [`item_${i}`, `satuan_${i}`, `tarif_${i}`]).flat();
  const cell = (name: string, label: string, width: string) => (
    <>
      <label class="govuk-visually-hidden" for={name}>
        {label}
      </label>
      {errors[name] ? (
        <p id={`${name}-error`} class="govuk-error-message">
          {errors[name]}
        </p>
      ) : null}
      <input
        class={`govuk-input ${width}${errors[name] ? " govuk-input--error" : ""}`}
        id={name}
        name={name}
        type="text"
        value={biayaValues[name] ?? ""}
        aria-describedby={errors[name] ? `${name}-error` : undefined}
      />
    </>
  );
  return (
    <>
      {props.saved === "maklumat" ? <NotificationBanner type="success" heading={t(lang, "mak.saved")} lang={lang} /> : null}
      {props.saved === "biaya" ? <NotificationBanner type="success" heading={t(lang, "mak.biaya_saved")} lang={lang} /> : null}
      <ErrorSummary errors={Object.fromEntries([...MAKLUMAT_PARTS, ...biayaKeys].map((k) => [k, errors[k]]))} lang={lang} />
      <h1 class="govuk-heading-l">{t(lang, "mak.edit")}</h1>
      {props.example ? <p class="govuk-inset-text">{t(lang, "mak.example")}</p> : null}
      <p class="govuk-body">
        <a class="govuk-link" href={href(lang, "/ppid/maklumat")}>
          {t(lang, "mak.title")}
        </a>
      </p>
      <form method="post" action={href(lang, "/ppid/kelola/maklumat")} novalidate>
        <input type="hidden" name="_csrf" value={csrf} />
        {MAKLUMAT_PARTS.map((part) => (
          <Textarea
            name={part}
            label={t(lang, `mak.part.${part}`)}
            labelSize="s"
            hint={part === "prosedur" ? "Satu langkah per baris, diawali nomor: “1. …”." : undefined}
            value={values[part]}
            error={errors[part]}
            rows={part === "prosedur" || part === "dasarHukum" ? 8 : 4}
            lang={lang}
          />
        ))}
        <Button>{t(lang, "dipk.save")}</Button>
      </form>
      <form method="post" action={href(lang, "/ppid/kelola/maklumat/biaya")} novalidate class="sp-section">
        <input type="hidden" name="_csrf" value={csrf} />
        <h2 class="govuk-heading-m">{t(lang, "mak.biaya_edit")}</h2>
        <p class="govuk-hint">{t(lang, "mak.biaya_hint")}</p>
        <Table
          head={[t(lang, "std.col.item"), t(lang, "std.col.satuan"), `${t(lang, "std.col.tarif")} (Rp)`]}
          rows={Array.from({ length: BIAYA_ROWS }, (_, i) => [
            cell(`item_${i}`, `${t(lang, "std.col.item")} ${i + 1}`, "govuk-!-width-full"),
            cell(`satuan_${i}`, `${t(lang, "std.col.satuan")} ${i + 1}`, "govuk-input--width-10"),
            cell(`tarif_${i}`, `${t(lang, "std.col.tarif")} ${i + 1}`, "govuk-input--width-10"),
          ])}
        />
        <Button>{t(lang, "dipk.save")}</Button>
      </form>
      <h2 class="govuk-heading-m">{t(lang, "mak.history")}</h2>
      {props.history.length === 0 ? (
        <p class="govuk-body">{t(lang, "mak.history_none")}</p>
      ) : (
        <Table
          head={["Waktu", "Oleh", "Perubahan"]}
          rows={props.history.map((h) => [
            formatDate(lang, h.at, { time: true }),
            h.who,
            h.action === "maklumat.changed" ? t(lang, "mak.title") : t(lang, "mak.biaya_edit"),
          ])}
        />
      )}
    </>
  );
}
