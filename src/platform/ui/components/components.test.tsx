import { describe, expect, it } from "vitest";
import {
  Breadcrumbs,
  Button,
  Checkboxes,
  DateInput,
  ErrorSummary,
  Fieldset,
  NotificationBanner,
  Pagination,
  pageWindow,
  Radios,
  Select,
  SummaryList,
  Table,
  Tag,
  TaskList,
  Textarea,
  TextInput,
} from "./index.ts";

/** Renders a Hono JSX element to its HTML string. */
async function html(el: unknown): Promise<string> {
  return String(await (el as { toString(): string | Promise<string> }).toString());
}

const EVIL = `<script>alert("x")</script>`;
const EVIL_ESCAPED = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;";

describe("TextInput", () => {
  it("renders label, hint and the value, with the hint in aria-describedby", async () => {
    const out = await html(
      <TextInput name="nama" label="Nama lengkap" hint="Sesuai KTP" value="Budi" autocomplete="name" width="two-thirds" />,
    );
    expect(out).toContain('<label class="govuk-label" for="nama">Nama lengkap</label>');
    expect(out).toContain('id="nama-hint"');
    expect(out).toContain('aria-describedby="nama-hint"');
    expect(out).toContain('value="Budi"');
    expect(out).toContain('autocomplete="name"');
    expect(out).toContain("govuk-!-width-two-thirds");
    expect(out).not.toContain("govuk-form-group--error");
    expect(out).not.toContain("nama-error");
  });

  it("shows the error beside the field and links it with aria-describedby", async () => {
    const out = await html(
      <TextInput name="email" type="email" label="Surel" hint="h" error="Masukkan alamat surel yang benar" value="budi@" />,
    );
    expect(out).toContain('class="govuk-form-group govuk-form-group--error"');
    expect(out).toMatch(
      /<p id="email-error" class="govuk-error-message"><span class="govuk-visually-hidden">Kesalahan:<\/span> Masukkan alamat surel yang benar<\/p>/,
    );
    expect(out).toContain('class="govuk-input govuk-input--error"');
    expect(out).toContain('aria-describedby="email-hint email-error"');
    expect(out).toContain('type="email"');
    expect(out).toContain('value="budi@"');
  });

  it("escapes what the user typed", async () => {
    const out = await html(<TextInput name="q" label="Cari" value={EVIL} />);
    expect(out).not.toContain("<script>");
    expect(out).toContain(`value="${EVIL_ESCAPED}"`);
  });

  it("translates the hidden error prefix and can be the page heading", async () => {
    const out = await html(<TextInput name="n" label="Your name" labelSize="l" isPageHeading error="Enter your name" lang="en" />);
    expect(out).toContain('<h1 class="govuk-label-wrapper"><label class="govuk-label govuk-label--l" for="n">Your name</label></h1>');
    expect(out).toContain('<span class="govuk-visually-hidden">Error:</span> Enter your name');
  });
});

describe("Textarea", () => {
  it("keeps and escapes the typed text, with error state", async () => {
    const out = await html(<Textarea name="rincian" label="Rincian informasi" value={`</textarea>${EVIL}`} error="Isi rincian" rows={8} />);
    expect(out).toContain("govuk-form-group--error");
    expect(out).toContain('class="govuk-textarea govuk-textarea--error"');
    expect(out).toContain('aria-describedby="rincian-error"');
    expect(out).toContain('rows="8"');
    expect(out).toContain(`&lt;/textarea&gt;${EVIL_ESCAPED}</textarea>`);
    expect(out).not.toContain("<script>");
  });

  it("keeps a leading newline", async () => {
    const out = await html(<Textarea name="a" label="A" value={"\nbaris dua"} />);
    expect(out).toContain(">\n\nbaris dua</textarea>");
  });
});

describe("Select", () => {
  it("marks the chosen option and escapes labels", async () => {
    const out = await html(
      <Select
        name="kecamatan"
        label="Kecamatan"
        value="02"
        error="Pilih kecamatan"
        items={[
          { value: "", label: "Pilih" },
          { value: "01", label: "Lebong Utara" },
          { value: "02", label: `Amen ${EVIL}` },
        ]}
      />,
    );
    expect(out).toContain('<option value="02" selected="">');
    expect(out).not.toContain('<option value="01" selected');
    expect(out).toContain('class="govuk-select govuk-select--error"');
    expect(out).toContain('aria-describedby="kecamatan-error"');
    expect(out).toContain(EVIL_ESCAPED);
    expect(out).not.toContain("<script>");
  });
});

describe("Radios", () => {
  const items = [
    { value: "salinan", label: "Salinan dokumen", hint: "Dikirim lewat surel" },
    { divider: "atau" },
    { value: "lihat", label: "Melihat langsung" },
  ];
  it("renders a fieldset with legend, checked value and item hints; first item has the field id", async () => {
    const out = await html(
      <Radios name="cara" legend="Bagaimana Anda ingin mendapatkan informasi?" legendSize="m" items={items} value="lihat" />,
    );
    expect(out).toContain('<fieldset class="govuk-fieldset">');
    expect(out).toContain('<legend class="govuk-fieldset__legend govuk-fieldset__legend--m">');
    expect(out).toContain('id="cara" name="cara" type="radio" value="salinan" aria-describedby="cara-item-hint"');
    expect(out).toContain('id="cara-2" name="cara" type="radio" value="lihat" checked=""');
    expect(out).toContain('<div class="govuk-radios__divider">atau</div>');
    expect(out).not.toMatch(/value="salinan" checked/);
  });

  it("shows the error on the fieldset", async () => {
    const out = await html(
      <Radios name="cara" legend="Cara" items={items} hint="Pilih satu" error="Pilih cara mendapatkan informasi" inline />,
    );
    expect(out).toContain("govuk-form-group--error");
    expect(out).toContain('<fieldset class="govuk-fieldset" aria-describedby="cara-hint cara-error">');
    expect(out).toContain('id="cara-error"');
    expect(out).toContain("govuk-radios--inline");
  });
});

describe("Checkboxes", () => {
  it("ticks every chosen value and keeps error state", async () => {
    const out = await html(
      <Checkboxes
        name="format"
        legend="Format"
        values={["pdf", "xlsx"]}
        error="Pilih paling sedikit satu"
        small
        items={[
          { value: "pdf", label: "PDF" },
          { value: "xlsx", label: "Excel" },
          { value: "cetak", label: "Cetak" },
          { value: "none", label: "Tidak ada", exclusive: true },
        ]}
      />,
    );
    expect(out).toContain('value="pdf" checked=""');
    expect(out).toContain('value="xlsx" checked=""');
    expect(out).not.toContain('value="cetak" checked');
    expect(out).toContain('data-behaviour="exclusive"');
    expect(out).toContain("govuk-checkboxes govuk-checkboxes--small");
    expect(out).toContain('aria-describedby="format-error"');
  });
});

describe("DateInput", () => {
  it("renders day, month, year with Indonesian labels and kept values", async () => {
    const out = await html(
      <DateInput name="tanggal" legend="Tanggal surat" hint="Contoh: 17 8 2025" value={{ day: "17", month: "8", year: EVIL }} />,
    );
    expect(out).toContain('role="group" aria-describedby="tanggal-hint"');
    expect(out).toContain('<label class="govuk-label govuk-date-input__label" for="tanggal-day">Tanggal</label>');
    expect(out).toContain('<label class="govuk-label govuk-date-input__label" for="tanggal-month">Bulan</label>');
    expect(out).toContain('<label class="govuk-label govuk-date-input__label" for="tanggal-year">Tahun</label>');
    expect(out).toContain('id="tanggal-day" name="tanggal-day" type="text" inputmode="numeric" value="17"');
    expect(out).toContain("govuk-input--width-4");
    expect(out).toContain(EVIL_ESCAPED);
    expect(out).not.toContain("<script>");
    expect(out).not.toContain("govuk-input--error");
  });

  it("highlights only the wrong part", async () => {
    const out = await html(
      <DateInput
        name="t"
        legend="T"
        error="Tahun harus 4 angka"
        errorParts={["year"]}
        value={{ day: "1", month: "2", year: "25" }}
        lang="en"
      />,
    );
    expect(out).toContain('aria-describedby="t-error"');
    expect(out).toContain(">Day</label>");
    expect(out.match(/govuk-input--error/g)?.length).toBe(1);
    expect(out).toMatch(/govuk-input--width-4 govuk-input--error" id="t-year"/);
  });
});

describe("ErrorSummary", () => {
  it("lists errors linking to #field, skips empty ones, and takes focus", async () => {
    const out = await html(
      <ErrorSummary
        errors={{ nama: "Masukkan nama", email: undefined, tanggal: "Masukkan tanggal" }}
        targets={{ tanggal: "tanggal-day" }}
      />,
    );
    expect(out).toContain('class="govuk-error-summary" tabindex="-1" autofocus=""');
    expect(out).toContain('<div role="alert">');
    expect(out).toContain('<h2 class="govuk-error-summary__title">Ada masalah</h2>');
    expect(out).toContain('<a href="#nama">Masukkan nama</a>');
    expect(out).toContain('<a href="#tanggal-day">Masukkan tanggal</a>');
    expect(out).not.toContain("#email");
  });

  it("renders nothing without errors, and escapes messages", async () => {
    expect(await html(<ErrorSummary errors={{}} />)).toBe("");
    const out = await html(<ErrorSummary errors={{ q: EVIL }} title="There is a problem" />);
    expect(out).toContain(EVIL_ESCAPED);
    expect(out).toContain("There is a problem");
  });
});

describe("Button", () => {
  it("renders a submit button by default and variants", async () => {
    expect(await html(<Button>Kirim</Button>)).toBe('<button type="submit" class="govuk-button">Kirim</button>');
    expect(
      await html(
        <Button variant="secondary" type="button">
          Batal
        </Button>,
      ),
    ).toContain('class="govuk-button govuk-button--secondary"');
    const warn = await html(
      <Button variant="warning" name="aksi" value="hapus">
        Hapus
      </Button>,
    );
    expect(warn).toContain('class="govuk-button govuk-button--warning" name="aksi" value="hapus"');
    expect(await html(<Button disabled>X</Button>)).toContain('disabled="" aria-disabled="true"');
  });

  it("renders a link styled as a button, with the start icon", async () => {
    const out = await html(
      <Button href="/ppid/permohonan" isStartButton>
        Mulai
      </Button>,
    );
    expect(out).toContain('<a href="/ppid/permohonan" role="button" draggable="false" class="govuk-button govuk-button--start">Mulai<svg');
    expect(out).toContain('aria-hidden="true"');
  });
});

describe("Fieldset", () => {
  it("wraps children under a legend, optionally as the page heading", async () => {
    const out = await html(
      <Fieldset legend="Alamat" legendSize="l" isPageHeading describedBy="alamat-hint">
        <p>isi</p>
      </Fieldset>,
    );
    expect(out).toContain('<fieldset class="govuk-fieldset" aria-describedby="alamat-hint">');
    expect(out).toContain(
      '<legend class="govuk-fieldset__legend govuk-fieldset__legend--l"><h1 class="govuk-fieldset__heading">Alamat</h1></legend>',
    );
    expect(out).toContain("<p>isi</p>");
  });
});

describe("Table", () => {
  it("renders caption, column headers, numeric columns and row headers, escaping cells", async () => {
    const out = await html(
      <Table
        caption="Permohonan per bulan"
        head={["Bulan", "Jumlah"]}
        numeric={[1]}
        firstCellIsHeader
        rows={[
          ["Januari", "12"],
          [EVIL, "3"],
        ]}
      />,
    );
    expect(out).toContain('<caption class="govuk-table__caption govuk-table__caption--m">Permohonan per bulan</caption>');
    expect(out).toContain('<th scope="col" class="govuk-table__header govuk-table__header--numeric">Jumlah</th>');
    expect(out).toContain('<th scope="row" class="govuk-table__header">Januari</th>');
    expect(out).toContain('<td class="govuk-table__cell govuk-table__cell--numeric">12</td>');
    expect(out).toContain(EVIL_ESCAPED);
    expect(out).not.toContain("<script>");
  });
});

describe("Pagination", () => {
  it("computes a window with ellipses", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]);
  });

  it("renders previous/next and numbered links with lang-aware labels", async () => {
    const out = await html(<Pagination current={5} total={10} href={(p) => `/berita?q=a&halaman=${p}`} />);
    expect(out).toContain('<nav class="govuk-pagination" aria-label="Navigasi halaman">');
    expect(out).toContain('href="/berita?q=a&amp;halaman=4" rel="prev"');
    expect(out).toContain("Sebelumnya");
    expect(out).toContain('href="/berita?q=a&amp;halaman=6" rel="next"');
    expect(out).toContain("Berikutnya");
    expect(out).toContain('aria-label="Halaman 5" aria-current="page"');
    expect(out).toContain("govuk-pagination__item--current");
    expect(out).toContain("govuk-pagination__item--ellipsis");
    const en = await html(<Pagination current={1} total={2} href={(p) => `/en/news?page=${p}`} lang="en" />);
    expect(en).not.toContain('rel="prev"');
    expect(en).toContain("Next");
    expect(en).toContain('aria-label="Page 2"');
  });

  it("renders nothing for a single page", async () => {
    expect(await html(<Pagination current={1} total={1} href={() => "/"} />)).toBe("");
  });
});

describe("Tag", () => {
  it("renders a blue tag by default and colour modifiers", async () => {
    expect(await html(<Tag>Baru</Tag>)).toBe('<strong class="govuk-tag">Baru</strong>');
    expect(await html(<Tag colour="green">Selesai</Tag>)).toBe('<strong class="govuk-tag govuk-tag--green">Selesai</strong>');
    expect(await html(<Tag>{EVIL}</Tag>)).toContain(EVIL_ESCAPED);
  });
});

describe("NotificationBanner", () => {
  it("is a labelled region titled Penting by default", async () => {
    const out = await html(<NotificationBanner heading="Layanan ditutup pada hari libur nasional." />);
    expect(out).toContain('class="govuk-notification-banner" role="region" aria-labelledby="sp-banner-title"');
    expect(out).toContain('<h2 class="govuk-notification-banner__title" id="sp-banner-title">Penting</h2>');
    expect(out).toContain('<p class="govuk-notification-banner__heading">Layanan ditutup pada hari libur nasional.</p>');
  });

  it("announces success", async () => {
    const out = await html(
      <NotificationBanner type="success" titleId="ok" lang="en" heading="Request sent">
        <p class="govuk-body">Number 001</p>
      </NotificationBanner>,
    );
    expect(out).toContain('govuk-notification-banner--success" role="alert" aria-labelledby="ok"');
    expect(out).toContain(">Success</h2>");
    expect(out).toContain('<p class="govuk-body">Number 001</p>');
  });
});

describe("SummaryList", () => {
  it("renders rows, actions with hidden text, and no-actions rows", async () => {
    const out = await html(
      <SummaryList
        rows={[
          { key: "Nama", value: "Budi", actions: [{ href: "/ppid/permohonan/nama", text: "Ubah", visuallyHiddenText: "nama" }] },
          { key: "Alamat", value: EVIL },
        ]}
      />,
    );
    expect(out).toContain('<dt class="govuk-summary-list__key">Nama</dt>');
    expect(out).toContain('<a class="govuk-link" href="/ppid/permohonan/nama">Ubah<span class="govuk-visually-hidden"> nama</span></a>');
    expect(out).toContain("govuk-summary-list__row govuk-summary-list__row--no-actions");
    expect(out).toContain(EVIL_ESCAPED);
  });
});

describe("TaskList", () => {
  it("links tasks to their hint and status", async () => {
    const out = await html(
      <TaskList
        idPrefix="tugas"
        items={[
          { title: "Data pemohon", href: "/a", hint: "Nama dan alamat", status: "Selesai" },
          { title: "Lampiran", status: <Tag colour="grey">Belum bisa dimulai</Tag> },
        ]}
      />,
    );
    expect(out).toContain('class="govuk-task-list__item govuk-task-list__item--with-link"');
    expect(out).toContain('href="/a" aria-describedby="tugas-1-hint tugas-1-status"');
    expect(out).toContain('id="tugas-1-hint"');
    expect(out).toContain('class="govuk-task-list__status" id="tugas-1-status">Selesai');
    expect(out).toContain("govuk-task-list__status--cannot-start-yet");
    expect(out).toContain('<strong class="govuk-tag govuk-tag--grey">Belum bisa dimulai</strong>');
  });
});

describe("Breadcrumbs", () => {
  it("renders a labelled list of links", async () => {
    const out = await html(<Breadcrumbs items={[{ text: "Beranda", href: "/" }]} />);
    expect(out).toContain('<nav class="govuk-breadcrumbs" aria-label="Jejak navigasi">');
    expect(out).toContain('<a class="govuk-breadcrumbs__link" href="/">Beranda</a>');
  });
});
