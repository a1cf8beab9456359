import type { Child } from "hono/jsx";
import { useRequestContext } from "hono/jsx-renderer";
import type { AppEnv } from "../../../platform/http/env.ts";
import type { FieldErrors } from "../../../platform/http/errors.ts";
import { type Lang, t } from "../../../platform/i18n/index.ts";
import { ErrorSummary, NotificationBanner, TextInput } from "../../../platform/ui/components/index.ts";

export function useLang(): Lang {
  return useRequestContext<AppEnv>().get("lang") ?? "id";
}

/** The hidden CSRF field, in every form shown to a signed-in person. */
export function Csrf() {
  const actor = useRequestContext<AppEnv>().get("actor");
  return actor ? <input type="hidden" name="_csrf" value={actor.csrfToken} /> : null;
}

/** A submitted form shown again: what was typed (never passwords) and the errors (i18n keys). */
export interface FormState {
  values: Record<string, unknown>;
  errors: FieldErrors;
}

export const emptyForm: FormState = { values: {}, errors: {} };

/** The value typed into a field, as a string. */
export function val(f: FormState | undefined, name: string): string {
  const v = f?.values[name];
  return typeof v === "string" ? v : Array.isArray(v) && typeof v[0] === "string" ? v[0] : "";
}

/** Translated error of one field (error keys are i18n keys; other text passes through). */
export function err(lang: Lang, f: FormState | undefined, name: string): string | undefined {
  const e = f?.errors[name];
  return e ? t(lang, e) : undefined;
}

/** The error summary, in the order of the given field names (others follow). */
export function Summary({ form, order }: { form?: FormState; order: string[] }) {
  const lang = useLang();
  if (!form || Object.keys(form.errors).length === 0) return null;
  const errors: Record<string, string> = {};
  for (const k of [...order, ...Object.keys(form.errors)]) if (form.errors[k] && !(k in errors)) errors[k] = t(lang, form.errors[k]);
  const targets: Record<string, string> = {};
  if (errors._) targets._ = "konten";
  return <ErrorSummary errors={errors} targets={targets} lang={lang} />;
}

const NOTICES = new Set([
  "terverifikasi",
  "sandi_diubah",
  "keluar",
  "dibuat",
  "peran_diberikan",
  "peran_dicabut",
  "klasifikasi_diubah",
  "status_diubah",
]);

/** A success banner named by `?selesai=` after a POST/redirect/GET. */
export function Notice({ name }: { name?: string | null }) {
  const lang = useLang();
  if (!name || !NOTICES.has(name)) return null;
  return <NotificationBanner type="success" heading={t(lang, `acc.notice.${name}`)} lang={lang} />;
}

export function Narrow({ children }: { children: Child }) {
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">{children}</div>
    </div>
  );
}

/** The email field of the account forms (sign-in, registration, reset, new staff). */
export function EmailField({ lang, form, hint }: { lang: Lang; form?: FormState; hint?: string }) {
  return (
    <TextInput
      name="email"
      type="email"
      label={t(lang, "acc.field.email")}
      hint={hint}
      autocomplete="email"
      spellcheck={false}
      value={val(form, "email")}
      error={err(lang, form, "email")}
      lang={lang}
    />
  );
}

/** A new password typed twice (registration and reset); never filled back in. */
export function NewPasswordFields({ lang, form }: { lang: Lang; form?: FormState }) {
  return (
    <>
      <TextInput
        name="kata_sandi"
        type="password"
        label={t(lang, "acc.field.new_password")}
        hint={t(lang, "acc.password_hint")}
        autocomplete="new-password"
        error={err(lang, form, "kata_sandi")}
        lang={lang}
      />
      <TextInput
        name="konfirmasi"
        type="password"
        label={t(lang, "acc.field.confirm")}
        autocomplete="new-password"
        error={err(lang, form, "konfirmasi")}
        lang={lang}
      />
    </>
  );
}
