import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../../../../platform/http/env.ts";
import { href, t } from "../../../../platform/i18n/index.ts";
import { Button, Checkboxes, ErrorSummary, Fieldset, Radios, Textarea, TextInput } from "../../../../platform/ui/components/index.ts";
import { ACCESS_METHODS, COPY_DELIVERIES, REQUESTER_TYPES } from "../../schema.ts";
import { FileField } from "./FileField.tsx";
import { codeLabel, tr } from "./text.ts";

export type FormValues = Record<string, string | string[] | undefined>;

/** The fields in the order of the page (the error summary follows it). */
export const FIELD_ORDER = [
  "requesterType",
  "name",
  "nik",
  "legalDocNumber",
  "address",
  "phone",
  "email",
  "occupation",
  "proxyName",
  "proxyLetter",
  "details",
  "purpose",
  "accessMethods",
  "copyDelivery",
  "identityDocument",
  "statement",
  "_",
];

export function orderedErrors(errors: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of FIELD_ORDER) if (errors[k]) out[k] = errors[k];
  for (const [k, v] of Object.entries(errors)) if (!(k in out) && k !== "website") out[k] = v;
  return out;
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? "") : (v ?? ""));
const many = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);
const on = (v: string | string[] | undefined) => ["on", "true", "1"].includes(one(v));

/** GET/POST /ppid/permohonan: the online request form (works without JavaScript, one column on a phone). */
export function RequestFormPage({
  values = {},
  errors = {},
  csrfToken,
  signedInAs,
}: {
  values?: FormValues;
  errors?: Record<string, string>;
  csrfToken?: string | null;
  signedInAs?: string | null;
}) {
  const lang = useRequestContext<AppEnv>().get("lang");
  const m = (key: string) => t(lang, `ppid.public.form.${key}`);
  const e = orderedErrors(errors);
  const filesLost = Object.keys(e).length > 0;
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <ErrorSummary lang={lang} errors={e} targets={{ _: "requesterType", state: "requesterType" }} />
        <a class="govuk-back-link" href={href(lang, "/ppid")}>
          {t(lang, "ppid.public.back")}
        </a>
        <h1 class="govuk-heading-xl">{m("title")}</h1>
        <p class="govuk-body">{m("intro")}</p>
        {signedInAs ? (
          <p class="govuk-inset-text">
            {tr(
              lang,
              "ppid.public.form.signedIn",
              { email: signedInAs },
              {
                a: (s) => (
                  <a class="govuk-link" href={href(lang, "/akun/permohonan")}>
                    {s}
                  </a>
                ),
              },
            )}
          </p>
        ) : null}
        {filesLost ? (
          <div class="govuk-warning-text">
            <span class="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong class="govuk-warning-text__text">
              <span class="govuk-visually-hidden">{t(lang, "ppid.public.warning")}</span>
              {m("filesLost")}
            </strong>
          </div>
        ) : null}
        <form method="post" action={href(lang, "/ppid/permohonan")} enctype="multipart/form-data" novalidate>
          {csrfToken ? <input type="hidden" name="_csrf" value={csrfToken} /> : null}
          <Fieldset legend={m("requester")} legendSize="m">
            <Radios
              lang={lang}
              name="requesterType"
              legend={m("requesterType")}
              value={one(values.requesterType) || "perorangan"}
              error={e.requesterType}
              items={REQUESTER_TYPES.map((v) => ({
                value: v,
                label: codeLabel(lang, "requesterType", v),
                hint: v === "badan_hukum" || v === "kelompok" ? m(`requesterType.${v}.hint`) : undefined,
              }))}
            />
            <TextInput
              lang={lang}
              name="name"
              label={m("name")}
              hint={m("name.hint")}
              value={one(values.name)}
              error={e.name}
              autocomplete="name"
              spellcheck={false}
            />
            <TextInput
              lang={lang}
              name="nik"
              label={m("nik")}
              hint={m("nik.hint")}
              value={one(values.nik)}
              error={e.nik}
              inputmode="numeric"
              autocomplete="off"
              spellcheck={false}
              width={20}
            />
            <TextInput
              lang={lang}
              name="legalDocNumber"
              label={m("legalDocNumber")}
              value={one(values.legalDocNumber)}
              error={e.legalDocNumber}
              spellcheck={false}
            />
            <Textarea
              lang={lang}
              name="address"
              label={m("address")}
              value={one(values.address)}
              error={e.address}
              rows={3}
              autocomplete="street-address"
            />
            <TextInput
              lang={lang}
              name="phone"
              type="tel"
              label={m("phone")}
              hint={m("phone.hint")}
              value={one(values.phone)}
              error={e.phone}
              autocomplete="tel"
              width={20}
            />
            <TextInput
              lang={lang}
              name="email"
              type="email"
              label={m("email")}
              hint={m("email.hint")}
              value={one(values.email)}
              error={e.email}
              autocomplete="email"
              spellcheck={false}
            />
            <TextInput
              lang={lang}
              name="occupation"
              label={m("occupation")}
              value={one(values.occupation)}
              error={e.occupation}
              autocomplete="organization-title"
            />
          </Fieldset>

          <Fieldset legend={m("proxySection")} legendSize="m">
            <Checkboxes
              lang={lang}
              name="proxy"
              legend={m("proxy")}
              hint={m("proxy.hint")}
              values={on(values.proxy) ? ["on"] : []}
              items={[{ value: "on", label: m("proxy.yes") }]}
            />
            <TextInput
              lang={lang}
              name="proxyName"
              label={m("proxyName")}
              value={one(values.proxyName)}
              error={e.proxyName}
              autocomplete="off"
            />
            <FileField lang={lang} name="proxyLetter" label={m("proxyLetter")} hint={m("fileHint")} error={e.proxyLetter} />
          </Fieldset>

          <Fieldset legend={m("information")} legendSize="m">
            <Textarea
              lang={lang}
              name="details"
              label={m("details")}
              hint={m("details.hint")}
              value={one(values.details)}
              error={e.details}
              rows={6}
            />
            <Textarea
              lang={lang}
              name="purpose"
              label={m("purpose")}
              hint={m("purpose.hint")}
              value={one(values.purpose)}
              error={e.purpose}
              rows={3}
            />
            <Checkboxes
              lang={lang}
              name="accessMethods"
              legend={m("accessMethods")}
              hint={m("accessMethods.hint")}
              values={many(values.accessMethods)}
              error={e.accessMethods}
              items={ACCESS_METHODS.map((v) => ({ value: v, label: codeLabel(lang, "access", v) }))}
            />
            <Radios
              lang={lang}
              name="copyDelivery"
              legend={m("copyDelivery")}
              hint={m("copyDelivery.hint")}
              value={one(values.copyDelivery)}
              error={e.copyDelivery}
              items={COPY_DELIVERIES.map((v) => ({ value: v, label: codeLabel(lang, "copy", v) }))}
            />
            <Checkboxes
              lang={lang}
              name="hideText"
              legend={m("hideText")}
              hint={m("hideText.hint")}
              values={on(values.hideText) ? ["on"] : []}
              items={[{ value: "on", label: m("hideText.yes") }]}
            />
          </Fieldset>

          <Fieldset legend={m("identitySection")} legendSize="m">
            <FileField
              lang={lang}
              name="identityDocument"
              label={m("identityDocument")}
              hint={m("identityDocument.hint")}
              error={e.identityDocument}
            />
          </Fieldset>

          <div class="govuk-visually-hidden" aria-hidden="true">
            <label for="website">{m("honeypot")}</label>
            <input id="website" name="website" type="text" tabindex={-1} autocomplete="off" value="" />
          </div>

          <Checkboxes
            lang={lang}
            name="statement"
            legend={m("statement")}
            values={on(values.statement) ? ["on"] : []}
            error={e.statement}
            items={[{ value: "on", label: m("statement.text") }]}
          />
          <Button>{m("submit")}</Button>
        </form>
      </div>
    </div>
  );
}
