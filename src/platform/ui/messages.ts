import { registerMessages } from "../i18n/index.ts";

/** Built-in strings of the design-system components (GOV.UK's hidden texts, translated). */
registerMessages({
  "ui.error_prefix": { id: "Kesalahan", en: "Error" },
  "ui.error_summary.title": { id: "Ada masalah", en: "There is a problem" },
  "ui.banner.important": { id: "Penting", en: "Important" },
  "ui.banner.success": { id: "Berhasil", en: "Success" },
  "ui.date.day": { id: "Tanggal", en: "Day" },
  "ui.date.month": { id: "Bulan", en: "Month" },
  "ui.date.year": { id: "Tahun", en: "Year" },
  "ui.pagination.label": { id: "Navigasi halaman", en: "Pagination" },
  "ui.pagination.previous": { id: "Sebelumnya", en: "Previous" },
  "ui.pagination.next": { id: "Berikutnya", en: "Next" },
  "ui.pagination.page_hidden": { id: "halaman", en: "page" },
  "ui.pagination.page": { id: "Halaman {n}", en: "Page {n}" },
  "ui.breadcrumbs.label": { id: "Jejak navigasi", en: "Breadcrumb" },
});
