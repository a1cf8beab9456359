/** The PPID Utama's review of a submitted response: approve (the decision) or return with a note. */
import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../../../../platform/http/env.ts";
import type { FieldErrors } from "../../../../platform/http/errors.ts";
import { href } from "../../../../platform/i18n/index.ts";
import { Button, ErrorSummary, NotificationBanner, Tag, Textarea } from "../../../../platform/ui/components/index.ts";
import type { PpidRequest } from "../../case.ts";
import { noticeTitle } from "../../notice.ts";
import type { ResponseRow } from "../support.ts";
import { ContentSummary } from "./ContentSummary.tsx";
import { Crumbs, RESPONSE_STATUS_COLOUR, RESPONSE_STATUS_LABEL, RequestFacts, reviewPath, staffFilePath } from "./common.tsx";

export interface ReviewPageProps {
  req: PpidRequest;
  unitName: string | null;
  resp: ResponseRow;
  /** The reviewer drafted, changed or submitted it: approval is not theirs to give. */
  tookPart: boolean;
  note?: string;
  errors?: FieldErrors;
}

export function ReviewPage({ req, unitName, resp, tookPart, note, errors = {} }: ReviewPageProps) {
  const c = useRequestContext<AppEnv>();
  const lang = c.get("lang");
  const csrf = c.get("actor")?.csrfToken ?? "";
  const action = href(lang, reviewPath(req.id, resp.id));
  return (
    <>
      <Crumbs req={req} current="Tinjau tanggapan" />
      <ErrorSummary errors={{ status: errors.status, note: errors.note }} targets={{ status: "setujui" }} />
      <h1 class="govuk-heading-l">
        <span class="govuk-caption-l">Permohonan {req.number}</span>
        Tinjau tanggapan
      </h1>
      <p class="govuk-body">
        <Tag colour={RESPONSE_STATUS_COLOUR[resp.status]}>{RESPONSE_STATUS_LABEL[resp.status]}</Tag> Disusun oleh {resp.draftedByName}.
      </p>
      <RequestFacts req={req} unitName={unitName} />
      <h2 class="govuk-heading-m">Isi tanggapan</h2>
      <ContentSummary resp={resp} fileHref={(id) => href(lang, staffFilePath(req.id, id))} />
      {resp.status !== "submitted" ? (
        <p class="govuk-body">Tanggapan ini tidak sedang menunggu persetujuan.</p>
      ) : tookPart ? (
        <NotificationBanner titleId="separation-title" title="Pemisahan tugas" heading="Anda tidak dapat menyetujui tanggapan ini">
          <p class="govuk-body">
            Anda ikut menyusun atau mengajukannya. Persetujuan harus diberikan oleh PPID Utama lain; Anda masih dapat mengembalikannya
            dengan catatan.
          </p>
        </NotificationBanner>
      ) : (
        <form method="post" action={action} novalidate>
          <input type="hidden" name="_csrf" value={csrf} />
          <h2 class="govuk-heading-m">Setujui</h2>
          <p class="govuk-body">
            Dengan menyetujui, {noticeTitle(resp.decision).toLowerCase()} diterbitkan atas nama Anda sebagai PPID Utama, didaftarkan untuk
            verifikasi, dan dikirim kepada pemohon. Waktu layanan berhenti.
          </p>
          <Button name="aksi" value="setujui" id="setujui">
            Setujui dan kirim pemberitahuan
          </Button>
        </form>
      )}
      {resp.status === "submitted" ? (
        <form method="post" action={action} novalidate class="sp-section">
          <input type="hidden" name="_csrf" value={csrf} />
          <h2 class="govuk-heading-m">Kembalikan untuk diperbaiki</h2>
          <Textarea name="note" label="Catatan untuk penyusun" labelSize="s" value={note} error={errors.note} rows={3} />
          <Button name="aksi" value="kembalikan" variant="secondary">
            Kembalikan
          </Button>
        </form>
      ) : null}
    </>
  );
}
