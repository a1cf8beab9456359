import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../../../platform/http/env.ts";
import type { FieldErrors } from "../../../platform/http/errors.ts";
import { href, t } from "../../../platform/i18n/index.ts";
import { Breadcrumbs, Button, ErrorSummary, Select, Textarea, TextInput } from "../../../platform/ui/components/index.ts";
import type { Unit } from "../queries.ts";
import { UNIT_KINDS } from "../validation.ts";

type Values = Record<string, unknown>;

const str = (v: unknown) => (typeof v === "string" ? v : v == null ? "" : String(v));

/** Create (unit absent) or edit an OPD profile; keeps what was typed when it comes back with errors. */
export function AdminUnitForm({ unit, values, errors = {} }: { unit?: Unit; values: Values; errors?: FieldErrors }) {
  const c = useRequestContext<AppEnv>();
  const lang = c.get("lang");
  const csrf = c.get("actor")?.csrfToken ?? "";
  const action = unit ? href(lang, `/admin/opd/${unit.id}`) : href(lang, "/admin/opd/baru");
  const examples = new Set(unit?.exampleFields ?? []);
  const exampleHint = (f: string) => (examples.has(f) ? t(lang, "opd.admin.example_hint") : undefined);
  return (
    <>
      <Breadcrumbs
        items={[
          { text: t(lang, "nav.admin"), href: href(lang, "/admin") },
          { text: t(lang, "opd.admin.title"), href: href(lang, "/admin/opd") },
        ]}
        lang={lang}
      />
      <ErrorSummary errors={errors} lang={lang} />
      <h1 class="govuk-heading-l">{unit ? t(lang, "opd.admin.edit", { name: unit.name }) : t(lang, "opd.admin.new")}</h1>
      <form method="post" action={action} novalidate>
        <input type="hidden" name="_csrf" value={csrf} />
        {unit ? null : (
          <>
            <TextInput
              name="code"
              label={t(lang, "opd.field.code")}
              hint={t(lang, "opd.admin.code_hint")}
              value={str(values.code)}
              error={errors.code}
              width={20}
              lang={lang}
            />
            <Select
              name="kind"
              label={t(lang, "opd.field.kind")}
              value={str(values.kind)}
              error={errors.kind}
              items={[
                { value: "", label: t(lang, "opd.admin.choose") },
                ...UNIT_KINDS.map((k) => ({ value: k, label: t(lang, `opd.kind.${k}`) })),
              ]}
              lang={lang}
            />
          </>
        )}
        <TextInput name="name" label={t(lang, "opd.admin.name")} value={str(values.name)} error={errors.name} lang={lang} />
        <TextInput
          name="headName"
          label={t(lang, "opd.field.head")}
          hint={exampleHint("headName")}
          value={str(values.headName)}
          error={errors.headName}
          lang={lang}
        />
        <Textarea
          name="address"
          label={t(lang, "opd.field.address")}
          hint={exampleHint("address")}
          value={str(values.address)}
          error={errors.address}
          rows={2}
          lang={lang}
        />
        <TextInput
          name="phone"
          type="tel"
          label={t(lang, "opd.field.phone")}
          hint={exampleHint("phone")}
          value={str(values.phone)}
          error={errors.phone}
          width={20}
          lang={lang}
        />
        <TextInput
          name="email"
          type="email"
          label={t(lang, "opd.field.email")}
          hint={exampleHint("email")}
          value={str(values.email)}
          error={errors.email}
          spellcheck={false}
          lang={lang}
        />
        <TextInput
          name="website"
          type="url"
          label={t(lang, "opd.field.website")}
          value={str(values.website)}
          error={errors.website}
          spellcheck={false}
          lang={lang}
        />
        <TextInput
          name="ppidContact"
          label={t(lang, "opd.field.ppid")}
          hint={exampleHint("ppidContact")}
          value={str(values.ppidContact)}
          error={errors.ppidContact}
          lang={lang}
        />
        <Textarea
          name="tasks"
          label={t(lang, "opd.field.tasks")}
          hint={exampleHint("tasks")}
          value={str(values.tasks)}
          error={errors.tasks}
          rows={6}
          lang={lang}
        />
        <TextInput
          name="reason"
          label={t(lang, "opd.admin.reason")}
          hint={t(lang, "opd.admin.reason_hint")}
          value={str(values.reason)}
          error={errors.reason}
          lang={lang}
        />
        <Button>{t(lang, "opd.admin.save")}</Button>
      </form>
    </>
  );
}

/** Retire or reactivate, with the reason that goes into the history. */
export function AdminUnitStatusForm({ unit, values, errors = {} }: { unit: Unit; values: Values; errors?: FieldErrors }) {
  const c = useRequestContext<AppEnv>();
  const lang = c.get("lang");
  const retiring = unit.status === "active";
  return (
    <form method="post" action={href(lang, `/admin/opd/${unit.id}/status`)} novalidate class="sp-section">
      <h2 class="govuk-heading-m">{retiring ? t(lang, "opd.admin.retire") : t(lang, "opd.admin.reactivate")}</h2>
      <input type="hidden" name="_csrf" value={c.get("actor")?.csrfToken ?? ""} />
      <input type="hidden" name="status" value={retiring ? "retired" : "active"} />
      <TextInput
        name="statusReason"
        label={t(lang, "opd.admin.status_reason")}
        value={str(values.statusReason)}
        error={errors.reason}
        lang={lang}
      />
      <Button variant={retiring ? "warning" : "secondary"}>
        {retiring ? t(lang, "opd.admin.retire") : t(lang, "opd.admin.reactivate")}
      </Button>
    </form>
  );
}
