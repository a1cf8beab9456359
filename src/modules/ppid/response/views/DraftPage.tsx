/** The draft form of a response: decision, information status and the §1.6 content for that decision. */
import { useRequestContext } from "hono/jsx-renderer";
import { formatCivilDate } from "../../../../platform/calendar/index.ts";
import type { AppEnv } from "../../../../platform/http/env.ts";
import type { FieldErrors } from "../../../../platform/http/errors.ts";
import { href } from "../../../../platform/i18n/index.ts";
import {
  Button,
  ButtonGroup,
  Checkboxes,
  ErrorSummary,
  NotificationBanner,
  Radios,
  Select,
  Textarea,
  TextInput,
} from "../../../../platform/ui/components/index.ts";
import type { ActiveExemption } from "../../../dip/index.ts";
import type { PpidRequest } from "../../case.ts";
import { INFORMATION_STATUS_LABEL } from "../../labels.ts";
import { INFORMATION_STATUSES } from "../../schema.ts";
import { DECISION_LABEL, DECISIONS } from "../../states.ts";
import {
  BENTUK,
  BENTUK_LABEL,
  exemptionReason,
  MAX_REDACT_PAGES,
  PENYAMPAIAN,
  PENYAMPAIAN_LABEL,
  REDACTION_ROWS,
  type ResponseContent,
} from "../content.ts";
import type { ResponseRow } from "../support.ts";
import { Crumbs, draftPath, FileUpload, RequestFacts, reviewPath, staffFilePath } from "./common.tsx";

export type FormValues = Record<string, string | string[] | undefined>;

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? "") : (v ?? ""));
const many = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);

/** The form values of a stored response (to revise it). */
export function valuesOf(resp: ResponseRow): FormValues {
  const c = resp.content as unknown as ResponseContent;
  const v: FormValues = {
    decision: resp.decision,
    informationStatus: c.informationStatus,
    bentuk: c.bentuk ?? [],
    biaya: c.biaya === undefined ? "" : String(c.biaya),
    caraPembayaran: c.caraPembayaran ?? "",
    caraPenyampaian: c.caraPenyampaian ?? "",
    waktuPenyampaian: c.waktuPenyampaian ?? "",
    dik: resp.decision === "ditolak" ? (c.exemptions ?? []).map((e) => e.id) : [],
    alasan: c.alasan ?? "",
    pemegang: c.pemegang ?? "",
    tersediaPada: c.tersediaPada ?? "",
  };
  (c.redaction?.rules ?? []).forEach((r, i) => {
    v[`redaksi-${i + 1}-teks`] = r.text;
    v[`redaksi-${i + 1}-dik`] = r.dikId;
  });
  return v;
}

function exemptionHint(e: ActiveExemption) {
  const until = e.expiresOn ? `sampai ${formatCivilDate("id", e.expiresOn)}` : e.jangkaWaktu;
  return `Pasal 17 huruf ${e.pasal17} · uji konsekuensi: ${e.ujiKonsekuensiSummary ?? "belum dicatat"} · berlaku ${until}`;
}

export interface DraftPageProps {
  req: PpidRequest;
  unitName: string | null;
  values: FormValues;
  errors?: FieldErrors;
  exemptions: ActiveExemption[];
  current: ResponseRow | null;
  /** The person may approve or return responses (PPID Utama): a submitted one links to its review. */
  canReview?: boolean;
  saved?: boolean;
}

export function DraftPage({ req, unitName, values, errors = {}, exemptions, current, canReview, saved }: DraftPageProps) {
  const c = useRequestContext<AppEnv>();
  const lang = c.get("lang");
  const csrf = c.get("actor")?.csrfToken ?? "";
  const content = current?.content as unknown as ResponseContent | undefined;
  const own = exemptions.filter((e) => e.unitId === req.unitId);
  const others = exemptions.filter((e) => e.unitId !== req.unitId);
  const rowCount = Math.max(REDACTION_ROWS, (content?.redaction?.rules.length ?? 0) + 2);
  const redactionErrors = Object.fromEntries(Object.entries(errors).filter(([k]) => k.startsWith("redaksi-")));
  const dikItems = [
    ...own.map((e) => ({ value: e.id, label: `${e.nomor} — ${e.informasi}`, hint: exemptionHint(e) })),
    ...(others.length && own.length ? [{ divider: "Pengecualian OPD lain" }] : []),
    ...others.map((e) => ({ value: e.id, label: `${e.nomor} — ${e.informasi}`, hint: exemptionHint(e) })),
  ];
  const dikSelect = [{ value: "", label: "Pilih alasan (DIK)" }, ...exemptions.map((e) => ({ value: e.id, label: exemptionReason(e) }))];
  return (
    <>
      <Crumbs req={req} current="Tanggapan" />
      <ErrorSummary
        errors={{
          state: errors.state,
          decision: errors.decision,
          informationStatus: errors.informationStatus,
          bentuk: errors.bentuk,
          biaya: errors.biaya,
          caraPembayaran: errors.caraPembayaran,
          caraPenyampaian: errors.caraPenyampaian,
          waktuPenyampaian: errors.waktuPenyampaian,
          berkas: errors.berkas,
          ...redactionErrors,
          dik: errors.dik,
          alasan: errors.alasan,
          pemegang: errors.pemegang,
          tersediaPada: errors.tersediaPada,
        }}
        targets={{ state: "decision" }}
      />
      {saved && current ? (
        <NotificationBanner
          type="success"
          heading={current.status === "submitted" ? "Tanggapan diajukan ke PPID Utama." : "Draf tanggapan disimpan."}
        >
          {content?.redaction ? (
            <p class="govuk-body">
              Dokumen diredaksi: {content.redaction.reasons.reduce((n, r) => n + r.count, 0)} bagian dihitamkan; halaman yang dibuat ulang
              sebagai gambar: {content.redaction.pagesRasterized.join(", ") || "tidak ada"}.
            </p>
          ) : null}
        </NotificationBanner>
      ) : null}
      {content?.redaction?.unmatched.length ? (
        <NotificationBanner titleId="unmatched-title" title="Perhatian" heading="Sebagian frasa tidak ditemukan di dokumen">
          <p class="govuk-body">
            Periksa ejaannya; teks hasil pindaian tanpa lapisan teks tidak dapat dicari dan harus dihitamkan secara manual:
          </p>
          <ul class="govuk-list govuk-list--bullet">
            {content.redaction.unmatched.map((u) => (
              <li>{u.text}</li>
            ))}
          </ul>
        </NotificationBanner>
      ) : null}
      {current?.status === "returned" ? (
        <NotificationBanner
          titleId="returned-title"
          title="Dikembalikan"
          heading={`Dikembalikan oleh ${current.reviewedByName ?? "PPID Utama"}`}
        >
          <p class="govuk-body">{current.reviewNote}</p>
        </NotificationBanner>
      ) : null}
      <h1 class="govuk-heading-l">
        <span class="govuk-caption-l">Permohonan {req.number}</span>
        Tanggapan atas permohonan
      </h1>
      <RequestFacts req={req} unitName={unitName} />
      {current?.status === "submitted" ? (
        <>
          <p class="govuk-body govuk-!-font-weight-bold">Tanggapan ini sedang menunggu persetujuan PPID Utama dan tidak dapat diubah.</p>
          {canReview ? <Button href={href(lang, reviewPath(req.id, current.id))}>Tinjau tanggapan</Button> : null}
        </>
      ) : (
        <form method="post" action={href(lang, draftPath(req.id))} enctype="multipart/form-data" novalidate>
          <input type="hidden" name="_csrf" value={csrf} />
          <Radios
            name="decision"
            legend="Keputusan"
            legendSize="m"
            value={one(values.decision)}
            error={errors.decision}
            items={DECISIONS.map((d) => ({ value: d, label: DECISION_LABEL[d] }))}
          />
          <Radios
            name="informationStatus"
            legend="Status informasi"
            legendSize="s"
            value={one(values.informationStatus)}
            error={errors.informationStatus}
            items={INFORMATION_STATUSES.map((s) => ({ value: s, label: INFORMATION_STATUS_LABEL[s] }))}
          />
          <h2 class="govuk-heading-m">Bila dikabulkan (seluruhnya atau sebagian)</h2>
          <Checkboxes
            name="bentuk"
            legend="Bentuk informasi"
            legendSize="s"
            values={many(values.bentuk)}
            error={errors.bentuk}
            items={BENTUK.map((b) => ({ value: b, label: BENTUK_LABEL[b] }))}
          />
          <TextInput
            name="biaya"
            label="Biaya (rupiah)"
            hint="Hanya biaya salinan atau pengiriman; tulis 0 bila gratis."
            inputmode="numeric"
            width={10}
            value={one(values.biaya)}
            error={errors.biaya}
          />
          <TextInput
            name="caraPembayaran"
            label="Cara pembayaran (bila ada biaya)"
            value={one(values.caraPembayaran)}
            error={errors.caraPembayaran}
          />
          <Radios
            name="caraPenyampaian"
            legend="Cara penyampaian"
            legendSize="s"
            value={one(values.caraPenyampaian)}
            error={errors.caraPenyampaian}
            items={PENYAMPAIAN.map((x) => ({ value: x, label: PENYAMPAIAN_LABEL[x] }))}
          />
          <TextInput
            name="waktuPenyampaian"
            label="Waktu penyampaian"
            hint="Misalnya: paling lambat 3 hari kerja setelah pemberitahuan ini."
            value={one(values.waktuPenyampaian)}
            error={errors.waktuPenyampaian}
          />
          <h2 class="govuk-heading-m">Bila dikabulkan sebagian: redaksi</h2>
          <p class="govuk-body">
            Unggah dokumen PDF informasinya (paling banyak {MAX_REDACT_PAGES} halaman) dan tuliskan setiap kata atau frasa yang dikecualikan
            beserta alasannya dari Daftar Informasi yang Dikecualikan. Halaman yang memuatnya dibuat ulang sebagai gambar dengan kotak
            hitam, sehingga teksnya benar-benar hilang. Pemberitahuan tertulis hanya mencantumkan alasan, halaman, dan jumlah bagian.
          </p>
          {content?.redaction ? (
            <p class="govuk-body">
              Dokumen tersimpan: {content.redaction.fileName} ({content.redaction.pageCount} halaman).{" "}
              <a class="govuk-link" href={href(lang, staffFilePath(req.id, content.redaction.redactedFileId))}>
                Unduh hasil redaksi
              </a>
              . Biarkan kosong untuk memakai dokumen ini lagi.
            </p>
          ) : null}
          <FileUpload name="berkas" label="Dokumen informasi (PDF)" error={errors.berkas} />
          <table class="govuk-table">
            <caption class="govuk-table__caption govuk-table__caption--s">Bagian yang dihitamkan</caption>
            <thead class="govuk-table__head">
              <tr class="govuk-table__row">
                <th scope="col" class="govuk-table__header">
                  Kata atau frasa
                </th>
                <th scope="col" class="govuk-table__header">
                  Alasan (DIK)
                </th>
              </tr>
            </thead>
            <tbody class="govuk-table__body">
              {Array.from({ length: rowCount }, (_, k) => k + 1).map((i) => (
                <tr class="govuk-table__row">
                  <td class="govuk-table__cell">
                    <TextInput
                      name={`redaksi-${i}-teks`}
                      label={<span class="govuk-visually-hidden">Frasa baris {i}</span>}
                      value={one(values[`redaksi-${i}-teks`])}
                      error={errors[`redaksi-${i}-teks`]}
                    />
                  </td>
                  <td class="govuk-table__cell">
                    <Select
                      name={`redaksi-${i}-dik`}
                      label={<span class="govuk-visually-hidden">Alasan baris {i}</span>}
                      items={dikSelect}
                      value={one(values[`redaksi-${i}-dik`])}
                      error={errors[`redaksi-${i}-dik`]}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2 class="govuk-heading-m">Bila ditolak</h2>
          {exemptions.length === 0 ? (
            <p class="govuk-body" id="dik">
              {errors.dik ? (
                <span class="govuk-error-message">
                  <span class="govuk-visually-hidden">Kesalahan:</span> {errors.dik}
                </span>
              ) : null}
              Belum ada informasi yang dikecualikan yang berlaku. Penolakan memerlukan entri DIK yang sudah ditetapkan PPID Utama beserta
              uji konsekuensinya.
            </p>
          ) : (
            <Checkboxes
              name="dik"
              legend="Informasi yang dikecualikan (DIK)"
              legendSize="s"
              hint="Pemberitahuan mencantumkan dasar Pasal 17, hasil uji konsekuensi, dan jangka waktu pengecualian dari entri yang dipilih."
              values={many(values.dik)}
              error={errors.dik}
              items={dikItems}
            />
          )}
          <Textarea name="alasan" label="Alasan penolakan" labelSize="s" value={one(values.alasan)} error={errors.alasan} />
          <h2 class="govuk-heading-m">Bila tidak dikuasai atau belum didokumentasikan</h2>
          <TextInput
            name="pemegang"
            label="Badan publik yang menguasai informasi"
            hint='Tulis "tidak diketahui" bila tidak diketahui.'
            value={one(values.pemegang)}
            error={errors.pemegang}
          />
          <TextInput
            name="tersediaPada"
            label="Kapan informasi akan tersedia"
            value={one(values.tersediaPada)}
            error={errors.tersediaPada}
          />
          <ButtonGroup>
            <Button name="aksi" value="ajukan">
              Simpan dan ajukan ke PPID Utama
            </Button>
            <Button name="aksi" value="simpan" variant="secondary">
              Simpan draf
            </Button>
          </ButtonGroup>
        </form>
      )}
    </>
  );
}
