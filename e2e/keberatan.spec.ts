import { expect, type Page, test } from "@playwright/test";
import { expectAccessible } from "./axe.ts";
import { DEMO_ADMIN_PASSWORD, signInStaff } from "./helpers.ts";
import { deskWalkIn } from "./ppid-helpers.ts";

/** The demo Atasan PPID (Sekretaris Daerah); added to the demo accounts next to the PPID Utama. */
const ATASAN_EMAIL = "atasan.ppid@lebongkab.go.id";

/** The desk registers a walk-in request received five weeks ago (its 10 working days have passed unanswered). */
async function overdueWalkIn(page: Page): Promise<{ number: string; secret: string }> {
  return deskWalkIn(page, {
    name: "Rahmat Hidayat",
    nik: "1707011204850003",
    address: "Desa Tes, Kecamatan Lebong Selatan",
    phone: "081298765432",
    occupation: "Petani",
    details: "Daftar penerima bantuan bibit kopi Dinas Pertanian tahun 2026.",
    purpose: "Memastikan kelompok tani desa kami terdaftar.",
    receivedDaysAgo: 35,
    access: "Mendapatkan salinan cetak (hardcopy)",
  });
}

test("an objection to an unanswered request, decided by the Atasan PPID, accepted by the requester", async ({ page, browser }) => {
  // Three people sign in with TOTP (a second sign-in may wait for the next 30-second step).
  test.setTimeout(180_000);
  // The PPID Utama (who may also work the desk) records a request that was never answered.
  await signInStaff(page, "ppid.utama@lebongkab.go.id", DEMO_ADMIN_PASSWORD);
  const req = await overdueWalkIn(page);

  // The requester, on a phone, objects with the request's tracking code.
  const citizen = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const phone = await citizen.newPage();
  await phone.goto("/ppid/keberatan");
  await expect(phone.getByRole("heading", { level: 1, name: "Keberatan atas layanan informasi" })).toBeVisible();
  await expectAccessible(phone);
  await phone.getByLabel("Nomor pendaftaran permohonan").fill(req.number);
  await phone.getByLabel("Kode pelacakan").fill("kode-yang-salah");
  await phone.getByRole("button", { name: "Lanjutkan" }).click();
  await expect(phone.getByRole("alert")).toContainText("tidak cocok");
  await expectAccessible(phone);
  await phone.getByLabel("Kode pelacakan").fill(req.secret);
  await phone.getByRole("button", { name: "Lanjutkan" }).click();
  await expect(phone.getByRole("heading", { level: 1, name: "Ajukan keberatan" })).toBeVisible();
  // Reason (a) has not arisen (there is no refusal): it is explained, not offered.
  await expect(phone.getByLabel("(a) Permohonan informasi ditolak dengan alasan pengecualian (Pasal 17)")).toHaveCount(0);
  await phone.getByText(/Alasan lain yang belum atau tidak lagi dapat diajukan/).click();
  await expect(phone.getByText("(a) Permohonan informasi ditolak dengan alasan pengecualian (Pasal 17)")).toBeVisible();
  await expectAccessible(phone);
  // A mistake first: no reason ticked.
  await phone.getByLabel("Kasus posisi").fill("Sudah lebih dari 10 hari kerja, belum ada pemberitahuan tertulis.");
  await phone.getByRole("button", { name: "Ajukan keberatan" }).click();
  await expect(phone.getByRole("alert")).toContainText("Pilih paling sedikit satu alasan");
  await expect(phone.getByLabel("Kasus posisi")).toHaveValue("Sudah lebih dari 10 hari kerja, belum ada pemberitahuan tertulis.");
  await expectAccessible(phone);
  await phone.getByLabel("(c) Permohonan informasi tidak ditanggapi").check();
  await phone.getByRole("button", { name: "Ajukan keberatan" }).click();
  await expect(phone.getByText(/Keberatan Anda diterima dengan nomor KEB-\d{4}-\d{6}/)).toBeVisible();
  const tracking = phone.url().replace(/\?baru=1$/, "");
  const number = (await phone.getByRole("heading", { level: 1 }).textContent())?.trim() ?? "";
  await expectAccessible(phone);

  // The desk forwards it to the Atasan PPID.
  await page.goto("/ppid/kelola/keberatan");
  await expectAccessible(page);
  await page.getByRole("link", { name: number }).click();
  await expect(page.getByRole("heading", { level: 1, name: number })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Catatan untuk Atasan PPID (tidak wajib)").fill("Permohonan belum ditanggapi PPID Pelaksana.");
  await page.getByRole("button", { name: "Teruskan ke Atasan PPID" }).click();
  await expect(page.getByText("Menunggu keputusan Atasan PPID")).toBeVisible();
  const casePath = new URL(page.url()).pathname;

  // Only the Atasan PPID decides: the decision letter is generated and registered.
  const office = await browser.newContext();
  const atasan = await office.newPage();
  await signInStaff(atasan, ATASAN_EMAIL, DEMO_ADMIN_PASSWORD);
  await atasan.goto(casePath);
  await expectAccessible(atasan);
  await atasan.getByRole("button", { name: "Tetapkan dan kirim surat tanggapan" }).click();
  await expect(atasan.getByRole("alert")).toContainText("Pilih keputusan");
  await expectAccessible(atasan);
  await atasan.getByLabel("Keberatan dikabulkan", { exact: true }).check();
  await atasan
    .getByLabel("Pertimbangan tertulis")
    .fill("PPID Pelaksana Dinas Pertanian wajib memberikan informasi yang diminta paling lambat 5 hari kerja sejak tanggapan ini.");
  await atasan.getByRole("button", { name: "Tetapkan dan kirim surat tanggapan" }).click();
  await expect(atasan.getByText("Diputus Atasan PPID").first()).toBeVisible();
  const letter = atasan.getByRole("link", { name: "Surat tanggapan Atasan PPID (PDF)" });
  await expect(letter).toBeVisible();
  await expectAccessible(atasan);
  const docId = /\/verifikasi\/([^/]+)\/berkas/.exec((await letter.getAttribute("href")) ?? "")?.[1];
  await atasan.goto(`/verifikasi/${docId}`);
  await expect(atasan.getByText(`Tanggapan atas keberatan ${number}`).first()).toBeVisible();
  await expectAccessible(atasan);

  // The requester reads the decision and says they are satisfied.
  await phone.goto(tracking);
  await expect(phone.getByRole("link", { name: "Unduh surat tanggapan Atasan PPID (PDF)" })).toBeVisible();
  await expectAccessible(phone);
  await phone.getByLabel("Puas", { exact: true }).check();
  await phone.getByRole("button", { name: "Kirim tanggapan" }).click();
  await expect(phone.getByText("Selesai (pemohon puas)")).toBeVisible();
  await expectAccessible(phone);
  await citizen.close();
  await office.close();
});
