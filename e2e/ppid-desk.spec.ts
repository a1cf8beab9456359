import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe.ts";
import { DEMO_ADMIN_PASSWORD, signInStaff } from "./helpers.ts";

/** Yesterday in Asia/Jakarta as [day, month, year]: a receipt time in the past whatever the hour of the run. */
function yesterdayWib(): [string, string, string] {
  const d = new Date(Date.now() + 7 * 3_600_000 - 86_400_000);
  return [String(d.getUTCDate()), String(d.getUTCMonth() + 1), String(d.getUTCFullYear())];
}

test.use({ viewport: { width: 1280, height: 900 } });

test("the desk registers a walk-in request and routes it to Dinas Kesehatan", async ({ page }) => {
  // The demo petugas layanan (meja PPID) holds the desk role; demo staff share the demo password.
  await signInStaff(page, "petugas.ppid@lebongkab.go.id", DEMO_ADMIN_PASSWORD);
  await expect(page.getByRole("button", { name: "Keluar" })).toBeVisible();

  await page.goto("/ppid/kelola");
  await expect(page.getByRole("heading", { level: 1, name: "Antrean permohonan informasi" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Catat permohonan dari loket" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Catat permohonan informasi dari loket" })).toBeVisible();
  await expectAccessible(page);

  // A mistake first: the form comes back with the messages and keeps what was typed.
  await page.getByLabel("Nama lengkap").fill("Hendra Gunawan");
  await page.getByRole("button", { name: "Registrasi permohonan" }).click();
  await expect(page.getByRole("alert")).toContainText("Ada masalah");
  await expect(page.getByLabel("Nama lengkap")).toHaveValue("Hendra Gunawan");
  await expectAccessible(page);

  const [day, month, year] = yesterdayWib();
  const received = page.getByRole("group", { name: "Tanggal diterima" });
  await received.getByLabel("Tanggal", { exact: true }).fill(day);
  await received.getByLabel("Bulan").fill(month);
  await received.getByLabel("Tahun").fill(year);
  await page.getByLabel("Jam diterima (WIB)").fill("10:00");
  await page.getByLabel("Perorangan", { exact: true }).check();
  await page.getByLabel("NIK (perorangan dan kelompok)").fill("1707015203900001");
  await page.getByLabel("Alamat", { exact: true }).fill("Jl. Raya Tubei No. 7, Kabupaten Lebong");
  await page.getByLabel("Nomor telepon").fill("081234567890");
  await page.getByLabel("Alamat email").fill("hendra@contoh.id");
  await page.getByLabel("Pekerjaan").fill("Guru");
  await page.getByLabel("Identitas asli sudah diperiksa di loket").check();
  await page.getByLabel("Rincian informasi yang dibutuhkan").fill("Jumlah tenaga kesehatan per puskesmas di Kabupaten Lebong tahun 2025.");
  await page.getByLabel("Tujuan penggunaan informasi").fill("Bahan penelitian skripsi tentang pemerataan layanan kesehatan.");
  await page.getByLabel("Mendapatkan salinan elektronik (softcopy)").check();
  await page.getByRole("group", { name: "Cara mendapatkan salinan" }).getByLabel("Email").check();
  await page.getByRole("button", { name: "Registrasi permohonan" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Permohonan terdaftar" })).toBeVisible();
  const number = (await page.locator(".govuk-panel__body strong").textContent())?.trim() ?? "";
  expect(number).toMatch(/^PPID-\d{4}-\d{6}$/);
  await expect(page.getByText(/\/ppid\/lacak\/PPID-\d{4}-\d{6}\//)).toBeVisible();
  await expect(page.getByRole("button", { name: "Cetak tanda bukti" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Buka permohonan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: number })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Cara perhitungan" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("OPD yang menguasai informasi").selectOption({ label: "Dinas Kesehatan" });
  await page.getByRole("button", { name: "Teruskan", exact: true }).click();
  await expect(page.getByText("Permohonan diteruskan ke OPD dan PPID Pelaksananya diberi tahu.")).toBeVisible();
  await expect(page.getByText("Diproses PPID Pelaksana").first()).toBeVisible();
  await expectAccessible(page);

  await page.goto("/ppid/kelola?bagian=proses");
  const row = page.getByRole("row", { name: new RegExp(number) });
  await expect(row).toContainText("Dinas Kesehatan");
  await expectAccessible(page);
});
