import { expect, test } from "@playwright/test";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { expectAccessible } from "./axe.ts";
import { ADMIN_EMAIL, DEMO_ADMIN_PASSWORD, signInStaff } from "./helpers.ts";

test.use({ viewport: { width: 1280, height: 900 } });

/** A one-page text PDF whose body holds a word that is in no title or metadata. */
async function letterPdf(word: string): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  page.drawText("Nota dinas tentang pemeliharaan saluran irigasi desa.", { x: 50, y: 780, size: 12, font });
  page.drawText(`Kata sandi lapangan: ${word}.`, { x: 50, y: 760, size: 12, font });
  return Buffer.from(await doc.save());
}

test("an admin files a letter, finds it by a word in its text; a citizen does not find a record that is not public", async ({
  page,
  browser,
}) => {
  const word = `kincirair${Date.now().toString(36)}`;
  await signInStaff(page, ADMIN_EMAIL, DEMO_ADMIN_PASSWORD);
  await page.goto("/arsip/kelola");
  await expect(page.getByRole("heading", { level: 1, name: "Kelola arsip" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Unggah arsip baru" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Unggah arsip baru" })).toBeVisible();
  await expectAccessible(page);

  // A mistake first: no file, no title. The form comes back with the messages and keeps what was typed.
  await page.getByLabel("Jenis naskah").fill("Nota dinas");
  await page.getByRole("button", { name: "Simpan arsip" }).click();
  await expect(page.getByRole("alert")).toContainText("Ada masalah");
  await expect(page.getByLabel("Jenis naskah")).toHaveValue("Nota dinas");
  await expectAccessible(page);

  await page.getByLabel("Berkas").setInputFiles({ name: "nota-irigasi.pdf", mimeType: "application/pdf", buffer: await letterPdf(word) });
  await page.getByLabel("Judul").fill("Nota dinas pemeliharaan irigasi");
  await page.getByLabel("Perangkat daerah pencipta").selectOption({ label: "Dinas Komunikasi, Informatika, Statistik dan Persandian" });
  const date = page.getByRole("group", { name: "Tanggal arsip" });
  await date.getByLabel("Tanggal", { exact: true }).fill("17");
  await date.getByLabel("Bulan").fill("8");
  await date.getByLabel("Tahun").fill("2026");
  await page.getByLabel("Kode klasifikasi").fill("500.12.18.1");
  await page.getByRole("button", { name: "Simpan arsip" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nota dinas pemeliharaan irigasi" })).toBeVisible();
  await expectAccessible(page);

  // The text is extracted by a background job: the word is found once it has run.
  await expect(async () => {
    await page.goto(`/arsip/kelola?q=${word}`);
    await expect(page.getByRole("link", { name: "Nota dinas pemeliharaan irigasi" })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.locator("mark").first()).toContainText(word);
  await expectAccessible(page);

  // Not marked public: a citizen's search finds nothing, not even a count.
  const anonymous = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const citizen = await anonymous.newPage();
  await citizen.goto(`/arsip?q=${word}`);
  await expect(citizen.getByRole("heading", { level: 1, name: "Arsip" })).toBeVisible();
  await expect(citizen.getByText("Nota dinas pemeliharaan irigasi")).toHaveCount(0);
  await expect(citizen.locator("mark")).toHaveCount(0);
  await expectAccessible(citizen);
  await anonymous.close();
});
