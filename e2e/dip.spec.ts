import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe.ts";
import { DEMO_ADMIN_PASSWORD, signInStaff } from "./helpers.ts";

// Needs the demo DIP/DIK rows (seedDipDemo in bootstrap's demo step).

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test("a citizen finds public information, the exempt list, the maklumat and the service standard", async ({ page }) => {
    await page.goto("/ppid/dip");
    await expect(page.getByRole("heading", { level: 1, name: "Daftar Informasi Publik" })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Cari informasi").fill("imunisasi");
    await page.getByRole("button", { name: "Tampilkan" }).click();
    await expect(page.getByRole("status")).toContainText("1 informasi");
    await expect(page.getByText("Cakupan imunisasi dasar lengkap per puskesmas")).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel("Cari informasi").fill("");
    await page.getByLabel("Kategori").selectOption({ label: "Serta merta" });
    await page.getByRole("button", { name: "Tampilkan" }).click();
    await expect(page.getByText(/demam berdarah dengue/)).toBeVisible();

    await page.getByRole("link", { name: "Daftar Informasi yang Dikecualikan" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Daftar Informasi yang Dikecualikan" })).toBeVisible();
    await expect(page.getByText("Pasal 17 huruf h UU 14/2008").first()).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("contentinfo").getByRole("link", { name: "Maklumat Pelayanan" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Maklumat Pelayanan Informasi Publik" })).toBeVisible();
    await expect(page.getByRole("heading", { name: /Jaminan pelayanan/ })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("link", { name: "Standar layanan dan biaya" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Standar Layanan Informasi Publik" })).toBeVisible();
    await expect(page.getByText("Rp 500")).toBeVisible();
    await expectAccessible(page);
  });
});

test("a PPID Pelaksana adds an item to the OPD's list after fixing a mistake, and the public sees it", async ({ page }) => {
  await signInStaff(page, "ppid.dinkes@lebongkab.go.id", DEMO_ADMIN_PASSWORD);
  await page.goto("/ppid/kelola/dip");
  await expect(page.getByRole("heading", { level: 1, name: "Kelola Daftar Informasi Publik" })).toBeVisible();
  // The demo data has overdue berkala items.
  await expect(page.getByText("Perlu diperbarui").first()).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Tambah informasi" }).click();
  await page.getByLabel("Ringkasan isi informasi").fill("Jadwal pelayanan posyandu per desa 2026");
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByRole("alert")).toContainText("Tuliskan pejabat atau unit yang menguasai informasi.");
  await expect(page.getByLabel("Ringkasan isi informasi")).toHaveValue("Jadwal pelayanan posyandu per desa 2026");
  await expectAccessible(page);

  await page.getByLabel("Pejabat atau unit yang menguasai").fill("Bidang Kesehatan Masyarakat");
  await page.getByLabel("Penanggung jawab pembuatan").fill("Kepala Bidang Kesehatan Masyarakat");
  await page.getByLabel("Waktu pembuatan").fill("Januari 2026");
  await page.getByLabel("Tempat pembuatan").fill("Tubei");
  await page.getByLabel("Softcopy", { exact: true }).check();
  await page.getByLabel("Jangka waktu penyimpanan").fill("1 tahun aktif, 1 tahun inaktif (JRA)");
  await page.getByLabel("Berkala").check();
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText("Daftar Informasi Publik disimpan.")).toBeVisible();
  await expectAccessible(page);

  await page.goto("/ppid/dip?q=posyandu");
  await expect(page.getByText("Jadwal pelayanan posyandu per desa 2026")).toBeVisible();
});

test("the PPID Utama edits the maklumat, published at once", async ({ page }) => {
  await signInStaff(page, "ppid.utama@lebongkab.go.id", DEMO_ADMIN_PASSWORD);
  await page.goto("/ppid/kelola/maklumat");
  await expect(page.getByRole("heading", { level: 1, name: "Ubah maklumat pelayanan" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Evaluasi kinerja pelaksana").fill("Survei kepuasan pemohon setiap semester dan laporan tahunan kepada Bupati.");
  await page.getByRole("button", { name: "Simpan" }).first().click();
  await expect(page.getByText("Maklumat pelayanan disimpan dan diterbitkan.")).toBeVisible();
  await page.goto("/ppid/maklumat");
  await expect(page.getByText("laporan tahunan kepada Bupati")).toBeVisible();
  await expect(page.getByText("Naskah contoh")).toHaveCount(0);
});
