import { useRequestContext } from "hono/jsx-renderer";
import { formatCivilDate } from "../../../../platform/calendar/index.ts";
import type { AppEnv } from "../../../../platform/http/env.ts";
import { href } from "../../../../platform/i18n/index.ts";
import { Button, ErrorSummary, Table, Tag, TextInput } from "../../../../platform/ui/components/index.ts";
import { STATE_LABEL } from "../../states.ts";
import type { requestsOfUser } from "../queries.ts";
import { wibStamp } from "./text.ts";

/** GET /ppid/lacak: the number and the secret code. */
export function TrackStartPage({ values = {}, errors = {} }: { values?: Record<string, string>; errors?: Record<string, string> }) {
  const lang = useRequestContext<AppEnv>().get("lang");
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <ErrorSummary errors={{ nomor: errors.nomor, kode: errors.kode }} />
        <h1 class="govuk-heading-xl">Lacak permohonan informasi</h1>
        <p class="govuk-body">
          Masukkan nomor pendaftaran dan kode rahasia yang Anda terima setelah mengirim permohonan. Keduanya juga ada di surel tanda terima.
        </p>
        <form method="get" action={href(lang, "/ppid/lacak")} novalidate>
          <TextInput
            name="nomor"
            label="Nomor pendaftaran"
            hint="Misalnya PPID-2026-000123"
            value={values.nomor}
            error={errors.nomor}
            spellcheck={false}
            autocomplete="off"
            width={20}
          />
          <TextInput
            name="kode"
            label="Kode rahasia"
            hint="24 huruf dan angka pada halaman konfirmasi atau di surel Anda"
            value=""
            error={errors.kode}
            spellcheck={false}
            autocomplete="off"
          />
          <Button>Lacak</Button>
        </form>
        <p class="govuk-body">
          Punya akun warga?{" "}
          <a class="govuk-link" href={href(lang, "/akun/permohonan")}>
            Lihat permohonan di akun Anda
          </a>
          .
        </p>
      </div>
    </div>
  );
}

/** GET /akun/permohonan: the requests filed from this account. */
export function MyRequestsPage({ rows }: { rows: Awaited<ReturnType<typeof requestsOfUser>> }) {
  const lang = useRequestContext<AppEnv>().get("lang");
  return (
    <div>
      <h1 class="govuk-heading-xl">Permohonan saya</h1>
      {rows.length === 0 ? (
        <p class="govuk-body">Anda belum mengajukan permohonan informasi dari akun ini.</p>
      ) : (
        <Table
          caption="Permohonan informasi yang Anda ajukan"
          head={["Nomor", "Diajukan", "Status", "Batas waktu"]}
          rows={rows.map((r) => [
            <a class="govuk-link" href={href(lang, `/ppid/permohonan/saya/${r.number ?? r.id}`)}>
              {r.number ?? "Menunggu registrasi"}
            </a>,
            wibStamp(r.submittedAt),
            <Tag>{STATE_LABEL[r.state]}</Tag>,
            r.clockStatus === "running" && r.dueOn ? formatCivilDate("id", r.dueOn) : "—",
          ])}
        />
      )}
      <Button href={href(lang, "/ppid/permohonan")}>Ajukan permohonan baru</Button>
    </div>
  );
}

/** A short page with a heading and a few paragraphs (429, refusals). */
export function MessagePage({ title, paragraphs, back }: { title: string; paragraphs: string[]; back?: { href: string; text: string } }) {
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <h1 class="govuk-heading-xl">{title}</h1>
        {paragraphs.map((p) => (
          <p class="govuk-body">{p}</p>
        ))}
        {back ? (
          <p class="govuk-body">
            <a class="govuk-link" href={back.href}>
              {back.text}
            </a>
          </p>
        ) : null}
      </div>
    </div>
  );
}
