import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { expectAccessible } from "./axe.ts";
import { DEMO_ADMIN_PASSWORD, signInStaff } from "./helpers.ts";

const REGISTER_HEADER =
  "No,Tanggal permohonan,Nama,Alamat,Nomor kontak,Pekerjaan,Informasi yang diminta,Tujuan penggunaan,Status informasi,Bentuk (softcopy/hardcopy),Jenis permohonan (melihat/salinan),Keputusan,Alasan penolakan,Tanggal pemberitahuan tertulis,Tanggal penyerahan,Biaya & cara bayar";

/** Clicks a download link and returns the saved file's bytes and suggested name. */
async function download(page: Page, name: RegExp | string): Promise<{ bytes: Buffer; file: string }> {
  const [dl] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
  const path = await dl.path();
  return { bytes: readFileSync(path), file: dl.suggestedFilename() };
}

test("the public register and statistics are open to everyone, with the metric definitions", async ({ page }) => {
  await page.goto("/ppid/register");
  await expect(page.getByRole("heading", { level: 1, name: "Register permohonan informasi publik" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Status").selectOption({ label: "Selesai" });
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/status=SELESAI/);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Statistik layanan dan definisi angka" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Statistik layanan informasi publik" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Definisi angka" })).toBeVisible();
  await expect(page.getByText("Waktu respons", { exact: true })).toBeVisible();
  await expectAccessible(page);
  const api = await page.request.get("/api/v1/register");
  expect(api.status()).toBe(200);
  expect(await api.json()).toMatchObject({ page: 1, pageSize: 50 });
});

test("the PPID Utama downloads the register and the annual report and opens them", async ({ page }) => {
  await signInStaff(page, "ppid.utama@lebongkab.go.id", DEMO_ADMIN_PASSWORD);
  await expect(page.getByRole("button", { name: "Keluar" })).toBeVisible();
  const year = new Date().getFullYear();

  await page.goto(`/ppid/kelola/register?tahun=${year}`);
  await expect(page.getByRole("heading", { level: 1, name: "Buku register" })).toBeVisible();
  await expectAccessible(page);

  const csv = await download(page, /Register permohonan informasi \(CSV\)/);
  expect(csv.file).toBe(`register-permohonan-${year}-tahunan.csv`);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.bytes.subarray(3).toString("utf8").split("\r\n")[0]).toBe(REGISTER_HEADER);

  const { default: ExcelJS } = await import("exceljs");
  const xlsx = await download(page, /Register permohonan informasi \(XLSX\)/);
  expect(xlsx.file).toBe(`register-permohonan-${year}-tahunan.xlsx`);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx.bytes as never);
  expect((book.worksheets[0].getRow(2).values as unknown[]).slice(1).join(",")).toBe(REGISTER_HEADER);

  // A bad period is explained on the page.
  await page.getByLabel("Tahun", { exact: true }).fill("20x6");
  await page.getByRole("button", { name: "Tampilkan" }).click();
  await expect(page.getByRole("alert")).toContainText("Tahun ditulis 4 angka.");
  await expectAccessible(page);

  // The annual report: the narrative, then both downloads.
  await page.goto(`/ppid/kelola/laporan?tahun=${year}&periode=tahunan`);
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(`Laporan layanan informasi publik: Tahun ${year}`) })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(/A\. Gambaran umum kebijakan/).fill("Perbup Lebong 68/2017 tentang pedoman PPID.");
  await page.getByLabel(/E\. Kendala/).fill("Jaringan internet di kecamatan terpencil belum stabil.");
  await page.getByRole("button", { name: "Simpan narasi" }).click();
  await expect(page.getByText("Narasi laporan disimpan.")).toBeVisible();
  await expectAccessible(page);

  const pdf = await download(page, `Unduh laporan-${year}-tahunan.pdf`);
  expect(pdf.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const { extractText, getDocumentProxy } = await import("unpdf");
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf.bytes)), { mergePages: true });
  expect(text).toContain(`LAPORAN LAYANAN INFORMASI PUBLIK TAHUN ${year}`);
  expect(text).toContain("Perbup Lebong 68/2017");
  const id = /ID dokumen: ([a-z2-7]{16})/.exec(text)?.[1];
  expect(id).toBeTruthy();

  const report = await download(page, `Unduh laporan-${year}-tahunan.xlsx`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(report.bytes as never);
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Ringkasan", "Per OPD", "Penolakan", "Keberatan", "Definisi"]);

  // The report PDF is registered: its verification page answers.
  await page.goto(`/verifikasi/${id}`);
  await expect(page.getByText(`Laporan Layanan Informasi Publik Tahun ${year}`).first()).toBeVisible();
  await expectAccessible(page);
});
