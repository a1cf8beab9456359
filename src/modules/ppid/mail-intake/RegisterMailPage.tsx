import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../../../platform/http/env.ts";
import type { FieldErrors } from "../../../platform/http/errors.ts";
import { formatDate, href } from "../../../platform/i18n/index.ts";
import { Button, Checkboxes, ErrorSummary, Radios } from "../../../platform/ui/components/index.ts";
import { RequestDetailFields, RequesterFields } from "../views/RequestFields.tsx";
import type { InboundView } from "./queries.ts";

/** The fields of the registration form, as typed (strings; accessMethods a list). */
export type RegisterForm = Record<string, string | string[]>;

export const REGISTER_FIELDS = [
  "requesterType",
  "name",
  "nik",
  "legalDocNumber",
  "address",
  "phone",
  "email",
  "occupation",
  "details",
  "purpose",
  "accessMethods",
  "copyDelivery",
  "identityAttachment",
  "identityChecked",
] as const;

const IDENTITY_MIMES = ["application/pdf", "image/jpeg", "image/png"];

/** The form prefilled from the mail: name and address from From, the body as the details. */
export function prefill(m: InboundView): RegisterForm {
  const body = (m.textBody || m.htmlText || "").trim();
  return {
    requesterType: "perorangan",
    name: m.fromName ?? "",
    email: m.fromAddress ?? "",
    details: body.length > 5000 ? body.slice(0, 5000) : body,
    accessMethods: ["salinan_softcopy"],
    copyDelivery: "email",
  };
}

export function RegisterMailPage({ mail, form, errors = {} }: { mail: InboundView; form: RegisterForm; errors?: FieldErrors }) {
  const c = useRequestContext<AppEnv>();
  const lang = c.get("lang");
  const csrf = c.get("actor")?.csrfToken ?? "";
  const v = (k: string) => {
    const x = form[k];
    return Array.isArray(x) ? (x[0] ?? "") : (x ?? "");
  };
  const idCandidates = mail.attachments.map((a, i) => ({ a, i })).filter(({ a }) => IDENTITY_MIMES.includes(a.mime));
  return (
    <>
      <ErrorSummary
        errors={Object.fromEntries(REGISTER_FIELDS.map((k) => [k, errors[k]]).concat([["receivedDate", errors.receivedDate]]))}
        lang={lang}
      />
      <a class="govuk-back-link" href={href(lang, `/ppid/kelola/surel/${mail.id}`)}>
        Kembali ke surel
      </a>
      <span class="govuk-caption-l">Surel masuk: {mail.subject || "(tanpa subjek)"}</span>
      <h1 class="govuk-heading-l">Registrasi sebagai permohonan</h1>
      <p class="govuk-body">
        Saluran: <strong>Email</strong>. Diterima: <strong>{formatDate("id", mail.receivedAt, { weekday: true, time: true })}</strong>{" "}
        (waktu surel masuk; batas waktu dihitung dari sini).
      </p>
      {errors.receivedDate ? <p class="govuk-error-message">{errors.receivedDate}</p> : null}
      <form method="post" action={href(lang, `/ppid/kelola/surel/${mail.id}/registrasi`)} novalidate>
        <input type="hidden" name="_csrf" value={csrf} />
        <RequesterFields values={form} errors={errors} lang={lang} />
        <RequestDetailFields
          values={form}
          errors={errors}
          lang={lang}
          detailsHint="Diisi dari isi surel; rapikan bila perlu."
          detailsRows={8}
        />
        <Radios
          name="identityAttachment"
          legend="Identitas pemohon"
          legendSize="s"
          hint="Pilih lampiran surel yang berisi KTP atau dokumen badan hukum, atau centang di bawah bahwa identitas sudah diperiksa."
          value={v("identityAttachment")}
          error={errors.identityAttachment}
          items={[
            ...idCandidates.map(({ a, i }) => ({ value: String(i), label: `Lampiran: ${a.name}` })),
            { value: "", label: "Tidak memakai lampiran" },
          ]}
          lang={lang}
        />
        <Checkboxes
          name="identityChecked"
          legend="Pemeriksaan identitas"
          legendSize="s"
          values={v("identityChecked") ? ["on"] : []}
          error={errors.identityChecked}
          items={[{ value: "on", label: "Identitas pemohon sudah diperiksa" }]}
          lang={lang}
        />
        <Button>Registrasi permohonan</Button>
      </form>
    </>
  );
}
