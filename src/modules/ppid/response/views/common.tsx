/** Pieces shared by the response pages: breadcrumbs, the request summary, the file input, labels. */
import { useRequestContext } from "hono/jsx-renderer";
import { formatCivilDate } from "../../../../platform/calendar/index.ts";
import type { AppEnv } from "../../../../platform/http/env.ts";
import { href } from "../../../../platform/i18n/index.ts";
import { cx, describedBy, ErrorMessage, Hint } from "../../../../platform/ui/components/field.tsx";
import { Breadcrumbs, SummaryList } from "../../../../platform/ui/components/index.ts";
import type { PpidRequest } from "../../case.ts";
import { ACCESS_METHOD_LABEL } from "../../labels.ts";

export const casePath = (id: string) => `/ppid/kelola/permohonan/${id}`;
export const draftPath = (id: string) => `${casePath(id)}/tanggapan`;
export const reviewPath = (id: string, responseId: string) => `${draftPath(id)}/${responseId}/tinjau`;
export const staffFilePath = (id: string, fileId: string) => `${draftPath(id)}/berkas/${fileId}`;

/** Breadcrumbs up to the case page (the current page is the h1, GOV.UK style). */
export function Crumbs({ req }: { req: Pick<PpidRequest, "id" | "number">; current?: string }) {
  const lang = useRequestContext<AppEnv>().get("lang");
  return (
    <Breadcrumbs
      items={[
        { text: "Kelola PPID", href: href(lang, "/ppid/kelola") },
        { text: `Permohonan ${req.number ?? ""}`.trim(), href: href(lang, casePath(req.id)) },
      ]}
      lang={lang}
    />
  );
}

/** What the officer answers: the requester, the information asked for, the due date. */
export function RequestFacts({ req, unitName }: { req: PpidRequest; unitName: string | null }) {
  return (
    <SummaryList
      rows={[
        { key: "Nomor pendaftaran", value: req.number ?? "—" },
        { key: "Pemohon", value: `${req.name} (${req.occupation})` },
        { key: "Informasi yang diminta", value: req.details },
        { key: "Tujuan penggunaan", value: req.purpose },
        { key: "Cara memperoleh", value: req.accessMethods.map((m) => ACCESS_METHOD_LABEL[m] ?? m).join(", ") },
        { key: "PPID Pelaksana", value: unitName ?? "Belum ditugaskan" },
        { key: "Batas waktu pemberitahuan tertulis", value: req.dueOn ? formatCivilDate("id", req.dueOn) : "—" },
      ]}
    />
  );
}

/** A file upload field (GOV.UK pattern). */
export function FileUpload({ name, label, hint, error }: { name: string; label: string; hint?: string; error?: string }) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  return (
    <div class={cx("govuk-form-group", error && "govuk-form-group--error")}>
      <label class="govuk-label govuk-label--s" for={name}>
        {label}
      </label>
      {hint ? <Hint id={hintId!}>{hint}</Hint> : null}
      {error ? <ErrorMessage id={errorId!} message={error} /> : null}
      <input
        class={cx("govuk-file-upload", error && "govuk-file-upload--error")}
        id={name}
        name={name}
        type="file"
        accept="application/pdf,.pdf"
        aria-describedby={describedBy(hintId, errorId)}
      />
    </div>
  );
}

export const RESPONSE_STATUS_LABEL: Record<string, string> = {
  draft: "Draf",
  submitted: "Menunggu persetujuan PPID Utama",
  approved: "Disetujui",
  returned: "Dikembalikan untuk diperbaiki",
};

export const RESPONSE_STATUS_COLOUR = { draft: "grey", submitted: "yellow", approved: "green", returned: "orange" } as const;
