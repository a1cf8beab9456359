import { expect, type Page, test } from "@playwright/test";
import { expectAccessible } from "./axe.ts";
import { DEMO_ADMIN_PASSWORD, signInStaff } from "./helpers.ts";

/** The demo Atasan PPID (Sekretaris Daerah); added to the demo accounts next to the PPID Utama. */
const ATASAN_EMAIL = "atasan.ppid@lebongkab.go.id";

/** A WIB civil date `days` ago as [day, month, year] strings. */
function daysAgo(days: number): [string, string, string] {
  const d = new Date(Date.now() + 7 * 3_600_000 - days * 86_400_000);
  return [String(d.getUTCDate()), String(d.getUTCMonth() + 1), String(d.getUTCFullYear())];
}

/** The desk registers a walk-in request received five weeks ago (its 10 working days have passed unanswered). */
async function overdueWalkIn(page: Page): Promise<{ number: string; secret: string }> {
  await page.goto("/ppid/kelola/baru");
  const [d, m, y] = daysAgo(35);
  const received = page.getByRole("group", { name: "Tanggal diterima" });
  await received.getByLabel("Tanggal").fill(d);
  await received.getByLabel("Bulan").fill(m);
  await received.getByLabel("Tahun").fill(y);
  await page.getByLabel("Jam diterima (WIB)").fill("09:30");
  await page.getByLabel("Perorangan", { exact: true }).check();
  await page.getByLabel("Nama lengkap").fill("Rahmat Hidayat");
  await page.getByLabel("NIK (perorangan dan kelompok)").fill("1707011204850003");
  await page.getByLabel("Alamat", { exact: true }).fill("Desa Tes, Kecamatan Lebong Selatan");
  await page.getByLabel("Nomor telepon").fill("081298765432");
  await page.getByLabel("Pekerjaan").fill("Petani");
  await page.getByLabel("Identitas asli sudah diperiksa di loket").check();
  await page.getByLabel("Rincian informasi yang dibutuhkan").fill("Daftar penerima bantuan bibit kopi Dinas Pertanian tahun 2026.");
  await page.getByLabel("Tujuan penggunaan informasi").fill("Memastikan kelompok tani desa kami terdaftar.");
  await page.getByLabel("Mendapatkan salinan cetak (hardcopy)").check();
  await page.getByLabel("Mengambil langsung").check();
  await page.getByRole("button", { name: "Registrasi permohonan" }).click();
  const url = (await page.locator("code").first().textContent())?.trim() ?? "";
  const m2 = /\/ppid\/lacak\/(PPID-\d{4}-\d{6})\/([\w-]+)$/.exec(url);
  expect(m2, `tracking link on the done page: ${url}`).not.toBeNull();
  return { number: m2![1], secret: m2![2] };
}

test("an objection to an unanswered request, decided by the Atasan PPID, accepted by the requester", async ({ page, browser }) => {
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
  await expect(phone.getByLabel("(a) Permohonan informasi ditolak dengan alasan pengecualian (Pasal 17)")).toBeDisabled();
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
  await expect(atasan.getByText(`Tanggapan atas keberatan ${number}`)).toBeVisible();
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
