import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../../../../platform/http/env.ts";
import type { FieldErrors } from "../../../../platform/http/errors.ts";
import { href, t } from "../../../../platform/i18n/index.ts";
import {
  Breadcrumbs,
  Button,
  ButtonGroup,
  Checkboxes,
  DateInput,
  ErrorSummary,
  Radios,
  SummaryList,
  TextInput,
} from "../../../../platform/ui/components/index.ts";
import { CHANNEL_LABEL } from "../../labels.ts";
import { one, RequestDetailFields, RequesterFields } from "../../views/RequestFields.tsx";
import { civil } from "./tags.tsx";

export type FormValues = Record<string, string | string[] | undefined>;

const FIELD_ORDER = [
  "channel",
  "receivedDate",
  "receivedTime",
  "requesterType",
  "name",
  "nik",
  "legalDocNumber",
  "address",
  "phone",
  "email",
  "occupation",
  "identityDocument",
  "identityChecked",
  "proxy",
  "proxyName",
  "proxyLetter",
  "details",
  "purpose",
  "accessMethods",
  "copyDelivery",
  "_",
];

export function Crumbs() {
  const lang = useRequestContext<AppEnv>().get("lang");
  return <Breadcrumbs items={[{ text: t(lang, "ppid.staff.crumb.queue"), href: href(lang, "/ppid/kelola") }]} lang={lang} />;
}

function FileField({ name, label, hint, error }: { name: string; label: string; hint: string; error?: string }) {
  return (
    <div class={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <label class="govuk-label" for={name}>
        {label}
      </label>
      <div id={`${name}-hint`} class="govuk-hint">
        {hint}
      </div>
      {error ? (
        <p id={`${name}-error`} class="govuk-error-message">
          <span class="govuk-visually-hidden">Kesalahan:</span> {error}
        </p>
      ) : null}
      <input
        class={`govuk-file-upload${error ? " govuk-file-upload--error" : ""}`}
        id={name}
        name={name}
        type="file"
        accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
        aria-describedby={error ? `${name}-hint ${name}-error` : `${name}-hint`}
      />
    </div>
  );
}

export function IntakeFormPage({ values, errors = {} }: { values: FormValues; errors?: FieldErrors }) {
  const c = useRequestContext<AppEnv>();
  const lang = c.get("lang");
  const v = (k: string) => one(values[k]);
  const ordered = Object.fromEntries(FIELD_ORDER.map((k) => [k, errors[k]]));
  for (const [k, m] of Object.entries(errors)) if (!(k in ordered)) ordered[k] = m;
  return (
    <>
      <Crumbs />
      <ErrorSummary errors={ordered} targets={{ receivedDate: "receivedDate-day", _: "channel" }} lang={lang} />
      <h1 class="govuk-heading-l">{t(lang, "ppid.staff.intake.title")}</h1>
      <p class="govuk-body">
        Isi sesuai formulir permohonan yang diserahkan pemohon. Tanggal dan jam diterima menentukan batas waktu: permohonan yang diterima
        pukul 16.00 WIB atau sesudahnya, atau pada hari libur, dihitung diterima pada hari kerja berikutnya.
      </p>
      <form method="post" action={href(lang, "/ppid/kelola/baru")} enctype="multipart/form-data" novalidate>
        <input type="hidden" name="_csrf" value={c.get("actor")?.csrfToken ?? ""} />
        <h2 class="govuk-heading-m">Penerimaan</h2>
        <Radios
          name="channel"
          legend="Saluran permohonan"
          legendSize="s"
          value={v("channel") || "walk_in"}
          error={errors.channel}
          items={(["walk_in", "letter", "phone", "email"] as const).map((k) => ({ value: k, label: CHANNEL_LABEL[k] }))}
          lang={lang}
        />
        <DateInput
          name="receivedDate"
          legend="Tanggal diterima"
          legendSize="s"
          hint="Misalnya 13 3 2026"
          value={{ day: v("receivedDate-day"), month: v("receivedDate-month"), year: v("receivedDate-year") }}
          error={errors.receivedDate}
          lang={lang}
        />
        <TextInput
          name="receivedTime"
          label="Jam diterima (WIB)"
          hint="JJ:MM, misalnya 09:30"
          value={v("receivedTime")}
          error={errors.receivedTime}
          width={5}
          lang={lang}
        />

        <h2 class="govuk-heading-m">Pemohon</h2>
        <RequesterFields
          values={values}
          errors={errors}
          lang={lang}
          emailHint="Pemohon menerima tautan pemantauan dan setiap kabar lewat email ini."
        />
        <FileField
          name="identityDocument"
          label="Pindaian identitas (tidak wajib)"
          hint="KTP atau SK/akta badan hukum: PDF, JPG, atau PNG, paling besar 5 MB. Pilih berkas lagi bila isian dikembalikan karena ada kesalahan."
          error={errors.identityDocument}
        />
        <Checkboxes
          name="identityChecked"
          legend="Pemeriksaan identitas"
          legendSize="s"
          values={v("identityChecked") ? ["on"] : []}
          error={errors.identityChecked}
          items={[{ value: "on", label: "Identitas asli sudah diperiksa di loket" }]}
          lang={lang}
        />
        <Checkboxes
          name="proxy"
          legend="Kuasa"
          legendSize="s"
          values={v("proxy") ? ["on"] : []}
          error={errors.proxy}
          items={[{ value: "on", label: "Permohonan diajukan oleh kuasa pemohon" }]}
          lang={lang}
        />
        <TextInput name="proxyName" label="Nama pemberi kuasa" value={v("proxyName")} error={errors.proxyName} lang={lang} />
        <FileField
          name="proxyLetter"
          label="Surat kuasa"
          hint="Wajib bila diajukan oleh kuasa: PDF, JPG, atau PNG."
          error={errors.proxyLetter}
        />

        <h2 class="govuk-heading-m">Informasi yang diminta</h2>
        <RequestDetailFields values={values} errors={errors} lang={lang} />
        <Checkboxes
          name="hideText"
          legend="Register publik"
          legendSize="s"
          values={v("hideText") ? ["on"] : []}
          items={[{ value: "on", label: "Pemohon meminta rincian permohonan tidak ditampilkan di register publik" }]}
          lang={lang}
        />
        <Button>Registrasi permohonan</Button>
      </form>
    </>
  );
}

/** Shown once, right after the desk registers a request: the tracking link holds the secret and is never shown again. */
export function IntakeDonePage({
  id,
  number,
  due,
  trackingUrl,
  email,
}: {
  id: string;
  number: string;
  due: string | null;
  trackingUrl: string;
  email: string | null;
}) {
  const lang = useRequestContext<AppEnv>().get("lang");
  return (
    <>
      <Crumbs />
      <div class="govuk-panel govuk-panel--confirmation">
        <h1 class="govuk-panel__title">{t(lang, "ppid.staff.intake.done")}</h1>
        <div class="govuk-panel__body">
          Nomor pendaftaran
          <br />
          <strong>{number}</strong>
        </div>
      </div>
      <SummaryList
        rows={[
          { key: "Nomor pendaftaran", value: number },
          { key: "Batas waktu pemberitahuan tertulis", value: civil(due, lang) },
          {
            key: "Tautan pemantauan untuk pemohon",
            value: (
              <>
                <code>{trackingUrl}</code>
                <p class="govuk-body-s sp-muted">
                  Tautan ini hanya ditampilkan sekali. Tuliskan atau cetak untuk pemohon
                  {email ? `; tautan yang sama sudah dikirim ke ${email}` : ""}.
                </p>
              </>
            ),
          },
        ]}
      />
      <div class="govuk-inset-text">
        Serahkan tanda bukti kepada pemohon. Tanda bukti memuat kode QR untuk memeriksa keasliannya. Halaman ini juga dapat dicetak dengan
        perintah cetak peramban (Ctrl+P) agar tautan pemantauan ikut diserahkan.
      </div>
      <ButtonGroup>
        <Button href={href(lang, `/ppid/kelola/permohonan/${id}/tanda-bukti`)}>Cetak tanda bukti</Button>
        <Button href={href(lang, `/ppid/kelola/permohonan/${id}`)} variant="secondary">
          Buka permohonan
        </Button>
        <a class="govuk-link" href={href(lang, "/ppid/kelola/baru")}>
          Catat permohonan lain
        </a>
      </ButtonGroup>
    </>
  );
}
