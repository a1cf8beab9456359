import { useRequestContext } from "hono/jsx-renderer";
import type { BackupInfo } from "../../../platform/db/backup.ts";
import type { AppEnv } from "../../../platform/http/env.ts";
import { href, t } from "../../../platform/i18n/index.ts";
import { Breadcrumbs, Button, NotificationBanner, Table } from "../../../platform/ui/components/index.ts";
import { size, wibTime } from "./format.ts";

export function BackupPage({
  backups,
  kind,
  dir,
  created,
}: {
  backups: BackupInfo[];
  kind: "pglite" | "postgres";
  dir: string;
  created?: string;
}) {
  const c = useRequestContext<AppEnv>();
  const lang = c.get("lang");
  return (
    <>
      <Breadcrumbs items={[{ text: t(lang, "admin.title"), href: href(lang, "/admin") }]} lang={lang} />
      {created ? <NotificationBanner type="success" heading={t(lang, "admin.backup.created", { name: created })} lang={lang} /> : null}
      <h1 class="govuk-heading-l">{t(lang, "admin.backup.title")}</h1>
      <p class="govuk-body">{t(lang, kind === "pglite" ? "admin.backup.intro_pglite" : "admin.backup.intro_postgres", { dir })}</p>
      <p class="govuk-body">{t(lang, "admin.backup.restore_hint")}</p>
      <form method="post" action={href(lang, "/admin/cadangan")} novalidate>
        <input type="hidden" name="_csrf" value={c.get("actor")?.csrfToken ?? ""} />
        <input type="hidden" name="aksi" value="buat" />
        <Button>{t(lang, "admin.backup.run")}</Button>
      </form>
      <h2 class="govuk-heading-m">{t(lang, "admin.backup.list")}</h2>
      {backups.length === 0 ? (
        <p class="govuk-body">{t(lang, "admin.backup.empty")}</p>
      ) : (
        <Table
          head={[
            t(lang, "admin.backup.name"),
            t(lang, "admin.backup.kind"),
            t(lang, "admin.backup.size"),
            t(lang, "admin.backup.when"),
            "",
          ]}
          numeric={[2]}
          rows={backups.map((b) => [
            <code>{b.name}</code>,
            t(lang, `admin.backup.kind.${b.kind}`),
            size(b.size),
            wibTime(b.modifiedAt),
            <a class="govuk-link" href={href(lang, `/admin/cadangan/${b.name}`)} download>
              {t(lang, "admin.backup.download")}
              <span class="govuk-visually-hidden"> {b.name}</span>
            </a>,
          ])}
        />
      )}
    </>
  );
}
