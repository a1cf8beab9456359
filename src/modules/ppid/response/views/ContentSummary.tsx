/** The content of a response as the approver (and the case page) reads it: the §1.6 items of its decision. */
import { formatCivilDate } from "../../../../platform/calendar/index.ts";
import { SummaryList, type SummaryRow } from "../../../../platform/ui/components/index.ts";
import { INFORMATION_STATUS_LABEL } from "../../labels.ts";
import { DECISION_LABEL } from "../../states.ts";
import { BENTUK_LABEL, exemptionPeriod, isGrant, PENYAMPAIAN_LABEL, type ResponseContent } from "../content.ts";
import type { ResponseRow } from "../support.ts";

const rupiah = (n: number | undefined) => (!n ? "Gratis" : `Rp${n.toLocaleString("id-ID")}`);

export function ContentSummary({ resp, fileHref }: { resp: ResponseRow; fileHref?: (fileId: string) => string }) {
  const c = resp.content as unknown as ResponseContent;
  const rows: SummaryRow[] = [
    { key: "Keputusan", value: DECISION_LABEL[resp.decision] },
    { key: "Status informasi", value: INFORMATION_STATUS_LABEL[c.informationStatus] ?? c.informationStatus },
  ];
  if (isGrant(resp.decision)) {
    rows.push(
      { key: "Bentuk informasi", value: (c.bentuk ?? []).map((b) => BENTUK_LABEL[b] ?? b).join("; ") },
      { key: "Biaya", value: rupiah(c.biaya) },
      ...(c.biaya ? [{ key: "Cara pembayaran", value: c.caraPembayaran ?? "—" }] : []),
      { key: "Cara penyampaian", value: PENYAMPAIAN_LABEL[c.caraPenyampaian ?? ""] ?? "—" },
      { key: "Waktu penyampaian", value: c.waktuPenyampaian ?? "—" },
    );
  }
  if (resp.decision === "ditolak") rows.push({ key: "Alasan penolakan", value: c.alasan ?? "—" });
  if (resp.decision === "tidak_dikuasai") rows.push({ key: "Badan publik yang menguasai", value: c.pemegang ?? "—" });
  if (resp.decision === "belum_didokumentasikan") rows.push({ key: "Informasi akan tersedia", value: c.tersediaPada ?? "—" });
  if (c.exemptions?.length) {
    rows.push({
      key: "Dasar pengecualian",
      value: (
        <ul class="govuk-list">
          {c.exemptions.map((e) => (
            <li>
              <strong>
                {e.nomor}: Pasal 17 huruf {e.pasal17}
              </strong>{" "}
              — {e.informasi}. Uji konsekuensi: {e.ujiKonsekuensiSummary ?? "belum dicatat"}. Jangka waktu:{" "}
              {exemptionPeriod(e, (d) => formatCivilDate("id", d))}.
            </li>
          ))}
        </ul>
      ),
    });
  }
  if (c.redaction) {
    const r = c.redaction;
    rows.push({
      key: "Redaksi",
      value: (
        <>
          <ul class="govuk-list">
            {r.reasons.map((x) => (
              <li>
                {x.reason}: {x.count} bagian, halaman {x.pages.join(", ")}
              </li>
            ))}
          </ul>
          {fileHref ? (
            <p class="govuk-body">
              <a class="govuk-link" href={fileHref(r.redactedFileId)}>
                Unduh hasil redaksi
              </a>{" "}
              ·{" "}
              <a class="govuk-link" href={fileHref(r.originalFileId)}>
                Unduh dokumen asli (hanya petugas)
              </a>
            </p>
          ) : null}
        </>
      ),
    });
  }
  return <SummaryList rows={rows} />;
}
