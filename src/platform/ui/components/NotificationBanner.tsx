import type { Child } from "hono/jsx";
import { type Lang, t } from "../../i18n/index.ts";
import { cx } from "./field.tsx";

export interface NotificationBannerProps {
  /** Short title in the coloured bar; defaults to "Penting" or, for success, "Berhasil". */
  title?: string;
  /** The main message, in bold. */
  heading?: Child;
  /** Further content below the heading (paragraphs with class govuk-body, links with class govuk-notification-banner__link). */
  children?: Child;
  /** success: the result of something the user just did; it is announced (role=alert). */
  type?: "success";
  /** Unique id of the title, when a page has more than one banner. */
  titleId?: string;
  lang?: Lang;
}

/** Tells the user about something important that is not about the page content (GOV.UK notification banner). */
export function NotificationBanner({ title, heading, children, type, titleId = "sp-banner-title", lang = "id" }: NotificationBannerProps) {
  const success = type === "success";
  return (
    // biome-ignore lint/a11y/useAriaPropsSupportedByRole: role is region or alert (both take aria-labelledby); the linter cannot see a dynamic role
    <div
      class={cx("govuk-notification-banner", success && "govuk-notification-banner--success")}
      role={success ? "alert" : "region"}
      aria-labelledby={titleId}
    >
      <div class="govuk-notification-banner__header">
        <h2 class="govuk-notification-banner__title" id={titleId}>
          {title ?? t(lang, success ? "ui.banner.success" : "ui.banner.important")}
        </h2>
      </div>
      <div class="govuk-notification-banner__content">
        {heading ? <p class="govuk-notification-banner__heading">{heading}</p> : null}
        {children}
      </div>
    </div>
  );
}
