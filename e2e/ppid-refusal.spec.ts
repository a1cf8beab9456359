import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe.ts";
import { DEMO_ADMIN_PASSWORD, signInStaff } from "./helpers.ts";
import { deskWalkIn, forwardTo } from "./ppid-helpers.ts";

/**
 * A refusal with an exemption: the request asks for patients' medical records;
 * the PPID Pelaksana of Dinas Kesehatan refuses it citing the DIK entry (Pasal 17
 * huruf h, with its uji konsekuensi), the PPID Utama approves, and the requester
 * reads the written notice with the ground, the test result and the period.
 */
test("a refusal citing an exemption (DIK) reaches the requester with its Pasal 17 ground", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signInStaff(page, "ppid.utama@lebongkab.go.id", DEMO_ADMIN_PASSWORD);
  const req = await deskWalkIn(page, {
    name: "Yusuf Maulana",
    nik: "1707010101800004",
    address: "Desa Tes, Kecamatan Lebong Tengah",
    phone: "081255566677",
    occupation: "Wartawan",
    details: "Salinan rekam medis seluruh pasien Puskesmas Muara Aman bulan Oktober 2026.",
    purpose: "Bahan liputan tentang layanan kesehatan.",
  });
  await forwardTo(page, "Dinas Kesehatan");

  // The PPID Pelaksana drafts a refusal: first without an exemption (refused), then with DIK-…-001.
  const ctx = await browser.newContext();
  const pelaksana = await ctx.newPage();
  await signInStaff(pelaksana, "ppid.dinkes@lebongkab.go.id", DEMO_ADMIN_PASSWORD);
  await pelaksana.goto(req.caseUrl);
  await pelaksana.getByRole("link", { name: "Susun atau tinjau tanggapan (pemberitahuan tertulis)" }).click();
  await expectAccessible(pelaksana);
  await pelaksana.getByLabel("Ditolak (informasi dikecualikan)").check();
  await pelaksana.getByLabel("Dikuasai", { exact: true }).check();
  await pelaksana.getByLabel("Alasan penolakan").fill("Rekam medis memuat rahasia pribadi pasien yang dilindungi undang-undang.");
  await pelaksana.getByRole("button", { name: "Simpan dan ajukan ke PPID Utama" }).click();
  await expect(pelaksana.getByRole("alert")).toContainText("Daftar Informasi yang Dikecualikan");
  await expectAccessible(pelaksana);
  await pelaksana.getByLabel(/DIK-\d{4}-001 — Rekam medis/).check();
  await pelaksana.getByRole("button", { name: "Simpan dan ajukan ke PPID Utama" }).click();
  await expect(pelaksana.getByText("Tanggapan diajukan ke PPID Utama.")).toBeVisible();
  await ctx.close();

  // The PPID Utama approves.
  await page.goto(req.caseUrl);
  await page.getByRole("link", { name: "Susun atau tinjau tanggapan (pemberitahuan tertulis)" }).click();
  await page.getByRole("button", { name: "Tinjau tanggapan" }).click();
  await expect(page.getByText("Ditolak (informasi dikecualikan)").first()).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Setujui dan kirim pemberitahuan" }).click();
  await expect(page.getByText("Diputus").first()).toBeVisible();

  // The requester, on a phone, follows the tracking link and reads the notice.
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
  const citizen = await phone.newPage();
  await citizen.goto(`/ppid/lacak/${req.number}/${req.secret}`);
  await expect(citizen.getByText("Ditolak").first()).toBeVisible();
  await expectAccessible(citizen);
  const notice = citizen.getByRole("link", { name: "Pemberitahuan tertulis (PDF)" });
  const res = await citizen.request.get((await notice.getAttribute("href")) ?? "");
  expect(res.status()).toBe(200);
  const dir = mkdtempSync(join(tmpdir(), "sp-refusal-"));
  const file = join(dir, "pemberitahuan.pdf");
  writeFileSync(file, await res.body());
  const text = execFileSync("pdftotext", ["-layout", file, "-"]).toString().replace(/\s+/g, " ");
  expect(text).toContain(req.number);
  expect(text).toMatch(/Pasal 17 huruf h/i);
  expect(text).toMatch(/uji konsekuensi/i);
  expect(text).toMatch(/Tanpa batas waktu|jangka waktu/i);
  // The page offers the objection route with its own deadline.
  await expect(citizen.getByRole("link", { name: /Ajukan keberatan/ })).toBeVisible();
  await phone.close();
});
