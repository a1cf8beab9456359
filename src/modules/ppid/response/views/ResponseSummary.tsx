/**
 * The "Tanggapan" panel of the staff case page: the response's status, its
 * content, the written notice once approved, and the next step for the person
 * looking. Render with the result of responseState(p, requestId, actor).
 */
import { useRequestContext } from "hono/jsx-renderer";
import { formatCivilDate, jakartaDate } from "../../../../platform/calendar/index.ts";
import type { AppEnv } from "../../../../platform/http/env.ts";
import { href } from "../../../../platform/i18n/index.ts";
import { Button, Tag } from "../../../../platform/ui/components/index.ts";
import type { ResponseState } from "../state.ts";
import { ContentSummary } from "./ContentSummary.tsx";
import { draftPath, RESPONSE_STATUS_COLOUR, RESPONSE_STATUS_LABEL, reviewPath, staffFilePath } from "./common.tsx";

export function ResponseSummary({ state, headingLevel = 2 }: { state: ResponseState; headingLevel?: 2 | 3 }) {
  const lang = useRequestContext<AppEnv>().get("lang");
  const { request: req, current, approved } = state;
  const H = headingLevel === 2 ? "h2" : "h3";
  const fileHref = (id: string) => href(lang, staffFilePath(req.id, id));
  return (
    <section class="sp-section" aria-labelledby="tanggapan-heading">
      <H class="govuk-heading-m" id="tanggapan-heading">
        Tanggapan
      </H>
      {approved ? (
        <>
          <p class="govuk-body">
            <Tag colour="green">Disetujui</Tag> oleh {approved.reviewedByName}
            {approved.reviewedAt ? ` pada ${formatCivilDate("id", jakartaDate(approved.reviewedAt))}` : ""}; disusun oleh{" "}
            {approved.draftedByName}.
          </p>
          {req.noticeDocId ? (
            <p class="govuk-body">
              <a class="govuk-link" href={href(lang, `/verifikasi/${req.noticeDocId}/berkas`)}>
                Pemberitahuan tertulis (PDF)
              </a>{" "}
              ·{" "}
              <a class="govuk-link" href={href(lang, `/verifikasi/${req.noticeDocId}`)}>
                Periksa keaslian ({req.noticeDocId})
              </a>
            </p>
          ) : null}
          <ContentSummary resp={approved} fileHref={fileHref} />
        </>
      ) : current ? (
        <>
          <p class="govuk-body">
            <Tag colour={RESPONSE_STATUS_COLOUR[current.status]}>{RESPONSE_STATUS_LABEL[current.status]}</Tag> Disusun oleh{" "}
            {current.draftedByName}.
          </p>
          {current.status === "returned" && current.reviewNote ? (
            <div class="govuk-inset-text">
              Catatan {current.reviewedByName}: {current.reviewNote}
            </div>
          ) : null}
          <ContentSummary resp={current} fileHref={fileHref} />
          {state.can.review ? (
            <Button href={href(lang, reviewPath(req.id, current.id))}>Tinjau tanggapan</Button>
          ) : state.can.draft ? (
            <Button href={href(lang, draftPath(req.id))} variant="secondary">
              Ubah tanggapan
            </Button>
          ) : null}
        </>
      ) : (
        <>
          <p class="govuk-body">Belum ada tanggapan.</p>
          {state.can.draft ? <Button href={href(lang, draftPath(req.id))}>Susun tanggapan</Button> : null}
        </>
      )}
    </section>
  );
}
