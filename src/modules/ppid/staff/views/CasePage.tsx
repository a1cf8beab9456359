import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../../../../platform/http/env.ts";
import { href, t } from "../../../../platform/i18n/index.ts";
import { ErrorSummary, NotificationBanner, SummaryList, Table } from "../../../../platform/ui/components/index.ts";
import { ACCESS_METHOD_LABEL, CHANNEL_LABEL, COPY_DELIVERY_LABEL, REQUESTER_TYPE_LABEL } from "../../labels.ts";
import { type ResponseState, ResponseSummary } from "../../response/index.ts";
import { DECISION_LABEL } from "../../states.ts";
import type { CaseData } from "../caseData.ts";
import { type ActionState, CaseActions } from "./CaseActions.tsx";
import { ClockPanel } from "./ClockPanel.tsx";
import { History } from "./History.tsx";
import { Crumbs } from "./IntakePages.tsx";
import { civil, StateTag, UrgencyTag, wibStamp } from "./tags.tsx";

export const DONE_MESSAGE: Record<string, string> = {
  registrasi: "Permohonan diregistrasi.",
  teruskan: "Permohonan diteruskan ke OPD dan PPID Pelaksananya diberi tahu.",
  kelengkapan: "Permintaan kelengkapan dikirim kepada pemohon; waktu pelayanan berhenti.",
  jawaban: "Jawaban kelengkapan dicatat; waktu pelayanan berjalan kembali.",
  perpanjang: "Batas waktu diperpanjang dan alasannya dikirim kepada pemohon.",
  serahkan: "Penyerahan informasi dicatat dan pemohon diberi tahu.",
  tutup: "Permohonan ditandai selesai.",
  catatan: "Catatan internal disimpan.",
  // From the response pages (approval by the PPID Utama).
  diputus: "Tanggapan disetujui: pemberitahuan tertulis dikirim kepada pemohon.",
  dikembalikan: "Tanggapan dikembalikan kepada penyusunnya untuk diperbaiki.",
};

const PURPOSE_LABEL: Record<string, string> = {
  identitas: "Identitas pemohon",
  surat_kuasa: "Surat kuasa",
  lampiran: "Lampiran",
  tanda_bukti: "Tanda bukti",
  pemberitahuan: "Pemberitahuan tertulis",
  informasi: "Informasi yang diserahkan",
  informasi_redaksi: "Informasi (sudah dihitamkan)",
};

export function CasePage({
  data,
  state = {},
  done,
  response,
}: {
  data: CaseData;
  state?: ActionState;
  done?: string;
  response?: ResponseState | null;
}) {
  const c = useRequestContext<AppEnv>();
  const lang = c.get("lang");
  const { req } = data;
  const base = href(lang, `/ppid/kelola/permohonan/${req.id}`);
  const errors = state.errors ?? {};
  const targets = Object.fromEntries(
    Object.keys(errors).map((k) => [
      k,
      k === "receivedDate" ? "receivedDate-day" : k === "state" || k === "_" ? "tindakan" : `${state.failed}-${k}`,
    ]),
  );
  return (
    <>
      <Crumbs />
      <ErrorSummary errors={errors} targets={targets} lang={lang} />
      {done && DONE_MESSAGE[done] ? <NotificationBanner type="success" heading={DONE_MESSAGE[done]} lang={lang} /> : null}
      <span class="govuk-caption-l">{req.letterNumber ?? "Permohonan informasi publik"}</span>
      <h1 class="govuk-heading-l">{req.number ?? t(lang, "ppid.staff.unregistered")}</h1>
      <p class="govuk-body">
        <StateTag s={req.state} /> <UrgencyTag u={data.urgency} lang={lang} />
      </p>

      <h2 class="govuk-heading-m">Permohonan</h2>
      <SummaryList
        rows={[
          { key: "Nomor pendaftaran", value: req.number ?? "—" },
          { key: "Saluran", value: CHANNEL_LABEL[req.channel] ?? req.channel },
          { key: "Diterima", value: wibStamp(req.receivedAt, lang) },
          { key: "Diregistrasi", value: req.registeredAt ? wibStamp(req.registeredAt, lang) : "—" },
          { key: "OPD (PPID Pelaksana)", value: data.unitName ?? "Belum diteruskan" },
          { key: "Batas waktu", value: civil(req.dueOn, lang) },
          { key: "Keputusan", value: req.decision ? DECISION_LABEL[req.decision] : "—" },
          ...(req.fee !== null ? [{ key: "Biaya", value: req.fee > 0 ? `Rp${req.fee.toLocaleString("id-ID")}` : "Tanpa biaya" }] : []),
          {
            key: "Tanda bukti",
            value: req.number ? (
              <a class="govuk-link" href={`${base}/tanda-bukti`}>
                {req.receiptDocId ? `Tanda bukti ${req.receiptDocId}` : "Terbitkan dan cetak tanda bukti"}
              </a>
            ) : (
              "Diterbitkan setelah registrasi"
            ),
          },
        ]}
      />

      <h2 class="govuk-heading-m">Pemohon</h2>
      <SummaryList
        rows={[
          { key: "Jenis pemohon", value: REQUESTER_TYPE_LABEL[req.requesterType] ?? req.requesterType },
          { key: "Nama", value: req.name },
          req.requesterType === "badan_hukum"
            ? { key: "Nomor SK/akta", value: req.legalDocNumber ?? "—" }
            : { key: "NIK", value: req.nik ?? "—" },
          { key: "Alamat", value: <span class="sp-prewrap">{req.address}</span> },
          { key: "Telepon", value: req.phone ?? "—" },
          { key: "Email", value: req.email ?? "—" },
          { key: "Pekerjaan", value: req.occupation },
          { key: "Kuasa dari", value: req.proxyName ?? "—" },
        ]}
      />

      <h2 class="govuk-heading-m">Informasi yang diminta</h2>
      <SummaryList
        rows={[
          { key: "Rincian informasi", value: <span class="sp-prewrap">{req.details}</span> },
          { key: "Tujuan penggunaan", value: <span class="sp-prewrap">{req.purpose}</span> },
          { key: "Cara memperoleh", value: req.accessMethods.map((m) => ACCESS_METHOD_LABEL[m] ?? m).join(", ") },
          { key: "Cara mendapatkan salinan", value: req.copyDelivery ? COPY_DELIVERY_LABEL[req.copyDelivery] : "—" },
          { key: "Register publik", value: req.hideText ? "Rincian disembunyikan atas permintaan pemohon" : "Rincian ditampilkan" },
        ]}
      />

      <ClockPanel clock={data.clock} problem={data.clockProblem} dueOn={req.dueOn} u={data.urgency} law={data.law} lang={lang} />

      {response ? <ResponseSummary state={response} /> : null}

      <CaseActions data={data} state={state} csrf={c.get("actor")?.csrfToken ?? ""} lang={lang} />

      <section aria-labelledby="berkas">
        <h2 class="govuk-heading-m" id="berkas">
          Berkas
        </h2>
        {data.files.length ? (
          <Table
            head={["Berkas", "Jenis", "Untuk pemohon", "Diunggah"]}
            rows={data.files.map((f) => [
              <a class="govuk-link" href={`${base}/berkas/${f.id}`}>
                {f.name}
              </a>,
              PURPOSE_LABEL[f.purpose] ?? f.purpose,
              f.forRequester ? "Ya" : "Tidak",
              <span class="govuk-body-s">{wibStamp(f.createdAt, lang)}</span>,
            ])}
          />
        ) : (
          <p class="govuk-body">Belum ada berkas.</p>
        )}
        <p class="govuk-body-s sp-muted">Setiap pembukaan berkas identitas dan berkas lain dicatat di jejak audit.</p>
      </section>

      <History events={data.events} lang={lang} />
    </>
  );
}
