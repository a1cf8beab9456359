/** The requester's objection pages: start (find the request), the form, and the objection's own tracking page. */
import { useRequestContext } from "hono/jsx-renderer";
import { formatCivilDate, jakartaDate } from "../../../platform/calendar/index.ts";
import type { AppEnv } from "../../../platform/http/env.ts";
import type { FieldErrors } from "../../../platform/http/errors.ts";
import { href, t } from "../../../platform/i18n/index.ts";
import {
  Breadcrumbs,
  Button,
  ErrorSummary,
  NotificationBanner,
  Radios,
  SummaryList,
  Table,
  Textarea,
  TextInput,
} from "../../../platform/ui/components/index.ts";
import type { Objection } from "../case.ts";
import type { ReasonWindow } from "../reasons.ts";
import type { keberatanEvents } from "../schema.ts";
import { day, type LawDays, ObjectionSummary, ReasonChoices, StateTag, say, Timeline } from "./parts.tsx";
import "../messages.ts";

function Crumbs() {
  const lang = useRequestContext<AppEnv>().get("lang");
  return (
    <Breadcrumbs
      items={[
        { text: say(lang, "Layanan informasi publik (PPID)", "Public information service (PPID)"), href: href(lang, "/ppid") },
        { text: t(lang, "keb.title"), href: href(lang, "/ppid/keberatan") },
      ]}
      lang={lang}
    />
  );
}

export function StartPage({ law, values = {}, errors = {} }: { law: LawDays; values?: Record<string, string>; errors?: FieldErrors }) {
  const lang = useRequestContext<AppEnv>().get("lang");
  return (
    <>
      <Crumbs />
      <ErrorSummary errors={{ nomor: errors.nomor, kode: errors.kode }} lang={lang} />
      <h1 class="govuk-heading-l">{t(lang, "keb.title")}</h1>
      <p class="govuk-body">{t(lang, "keb.start.lead")}</p>
      {lang === "en" ? (
        <p class="govuk-body">
          An objection is filed within {law.objectionWindowDays} working days of the day its ground arose. The PPID's superior must answer
          in writing within {law.atasanDecisionDays} working days of receiving it. If you are not satisfied with the answer, or there is
          none, you can bring an information dispute to the Information Commission of Bengkulu Province within {law.disputeWindowDays}{" "}
          working days.
        </p>
      ) : (
        <p class="govuk-body">
          Keberatan diajukan paling lambat {law.objectionWindowDays} hari kerja sejak alasannya terjadi. Atasan PPID wajib memberikan
          tanggapan tertulis paling lambat {law.atasanDecisionDays} hari kerja sejak keberatan diterima. Bila Anda tidak puas dengan
          tanggapannya, atau tidak ada tanggapan, Anda dapat mengajukan sengketa informasi ke Komisi Informasi Provinsi Bengkulu dalam{" "}
          {law.disputeWindowDays} hari kerja.
        </p>
      )}
      <form method="get" action={href(lang, "/ppid/keberatan/baru")} novalidate>
        <h2 class="govuk-heading-m">{t(lang, "keb.find")}</h2>
        <TextInput
          name="nomor"
          label={t(lang, "keb.nomor")}
          hint={t(lang, "keb.nomor_hint")}
          value={values.nomor}
          error={errors.nomor}
          width={20}
          lang={lang}
        />
        <TextInput
          name="kode"
          label={t(lang, "keb.kode")}
          hint={t(lang, "keb.kode_hint")}
          value={values.kode}
          error={errors.kode}
          width={30}
          autocomplete="off"
          lang={lang}
        />
        <Button>{t(lang, "keb.continue")}</Button>
      </form>
      <p class="govuk-body">
        {say(
          lang,
          "Anda juga dapat mengajukan keberatan langsung di loket PPID Kabupaten Lebong.",
          "You can also file an objection in person at the PPID desk of Lebong Regency.",
        )}
      </p>
    </>
  );
}

export interface FileForm {
  nomor: string;
  kode: string;
  reasons: string[];
  kasusPosisi: string;
  purpose: string;
  proxyName: string;
  email: string;
  phone: string;
}

export function FilePage({
  form,
  windows,
  law,
  request,
  errors = {},
  csrf,
}: {
  form: FileForm;
  windows: ReasonWindow[];
  law: LawDays;
  request: { number: string; details: string; dueOn: string | null; state: string };
  errors?: FieldErrors;
  csrf: string | null;
}) {
  const lang = useRequestContext<AppEnv>().get("lang");
  const anyOpen = windows.some((w) => w.status === "open");
  return (
    <>
      <Crumbs />
      <ErrorSummary
        errors={{
          nomor: errors.nomor,
          reasons: errors.reasons,
          kasusPosisi: errors.kasusPosisi,
          purpose: errors.purpose,
          proxyName: errors.proxyName,
          email: errors.email,
          phone: errors.phone,
        }}
        lang={lang}
      />
      <span class="govuk-caption-l">{request.number}</span>
      <h1 class="govuk-heading-l">{t(lang, "keb.file")}</h1>
      <SummaryList
        rows={[
          { key: say(lang, "Permohonan informasi", "Information request"), value: request.number },
          { key: say(lang, "Informasi yang diminta", "Information requested"), value: <span class="sp-prewrap">{request.details}</span> },
          { key: say(lang, "Batas waktu pemberitahuan tertulis", "Written notice due"), value: day(request.dueOn, lang) },
        ]}
      />
      {anyOpen ? null : (
        <NotificationBanner
          heading={say(
            lang,
            "Saat ini belum ada alasan keberatan yang dapat diajukan untuk permohonan ini, atau batas waktunya sudah lewat. Keterangan ada di setiap alasan di bawah.",
            "No ground for an objection is open for this request now, or its last day has passed. Each ground below says why.",
          )}
          lang={lang}
        />
      )}
      <form method="post" action={href(lang, "/ppid/keberatan/baru")} novalidate>
        {csrf ? <input type="hidden" name="_csrf" value={csrf} /> : null}
        <input type="hidden" name="nomor" value={form.nomor} />
        <input type="hidden" name="kode" value={form.kode} />
        <div class="govuk-visually-hidden" aria-hidden="true">
          <label for="website">{say(lang, "Jangan diisi", "Leave empty")}</label>
          <input id="website" name="website" type="text" tabindex={-1} autocomplete="off" />
        </div>
        {errors.nomor ? (
          <p class="govuk-error-message" id="nomor">
            {errors.nomor}
          </p>
        ) : null}
        <ReasonChoices windows={windows} windowDays={law.objectionWindowDays} values={form.reasons} error={errors.reasons} lang={lang} />
        <Textarea
          name="kasusPosisi"
          label={t(lang, "keb.kasus")}
          labelSize="m"
          hint={t(lang, "keb.kasus_hint")}
          value={form.kasusPosisi}
          error={errors.kasusPosisi}
          rows={6}
          lang={lang}
        />
        <Textarea name="purpose" label={t(lang, "keb.purpose")} value={form.purpose} error={errors.purpose} rows={3} lang={lang} />
        <TextInput
          name="proxyName"
          label={t(lang, "keb.proxy")}
          hint={say(
            lang,
            "Surat kuasa yang dilampirkan pada permohonan tetap berlaku.",
            "The power of attorney filed with the request still applies.",
          )}
          value={form.proxyName}
          error={errors.proxyName}
          lang={lang}
        />
        <TextInput
          name="email"
          type="email"
          label={t(lang, "keb.email")}
          hint={say(lang, "Kosongkan untuk memakai email permohonan.", "Leave empty to use the request's email.")}
          value={form.email}
          error={errors.email}
          autocomplete="email"
          lang={lang}
        />
        <TextInput
          name="phone"
          type="tel"
          label={t(lang, "keb.phone")}
          value={form.phone}
          error={errors.phone}
          autocomplete="tel"
          width={20}
          lang={lang}
        />
        <Button>{t(lang, "keb.file")}</Button>
      </form>
    </>
  );
}

export function TrackPage({
  k,
  requestNumber,
  events,
  action,
  csrf,
  dispute,
  created,
  errors = {},
}: {
  k: Objection;
  requestNumber: string | null;
  events: (typeof keberatanEvents.$inferSelect)[];
  /** Where the PUAS/TIDAK PUAS form posts. */
  action: string;
  csrf: string | null;
  dispute: { lastDay: string; basis: "decision" | "no_decision"; open: boolean } | null;
  created: boolean;
  errors?: FieldErrors;
}) {
  const lang = useRequestContext<AppEnv>().get("lang");
  return (
    <>
      <Crumbs />
      <ErrorSummary errors={{ response: errors.response, state: errors.state }} lang={lang} />
      {created ? (
        <NotificationBanner
          type="success"
          heading={say(lang, `Keberatan Anda diterima dengan nomor ${k.number}.`, `Your objection was received with number ${k.number}.`)}
          lang={lang}
        >
          <p class="govuk-body">
            {say(
              lang,
              "Simpan alamat halaman ini: inilah tautan rahasia untuk memantau keberatan Anda. Tautan yang sama kami kirim ke email Anda.",
              "Keep the address of this page: it is the secret link to follow your objection. We have sent the same link to your email.",
            )}
          </p>
        </NotificationBanner>
      ) : null}
      <span class="govuk-caption-l">{t(lang, "keb.track")}</span>
      <h1 class="govuk-heading-l">{k.number}</h1>
      <ObjectionSummary k={k} requestNumber={requestNumber} lang={lang} />
      <p class="govuk-body">
        {k.receiptDocId ? (
          <a class="govuk-link" href={href(lang, `/verifikasi/${k.receiptDocId}/berkas`)}>
            {say(lang, "Unduh tanda terima keberatan (PDF)", "Download the objection's receipt (PDF, in Indonesian)")}
          </a>
        ) : (
          say(
            lang,
            "Tanda terima sedang dibuat; muat ulang halaman ini sebentar lagi.",
            "The receipt is being made; reload this page shortly.",
          )
        )}
        {k.decisionDocId ? (
          <>
            {" · "}
            <a class="govuk-link" href={href(lang, `/verifikasi/${k.decisionDocId}/berkas`)}>
              {say(lang, "Unduh surat tanggapan Atasan PPID (PDF)", "Download the answer of the PPID's superior (PDF, in Indonesian)")}
            </a>
          </>
        ) : null}
      </p>
      {k.state === "DIPUTUS" ? (
        <form method="post" action={action} novalidate>
          {csrf ? <input type="hidden" name="_csrf" value={csrf} /> : null}
          <Radios
            name="response"
            legend={say(
              lang,
              "Apakah Anda puas dengan tanggapan Atasan PPID?",
              "Are you satisfied with the answer of the PPID's superior?",
            )}
            legendSize="m"
            error={errors.response}
            lang={lang}
            items={[
              { value: "puas", label: say(lang, "Puas", "Satisfied"), hint: say(lang, "Keberatan selesai.", "The objection is closed.") },
              {
                value: "tidak_puas",
                label: say(lang, "Tidak puas", "Not satisfied"),
                hint: say(
                  lang,
                  "Anda dapat mengajukan sengketa informasi ke Komisi Informasi Provinsi Bengkulu.",
                  "You can bring an information dispute to the Information Commission of Bengkulu Province.",
                ),
              },
            ]}
          />
          <Button>{say(lang, "Kirim tanggapan", "Send your answer")}</Button>
        </form>
      ) : null}
      {dispute && k.state !== "SELESAI" ? (
        <div class="govuk-inset-text">
          {lang === "en" ? (
            <>
              {dispute.basis === "decision"
                ? "If you are not satisfied with the answer of the PPID's superior, "
                : "The PPID's superior did not answer this objection by its due date; "}
              you can bring an information dispute to the Information Commission of Bengkulu Province until{" "}
              <strong>{day(dispute.lastDay, lang)}</strong>
              {dispute.open ? "." : " (that day has passed)."}
            </>
          ) : (
            <>
              {dispute.basis === "decision"
                ? "Bila tidak puas dengan tanggapan Atasan PPID, "
                : "Atasan PPID belum menanggapi keberatan ini sampai batas waktunya; "}
              Anda dapat mengajukan permohonan penyelesaian sengketa informasi ke Komisi Informasi Provinsi Bengkulu paling lambat{" "}
              <strong>{day(dispute.lastDay)}</strong>
              {dispute.open ? "." : " (batas ini sudah lewat)."}
            </>
          )}
        </div>
      ) : null}
      <h2 class="govuk-heading-m">{t(lang, "keb.history")}</h2>
      <Timeline events={events} lang={lang} />
    </>
  );
}

/** GET /akun/keberatan: the objections a signed-in citizen filed or that concern their requests. */
export function MyObjectionsPage({ rows }: { rows: Objection[] }) {
  const lang = useRequestContext<AppEnv>().get("lang");
  const m = (key: string) => t(lang, `keb.mine.${key}`);
  return (
    <div>
      <h1 class="govuk-heading-xl">{m("title")}</h1>
      {rows.length === 0 ? (
        <p class="govuk-body">{m("empty")}</p>
      ) : (
        <Table
          caption={m("caption")}
          head={[m("number"), m("received"), m("status"), m("due")]}
          rows={rows.map((k) => [
            <a class="govuk-link" href={href(lang, `/ppid/keberatan/saya/${k.number}`)}>
              {k.number}
            </a>,
            formatCivilDate(lang, jakartaDate(k.receivedAt)),
            <StateTag state={k.state} lang={lang} />,
            k.state === "DIPUTUS" ? m("answer") : ["SELESAI", "SENGKETA"].includes(k.state) ? "—" : formatCivilDate(lang, k.dueOn),
          ])}
        />
      )}
      <p class="govuk-body">
        <a class="govuk-link" href={href(lang, "/akun/permohonan")}>
          {m("requests")}
        </a>
      </p>
    </div>
  );
}
