import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../../../platform/http/env.ts";
import type { FieldErrors } from "../../../platform/http/errors.ts";
import { formatDate, href } from "../../../platform/i18n/index.ts";
import {
  Button,
  ButtonGroup,
  ErrorSummary,
  NotificationBanner,
  SummaryList,
  Table,
  Tag,
  Textarea,
  TextInput,
} from "../../../platform/ui/components/index.ts";
import type { InboundView, listInbound } from "./queries.ts";
import type { InboundStatus } from "./schema.ts";

export const STATUS_LABEL: Record<InboundStatus, string> = {
  baru: "Belum ditangani",
  diregistrasi: "Diregistrasi",
  digabung: "Digabungkan ke permohonan",
  dibuang: "Dibuang",
};

export const FLAG_LABEL: Record<string, string> = {
  ditandai_spam: "Ditandai spam oleh server surel",
  balasan_otomatis: "Balasan otomatis",
  tanpa_pengirim: "Tanpa alamat pengirim",
  tanpa_isi: "Tanpa isi",
  pengirim_palsu: "Mengaku dikirim dari alamat PPID",
};

const when = (d: Date) => formatDate("id", d, { weekday: true, time: true });
const kb = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);
const sender = (m: { fromName: string | null; fromAddress: string | null }) =>
  m.fromName && m.fromAddress ? `${m.fromName} <${m.fromAddress}>` : (m.fromAddress ?? m.fromName ?? "(tanpa pengirim)");

export const caseHref = (lang: "id" | "en", requestId: string) => href(lang, `/ppid/kelola/permohonan/${requestId}`);

function Flags({ flags }: { flags: string[] }) {
  return (
    <>
      {flags.map((f) => (
        <Tag colour={f === "ditandai_spam" || f === "pengirim_palsu" ? "red" : "grey"}>{FLAG_LABEL[f] ?? f}</Tag>
      ))}
    </>
  );
}

export function HoldingPenPage({
  status,
  rows,
  counts,
}: {
  status: InboundStatus;
  rows: Awaited<ReturnType<typeof listInbound>>;
  counts: Record<InboundStatus, number>;
}) {
  const lang = useRequestContext<AppEnv>().get("lang");
  return (
    <>
      <h1 class="govuk-heading-l">Surel masuk PPID</h1>
      <p class="govuk-body">
        Surel yang dikirim ke alamat PPID menunggu di sini sampai petugas meregistrasinya sebagai permohonan, menggabungkannya ke permohonan
        yang ada, atau membuangnya. Balasan ke alamat khusus sebuah permohonan langsung tercatat pada permohonan itu.
      </p>
      <nav aria-label="Status surel">
        <p class="govuk-body">
          {(Object.keys(STATUS_LABEL) as InboundStatus[]).map((s, i) => (
            <>
              {i ? " · " : ""}
              {s === status ? (
                <strong aria-current="page">
                  {STATUS_LABEL[s]} ({counts[s]})
                </strong>
              ) : (
                <a class="govuk-link" href={href(lang, `/ppid/kelola/surel?status=${s}`)}>
                  {STATUS_LABEL[s]} ({counts[s]})
                </a>
              )}
            </>
          ))}
        </p>
      </nav>
      {rows.length ? (
        <Table
          caption={`${STATUS_LABEL[status]}: ${rows.length} surel`}
          head={["Diterima", "Pengirim", "Subjek", "Lampiran", "Catatan"]}
          rows={rows.map((m) => [
            when(m.receivedAt),
            sender(m),
            <a class="govuk-link" href={href(lang, `/ppid/kelola/surel/${m.id}`)}>
              {m.subject || "(tanpa subjek)"}
            </a>,
            String(m.attachments.length),
            <>
              {m.number ? <span>{m.number} </span> : null}
              <Flags flags={m.spamFlags} />
            </>,
          ])}
        />
      ) : (
        <p class="govuk-body">Tidak ada surel dengan status ini.</p>
      )}
    </>
  );
}

export function MailPage({
  mail,
  errors = {},
  numberValue,
  reasonValue,
  registered,
  threaded,
}: {
  mail: InboundView;
  errors?: FieldErrors;
  numberValue?: string;
  reasonValue?: string;
  registered?: boolean;
  /** Just threaded by hand into this request number. */
  threaded?: boolean;
}) {
  const c = useRequestContext<AppEnv>();
  const lang = c.get("lang");
  const csrf = c.get("actor")?.csrfToken ?? "";
  const base = `/ppid/kelola/surel/${mail.id}`;
  const mentioned = /PPID-\d{4}-\d{6}/i.exec(`${mail.subject}\n${mail.textBody}`)?.[0]?.toUpperCase();
  const body = mail.textBody || mail.htmlText || "";
  return (
    <>
      {registered && mail.number ? (
        <NotificationBanner type="success" heading={`Permohonan ${mail.number} diregistrasi dari surel ini.`} lang={lang}>
          <p class="govuk-body">
            <a class="govuk-notification-banner__link" href={caseHref(lang, mail.requestId!)}>
              Buka permohonan {mail.number}
            </a>
          </p>
        </NotificationBanner>
      ) : null}
      {threaded && mail.number && mail.status === "digabung" ? (
        <NotificationBanner type="success" heading={`Surel digabungkan ke permohonan ${mail.number}.`} lang={lang} />
      ) : null}
      <ErrorSummary errors={{ number: errors.number, reason: errors.reason }} lang={lang} />
      <a class="govuk-back-link" href={href(lang, "/ppid/kelola/surel")}>
        Kembali ke surel masuk
      </a>
      <span class="govuk-caption-l">Surel masuk</span>
      <h1 class="govuk-heading-l">{mail.subject || "(tanpa subjek)"}</h1>
      {mail.spamFlags.length ? (
        <p class="govuk-body">
          <Flags flags={mail.spamFlags} />
        </p>
      ) : null}
      <SummaryList
        rows={[
          { key: "Dari", value: sender(mail) },
          ...(mail.envelopeFrom && mail.envelopeFrom.toLowerCase() !== mail.fromAddress
            ? [{ key: "Pengirim amplop (MAIL FROM)", value: mail.envelopeFrom }]
            : []),
          { key: "Kepada", value: mail.toAddress },
          { key: "Diterima", value: when(mail.receivedAt) },
          { key: "Status", value: STATUS_LABEL[mail.status] },
          ...(mail.number && mail.requestId
            ? [
                {
                  key: "Permohonan",
                  value: (
                    <a class="govuk-link" href={caseHref(lang, mail.requestId)}>
                      {mail.number}
                    </a>
                  ),
                },
              ]
            : []),
          ...(mail.handledByName
            ? [{ key: "Ditangani oleh", value: `${mail.handledByName}${mail.handledAt ? `, ${when(mail.handledAt)}` : ""}` }]
            : []),
          ...(mail.handledNote ? [{ key: "Alasan dibuang", value: mail.handledNote }] : []),
          {
            key: "Lampiran",
            value: mail.attachments.length ? (
              <ul class="govuk-list">
                {mail.attachments.map((a, i) => (
                  <li>
                    <a class="govuk-link" href={href(lang, `${base}/lampiran/${i}`)} download={a.name}>
                      {a.name}
                    </a>{" "}
                    <span class="sp-muted">
                      ({a.mime}, {kb(a.size)})
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              "Tidak ada"
            ),
          },
          {
            key: "Surel asli",
            value: (
              <a class="govuk-link" href={href(lang, `${base}/asli`)} download="surel.eml">
                Unduh berkas .eml ({kb(mail.rawSize)})
              </a>
            ),
          },
        ]}
      />
      <h2 class="govuk-heading-m">Isi surel</h2>
      {!mail.textBody && mail.htmlText ? <p class="govuk-body sp-muted">Surel ini hanya berisi HTML; ditampilkan sebagai teks.</p> : null}
      <div class="govuk-inset-text sp-prewrap">{body || "(kosong)"}</div>
      {mail.status === "baru" ? (
        <>
          <h2 class="govuk-heading-m">Tindakan</h2>
          <ButtonGroup>
            <Button href={href(lang, `${base}/registrasi`)}>Registrasi sebagai permohonan</Button>
          </ButtonGroup>
          <form method="post" action={href(lang, `${base}/gabung`)} novalidate>
            <input type="hidden" name="_csrf" value={csrf} />
            <h3 class="govuk-heading-s">Gabungkan ke permohonan</h3>
            <TextInput
              name="number"
              label="Nomor pendaftaran permohonan"
              hint={mentioned ? `Surel ini menyebut ${mentioned}. Periksa bahwa pengirimnya memang pemohon.` : "Misalnya PPID-2026-000123."}
              value={numberValue ?? mentioned ?? ""}
              error={errors.number}
              width={20}
              lang={lang}
            />
            <Button variant="secondary">Gabungkan</Button>
          </form>
          <form method="post" action={href(lang, `${base}/buang`)} novalidate>
            <input type="hidden" name="_csrf" value={csrf} />
            <h3 class="govuk-heading-s">Buang surel</h3>
            <Textarea
              name="reason"
              label="Alasan"
              hint="Misalnya: spam, bukan permohonan informasi. Surel tetap tersimpan."
              value={reasonValue}
              error={errors.reason}
              rows={2}
              lang={lang}
            />
            <Button variant="warning">Buang</Button>
          </form>
        </>
      ) : null}
    </>
  );
}
