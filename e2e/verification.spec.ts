import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe.ts";

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test("a citizen on a phone checks a document: a bad ID and a file that is not a PDF are explained", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Menu utama" }).getByRole("link", { name: "Verifikasi Dokumen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Verifikasi Dokumen" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("ID dokumen").fill("bukan-id!");
  await page.getByRole("button", { name: "Lihat dokumen" }).click();
  await expect(page.getByRole("alert")).toContainText("ID dokumen tidak valid");
  await expectAccessible(page);

  await page.goto("/verifikasi");
  await page
    .getByLabel("Berkas PDF")
    .setInputFiles({ name: "surat.pdf", mimeType: "application/pdf", buffer: Buffer.from("bukan PDF, hanya teks") });
  await page.getByRole("button", { name: "Periksa berkas" }).click();
  await expect(page.getByRole("alert")).toContainText("Berkas yang dipilih bukan PDF");
  await expectAccessible(page);
});
