import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../../../../platform/http/env.ts";
import { href } from "../../../../platform/i18n/index.ts";
import { Button } from "../../../../platform/ui/components/index.ts";
import type { Law } from "../../law.ts";

/** GET /ppid: what the service is, how to start, how to follow a request, and the statutory timeline. */
export function LandingPage({ law }: { law: Law }) {
  const lang = useRequestContext<AppEnv>().get("lang");
  const to = (path: string) => href(lang, path);
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <h1 class="govuk-heading-xl">Layanan informasi publik (PPID)</h1>
        <p class="govuk-body-l">
          Setiap orang berhak meminta informasi yang dikuasai Pemerintah Kabupaten Lebong, misalnya anggaran, laporan kegiatan, data, atau
          keputusan perangkat daerah. Hak ini dijamin Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik.
        </p>
        <p class="govuk-body">
          Pejabat Pengelola Informasi dan Dokumentasi (PPID) menerima permohonan Anda, meneruskannya ke perangkat daerah yang menguasai
          informasinya, dan wajib menjawab secara tertulis dalam batas waktu yang ditetapkan undang-undang. Layanan ini gratis; Anda hanya
          membayar biaya salinan atau pengiriman bila ada.
        </p>
        <Button href={to("/ppid/permohonan")} isStartButton>
          Ajukan permohonan informasi
        </Button>

        <h2 class="govuk-heading-m">Sebelum mulai</h2>
        <p class="govuk-body">Siapkan:</p>
        <ul class="govuk-list govuk-list--bullet">
          <li>foto atau pindaian KTP (untuk badan hukum: SK atau akta pendirian), dalam bentuk PDF, JPG, atau PNG paling besar 5 MB;</li>
          <li>surat kuasa, jika Anda mengajukan atas nama orang lain;</li>
          <li>rincian informasi yang Anda butuhkan dan tujuan penggunaannya.</li>
        </ul>
        <p class="govuk-body">
          Banyak informasi sudah terbuka tanpa perlu mengajukan permohonan. Periksa dulu{" "}
          <a class="govuk-link" href={to("/ppid/dip")}>
            Daftar Informasi Publik
          </a>{" "}
          dan{" "}
          <a class="govuk-link" href={to("/ppid/register")}>
            register permohonan
          </a>{" "}
          yang pernah diajukan orang lain.
        </p>

        <h2 class="govuk-heading-m">Lacak permohonan</h2>
        <p class="govuk-body">
          Setelah mengirim permohonan, Anda mendapat nomor pendaftaran dan kode rahasia (juga dikirim ke email Anda). Dengan keduanya Anda
          dapat melihat setiap langkah dan batas waktunya.
        </p>
        <p class="govuk-body">
          <a class="govuk-link" href={to("/ppid/lacak")}>
            Lacak permohonan
          </a>
        </p>

        <h2 class="govuk-heading-m" id="jangka-waktu">
          Jangka waktu menurut undang-undang
        </h2>
        <p class="govuk-body">
          Semua jangka waktu dihitung dalam hari kerja: Sabtu, Minggu, libur nasional, dan cuti bersama tidak dihitung.
        </p>
        <ol class="govuk-list govuk-list--number">
          <li>
            PPID wajib memberikan pemberitahuan tertulis paling lambat <strong>{law.responseDays} hari kerja</strong> sejak permohonan
            diterima. Permohonan yang diterima pada hari libur, atau pukul {law.officeHoursEnd.replace(":", ".")} WIB atau sesudahnya,
            dihitung diterima pada hari kerja berikutnya.
          </li>
          <li>
            PPID dapat memperpanjang waktu itu satu kali, paling lama <strong>{law.extensionDays} hari kerja</strong>, dengan alasan
            tertulis kepada Anda.
          </li>
          <li>
            Jika permohonan perlu dilengkapi, waktu berhenti sampai kelengkapan Anda diterima, lalu{" "}
            {law.clarification === "restart" ? "dihitung kembali dari awal" : "dilanjutkan dengan sisa harinya"}.
          </li>
          <li>
            Jika Anda tidak puas dengan jawabannya, atau permohonan tidak dijawab tepat waktu, Anda dapat mengajukan{" "}
            <strong>keberatan</strong> kepada Atasan PPID paling lambat <strong>{law.objectionWindowDays} hari kerja</strong> sejak alasan
            keberatan itu muncul.
          </li>
          <li>
            Atasan PPID wajib menanggapi keberatan paling lambat <strong>{law.atasanDecisionDays} hari kerja</strong> sejak keberatan
            diterima.
          </li>
          <li>
            Jika tanggapan Atasan PPID tidak memuaskan, Anda dapat mengajukan sengketa ke Komisi Informasi paling lambat{" "}
            <strong>{law.disputeWindowDays} hari kerja</strong> sejak tanggapan itu diterima.
          </li>
        </ol>
        <p class="govuk-body">
          Hitung sendiri tanggalnya dengan{" "}
          <a class="govuk-link" href={to("/kalender/tenggat")}>
            kalkulator tenggat hari kerja
          </a>
          .
        </p>
      </div>
      <aside class="govuk-grid-column-one-third" aria-labelledby="ppid-lainnya">
        <h2 class="govuk-heading-s" id="ppid-lainnya">
          Informasi PPID
        </h2>
        <ul class="govuk-list">
          <li>
            <a class="govuk-link" href={to("/ppid/dip")}>
              Daftar Informasi Publik (DIP)
            </a>
          </li>
          <li>
            <a class="govuk-link" href={to("/ppid/dik")}>
              Daftar Informasi yang Dikecualikan
            </a>
          </li>
          <li>
            <a class="govuk-link" href={to("/ppid/register")}>
              Register permohonan informasi
            </a>
          </li>
          <li>
            <a class="govuk-link" href={to("/ppid/statistik")}>
              Statistik layanan dan definisinya
            </a>
          </li>
          <li>
            <a class="govuk-link" href={to("/ppid/keberatan")}>
              Mengajukan keberatan
            </a>
          </li>
          <li>
            <a class="govuk-link" href={to("/ppid/maklumat")}>
              Maklumat pelayanan
            </a>
          </li>
          <li>
            <a class="govuk-link" href={to("/ppid/standar-layanan")}>
              Standar layanan dan biaya
            </a>
          </li>
          <li>
            <a class="govuk-link" href={to("/kalender/tenggat")}>
              Kalkulator tenggat hari kerja
            </a>
          </li>
          <li>
            <a class="govuk-link" href={to("/api/openapi.json")}>
              API permohonan informasi (OpenAPI)
            </a>
          </li>
        </ul>
      </aside>
    </div>
  );
}
