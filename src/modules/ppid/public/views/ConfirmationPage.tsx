import { useRequestContext } from "hono/jsx-renderer";
import { formatCivilDate } from "../../../../platform/calendar/index.ts";
import type { AppEnv } from "../../../../platform/http/env.ts";
import { href } from "../../../../platform/i18n/index.ts";
import { SummaryList } from "../../../../platform/ui/components/index.ts";

/**
 * The answer to a successful POST /ppid/permohonan, rendered on the POST
 * response itself (no-store): the secret is shown this once.
 */
export function ConfirmationPage({
  number,
  letterNumber,
  due,
  secret,
  trackingPath,
  emailed,
  signedIn,
}: {
  number: string | null;
  letterNumber: string | null;
  due: string | null;
  secret: string;
  trackingPath: string;
  emailed: string | null;
  signedIn: boolean;
}) {
  const lang = useRequestContext<AppEnv>().get("lang");
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <div class="govuk-panel govuk-panel--confirmation">
          <h1 class="govuk-panel__title">Permohonan informasi terkirim</h1>
          <div class="govuk-panel__body">
            {number ? (
              <>
                Nomor pendaftaran Anda
                <br />
                <strong>{number}</strong>
              </>
            ) : (
              "Permohonan Anda menunggu registrasi oleh petugas layanan."
            )}
          </div>
        </div>
        <SummaryList
          rows={[
            ...(number ? [{ key: "Nomor pendaftaran", value: number }] : []),
            ...(letterNumber ? [{ key: "Nomor surat", value: letterNumber }] : []),
            {
              key: "Batas waktu pemberitahuan tertulis",
              value: due ? formatCivilDate("id", due) : "Dihitung setelah registrasi",
            },
            { key: "Kode rahasia", value: <code class="sp-secret">{secret}</code> },
          ]}
        />
        <div class="govuk-warning-text">
          <span class="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong class="govuk-warning-text__text">
            <span class="govuk-visually-hidden">Peringatan: </span>
            Simpan nomor pendaftaran dan kode rahasia ini. Kode rahasia hanya ditampilkan sekali di halaman ini dan tidak dapat kami lihat
            kembali. Jangan berikan kepada orang lain.
          </strong>
        </div>
        {emailed ? (
          <p class="govuk-body">
            Kami juga mengirim tanda terima beserta tautan pemantauan ke <strong>{emailed}</strong>. Periksa folder spam jika tidak ada di
            kotak masuk.
          </p>
        ) : (
          <p class="govuk-body">Anda tidak mengisi alamat email, jadi catat nomor dan kode rahasia di atas.</p>
        )}
        <h2 class="govuk-heading-m">Selanjutnya</h2>
        <p class="govuk-body">
          PPID meneruskan permohonan Anda ke perangkat daerah yang menguasai informasinya dan wajib memberi pemberitahuan tertulis paling
          lambat tanggal di atas. Anda dapat melihat setiap langkahnya, cara batas waktu itu dihitung, dan mengunduh tanda bukti permohonan
          (PDF) di halaman pemantauan.
        </p>
        <p class="govuk-body">
          <a class="govuk-link" href={trackingPath}>
            Buka halaman pemantauan permohonan dan unduh tanda bukti
          </a>
        </p>
        {signedIn ? (
          <p class="govuk-body">
            Permohonan ini juga ada di{" "}
            <a class="govuk-link" href={href(lang, "/akun/permohonan")}>
              Permohonan saya
            </a>
            .
          </p>
        ) : null}
      </div>
    </div>
  );
}
