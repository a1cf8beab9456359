import { expect, type Page, test } from "@playwright/test";
import { expectAccessible } from "./axe.ts";
import { DEMO_ADMIN_PASSWORD, signInStaff } from "./helpers.ts";
import { deskWalkIn, forwardTo } from "./ppid-helpers.ts";

const UTAMA = "ppid.utama@lebongkab.go.id";
const DINKES = "ppid.dinkes@lebongkab.go.id";

/** The desk registers a walk-in request and forwards it to Dinas Kesehatan; returns the case page URL and number. */
async function requestAtDinkes(page: Page): Promise<{ caseUrl: string; number: string }> {
  const r = await deskWalkIn(page, {
    name: "Dewi Anggraini",
    nik: "1707015507920002",
    address: "Desa Tes, Kecamatan Lebong Utara",
    phone: "081377788899",
    occupation: "Guru",
    details: "Jadwal posyandu di Kecamatan Lebong Utara tahun 2026.",
    purpose: "Disebarkan kepada orang tua murid.",
  });
  await forwardTo(page, "Dinas Kesehatan");
  return r;
}

test("a PPID Pelaksana drafts a grant, the PPID Utama approves, the notice appears on the case page", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signInStaff(page, UTAMA, DEMO_ADMIN_PASSWORD);
  const { caseUrl, number } = await requestAtDinkes(page);

  // The PPID Pelaksana of Dinas Kesehatan drafts the response, with a mistake first.
  const pelaksanaContext = await browser.newContext();
  const pelaksana = await pelaksanaContext.newPage();
  await signInStaff(pelaksana, DINKES, DEMO_ADMIN_PASSWORD);
  await pelaksana.goto(caseUrl);
  await expectAccessible(pelaksana);
  await pelaksana.getByRole("link", { name: "Susun atau tinjau tanggapan (pemberitahuan tertulis)" }).click();
  await expect(pelaksana.getByRole("heading", { level: 1 })).toContainText("Tanggapan atas permohonan");
  await expectAccessible(pelaksana);
  await pelaksana.getByLabel("Dikabulkan seluruhnya").check();
  await pelaksana.getByLabel("Dikuasai", { exact: true }).check();
  await pelaksana.getByLabel("Salinan elektronik (softcopy)").check();
  await pelaksana.getByLabel("Waktu penyampaian").fill("Paling lambat 3 hari kerja setelah pemberitahuan ini");
  await pelaksana.getByRole("button", { name: "Simpan dan ajukan ke PPID Utama" }).click();
  await expect(pelaksana.getByRole("alert")).toContainText("Isi biaya dalam rupiah");
  await expect(pelaksana.getByLabel("Waktu penyampaian")).toHaveValue("Paling lambat 3 hari kerja setelah pemberitahuan ini");
  await expectAccessible(pelaksana);
  await pelaksana.getByLabel("Biaya (rupiah)").fill("0");
  await pelaksana.getByLabel("Dikirim lewat email").check();
  await pelaksana.getByRole("button", { name: "Simpan dan ajukan ke PPID Utama" }).click();
  await expect(pelaksana.getByText("Tanggapan diajukan ke PPID Utama.")).toBeVisible();
  await expectAccessible(pelaksana);
  await pelaksanaContext.close();

  // The PPID Utama reviews and approves it.
  await page.goto(caseUrl);
  await page.getByRole("link", { name: "Susun atau tinjau tanggapan (pemberitahuan tertulis)" }).click();
  await page.getByRole("button", { name: "Tinjau tanggapan" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Tinjau tanggapan");
  await expect(page.getByText("Dikabulkan seluruhnya").first()).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Setujui dan kirim pemberitahuan" }).click();

  // Back on the case page: decided, with the written notice among the files.
  await expect(page.getByRole("heading", { level: 1, name: number })).toBeVisible();
  await expect(page.getByText("Diputus").first()).toBeVisible();
  const files = page.getByRole("region", { name: "Berkas" }).or(page.locator("section[aria-labelledby=berkas]"));
  await expect(files.getByText("Pemberitahuan tertulis")).toBeVisible();
  await expect(files.getByRole("link", { name: `pemberitahuan-tertulis-${number}.pdf` })).toBeVisible();
  await expectAccessible(page);
});
