import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { tinyPng } from "../test/ppid.ts";
import { expectAccessible } from "./axe.ts";

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test("a citizen on a phone files a request with a KTP image, sees the number, and tracks it with the due date explained", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const ktp = join(tmpdir(), `ktp-${Date.now()}.png`);
  writeFileSync(ktp, tinyPng());

  await page.goto("/");
  await page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "Informasi Publik (PPID)" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Layanan informasi publik (PPID)" })).toBeVisible();
  await expect(page.getByText("10 hari kerja").first()).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Ajukan permohonan informasi" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ajukan permohonan informasi" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Nama lengkap").fill("Dewi Lestari");
  await page.getByLabel("NIK (Nomor Induk Kependudukan)").fill("1707015203900001");
  await page.getByLabel("Alamat", { exact: true }).fill("Jl. Sukowati No. 5, Muara Aman, Kabupaten Lebong");
  await page.getByLabel("Nomor telepon atau HP").fill("0812 3456 7890");
  await page.getByLabel("Alamat email").fill(`dewi.${Date.now()}@contoh.id`);
  await page.getByLabel("Pekerjaan").fill("Guru");
  await page
    .getByLabel("Rincian informasi yang dibutuhkan")
    .fill("Daftar penerima beasiswa daerah Kabupaten Lebong tahun 2026 per kecamatan.");
  await page.getByLabel("Tujuan penggunaan informasi").fill("Menyusun informasi beasiswa untuk murid di sekolah kami.");
  await page.getByRole("checkbox", { name: "Mendapatkan salinan elektronik (softcopy)" }).check();
  await page.getByRole("radio", { name: "Email", exact: true }).check();
  await page.getByLabel(/Foto atau pindaian KTP/).setInputFiles(ktp);

  // A slip first: the statement is not ticked. The form says so, keeps the text, and asks for the KTP again.
  await page.getByRole("button", { name: "Kirim permohonan" }).click();
  await expect(page.getByRole("alert")).toContainText("Centang pernyataan");
  await expect(page.getByLabel("Nama lengkap")).toHaveValue("Dewi Lestari");
  await expect(page.getByText("Pilih kembali berkas KTP")).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel(/Foto atau pindaian KTP/).setInputFiles(ktp);
  await page.getByLabel(/Saya menyatakan data yang saya isi benar/).check();
  await page.getByRole("button", { name: "Kirim permohonan" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Permohonan informasi terkirim" })).toBeVisible();
  const number = (await page.locator(".govuk-panel__body strong").textContent())?.trim() ?? "";
  expect(number).toMatch(/^PPID-\d{4}-\d{6}$/);
  const secret = (await page.locator("code.sp-secret").textContent())?.trim() ?? "";
  expect(secret.length).toBeGreaterThan(20);
  await expectAccessible(page);

  await page.getByRole("link", { name: /Buka halaman pemantauan/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: number })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Cara batas waktu dihitung" })).toBeVisible();
  await expect(page.getByText("Batas waktu adalah hari kerja ke-10 sesudahnya")).toBeVisible();
  await expect(page.getByRole("link", { name: "Tanda bukti permohonan (PDF)" })).toBeVisible();
  await expectAccessible(page);

  // Later, from the lookup form with the number and the code.
  await page.goto("/ppid/lacak");
  await expectAccessible(page);
  await page.getByLabel("Nomor pendaftaran").fill(number);
  await page.getByLabel("Kode rahasia").fill(secret);
  await page.getByRole("button", { name: "Lacak" }).click();
  await expect(page.getByRole("heading", { level: 1, name: number })).toBeVisible();
  await expect(page.getByText("Permohonan diregistrasi")).toBeVisible();
});
