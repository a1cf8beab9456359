import { type Lang, registerMessages, t } from "../../platform/i18n/index.ts";
import "./messages-admin.ts";

registerMessages({
  "acc.field.name": { id: "Nama lengkap", en: "Full name" },
  "acc.field.email": { id: "Alamat surel (email)", en: "Email address" },
  "acc.field.password": { id: "Kata sandi", en: "Password" },
  "acc.field.new_password": { id: "Kata sandi baru", en: "New password" },
  "acc.field.confirm": { id: "Ketik ulang kata sandi", en: "Type the password again" },
  "acc.field.code": { id: "Kode keamanan", en: "Security code" },
  "acc.field.code6": { id: "Kode 6 angka dari aplikasi", en: "6-digit code from the app" },
  "acc.password_hint": {
    id: "Minimal 10 karakter. Kalimat pendek yang mudah Anda ingat lebih aman daripada kata yang rumit.",
    en: "At least 10 characters. A short sentence you remember is safer than a complicated word.",
  },
  "acc.warning": { id: "Peringatan", en: "Warning" },

  "acc.err.email_required": { id: "Masukkan alamat surel", en: "Enter an email address" },
  "acc.err.email_invalid": {
    id: "Masukkan alamat surel yang benar, misalnya nama@contoh.id",
    en: "Enter an email address in the correct format, like name@example.com",
  },
  "acc.err.email_taken": { id: "Alamat surel ini sudah dipakai akun lain", en: "This email address is already used by another account" },
  "acc.err.name_required": { id: "Masukkan nama lengkap", en: "Enter the full name" },
  "acc.err.name_long": { id: "Nama paling banyak 120 karakter", en: "The name must be 120 characters or fewer" },
  "acc.err.password_required": { id: "Masukkan kata sandi", en: "Enter a password" },
  "acc.err.password_short": { id: "Kata sandi minimal 10 karakter", en: "The password must be at least 10 characters" },
  "acc.err.password_long": { id: "Kata sandi paling banyak 200 karakter", en: "The password must be 200 characters or fewer" },
  "acc.err.password_mismatch": { id: "Kedua kata sandi tidak sama", en: "The two passwords do not match" },
  "acc.err.password_wrong": { id: "Kata sandi salah", en: "The password is wrong" },
  "acc.err.consent_required": { id: "Centang persetujuan untuk melanjutkan", en: "Tick the agreement to continue" },
  "acc.err.signin_failed": { id: "Email atau kata sandi salah", en: "Wrong email or password" },
  "acc.err.unverified": {
    id: "Alamat surel Anda belum diverifikasi. Buka tautan yang kami kirim ke surel Anda.",
    en: "Your email address is not verified yet. Open the link we sent to your email.",
  },
  "acc.err.code_required": { id: "Masukkan kode keamanan", en: "Enter the security code" },
  "acc.err.code_invalid": { id: "Kode keamanan tidak sah", en: "The security code is not valid" },
  "acc.err.code_wrong": {
    id: "Kode tidak cocok atau sudah dipakai. Masukkan kode terbaru dari aplikasi.",
    en: "The code does not match or was already used. Enter the latest code from the app.",
  },
  "acc.err.totp_not_started": { id: "Muat ulang halaman untuk memulai penyiapan", en: "Reload the page to start the setup" },

  "acc.signin.title": { id: "Masuk", en: "Sign in" },
  "acc.signin.submit": { id: "Masuk", en: "Sign in" },
  "acc.signin.forgot": { id: "Lupa kata sandi?", en: "Forgotten your password?" },
  "acc.signin.no_account": { id: "Belum punya akun?", en: "No account yet?" },
  "acc.signin.register": { id: "Daftar sebagai warga", en: "Register as a citizen" },
  "acc.signin.unverified": {
    id: "Tidak menerima surel verifikasi? Kami dapat mengirimkannya lagi.",
    en: "Did not get the verification email? We can send it again.",
  },
  "acc.signin.resend": { id: "Kirim ulang surel verifikasi", en: "Send the verification email again" },

  "acc.mfa.title": { id: "Verifikasi dua langkah", en: "Two-step verification" },
  "acc.mfa.intro": {
    id: "Buka aplikasi autentikator di ponsel Anda dan masukkan kode 6 angka untuk Satu Pintu Lebong.",
    en: "Open the authenticator app on your phone and enter the 6-digit code for Satu Pintu Lebong.",
  },
  "acc.mfa.hint": {
    id: "Kode 6 angka, atau salah satu kode pemulihan (misalnya abcde-fghjk) bila ponsel Anda tidak ada.",
    en: "The 6-digit code, or one of your recovery codes (like abcde-fghjk) if you do not have your phone.",
  },
  "acc.mfa.submit": { id: "Lanjutkan", en: "Continue" },

  "acc.totp.title": { id: "Siapkan verifikasi dua langkah", en: "Set up two-step verification" },
  "acc.totp.intro": {
    id: "Akun petugas wajib memakai kode dari aplikasi autentikator setiap kali masuk.",
    en: "Staff accounts must use a code from an authenticator app at every sign-in.",
  },
  "acc.totp.step1": {
    id: "Pasang aplikasi autentikator di ponsel Anda (misalnya Google Authenticator, Microsoft Authenticator, atau FreeOTP).",
    en: "Install an authenticator app on your phone (for example Google Authenticator, Microsoft Authenticator or FreeOTP).",
  },
  "acc.totp.step2": { id: "Pindai kode QR ini dengan aplikasi tersebut.", en: "Scan this QR code with the app." },
  "acc.totp.step3": { id: "Masukkan kode 6 angka yang muncul di aplikasi.", en: "Enter the 6-digit code the app shows." },
  "acc.totp.qr_alt": { id: "Kode QR untuk aplikasi autentikator", en: "QR code for the authenticator app" },
  "acc.totp.secret_label": { id: "Tidak bisa memindai? Ketik kunci ini di aplikasi:", en: "Cannot scan? Type this key into the app:" },
  "acc.totp.submit": { id: "Aktifkan", en: "Turn on" },
  "acc.totp.status_title": { id: "Verifikasi dua langkah", en: "Two-step verification" },
  "acc.totp.status_on": { id: "Verifikasi dua langkah aktif untuk akun Anda.", en: "Two-step verification is on for your account." },
  "acc.totp.codes_left": { id: "Sisa kode pemulihan yang belum dipakai: {n}.", en: "Unused recovery codes left: {n}." },
  "acc.totp.renew": { id: "Buat kode pemulihan baru", en: "Make new recovery codes" },
  "acc.codes.title": { id: "Kode pemulihan Anda", en: "Your recovery codes" },
  "acc.codes.warning": {
    id: "Simpan kode ini sekarang di tempat aman. Kode hanya ditampilkan sekali.",
    en: "Keep these codes somewhere safe now. They are shown only once.",
  },
  "acc.codes.use": {
    id: "Setiap kode dapat dipakai satu kali untuk masuk bila ponsel Anda hilang.",
    en: "Each code can be used once to sign in if you lose your phone.",
  },
  "acc.codes.continue": { id: "Saya sudah menyimpannya, lanjutkan", en: "I have saved them, continue" },

  "acc.register.title": { id: "Daftar akun warga", en: "Register a citizen account" },
  "acc.register.intro": {
    id: "Dengan akun, Anda dapat mengajukan permohonan informasi dan memantau jawabannya.",
    en: "With an account you can request information and follow the answers.",
  },
  "acc.register.email_hint": {
    id: "Kami akan mengirim tautan verifikasi ke alamat ini.",
    en: "We will send a verification link to this address.",
  },
  "acc.register.consent_legend": { id: "Persetujuan", en: "Agreement" },
  "acc.register.consent": {
    id: "Saya setuju data saya diproses untuk layanan informasi publik Pemerintah Kabupaten Lebong.",
    en: "I agree that my data is processed for the public information services of Lebong Regency.",
  },
  "acc.register.submit": { id: "Daftar", en: "Register" },
  "acc.register.have_account": { id: "Sudah punya akun?", en: "Already have an account?" },
  "acc.sent.title": { id: "Periksa surel Anda", en: "Check your email" },
  "acc.sent.register": {
    id: "Bila alamat tersebut dapat dipakai, kami telah mengirim tautan untuk menyelesaikan pendaftaran. Tautan berlaku 24 jam.",
    en: "If the address can be used, we have sent a link to finish the registration. The link works for 24 hours.",
  },
  "acc.sent.reset": {
    id: "Bila alamat tersebut terdaftar, kami telah mengirim tautan untuk mengatur ulang kata sandi. Tautan berlaku 1 jam.",
    en: "If the address is registered, we have sent a link to reset the password. The link works for 1 hour.",
  },
  "acc.sent.spam": {
    id: "Tidak menerima surel dalam beberapa menit? Periksa folder spam.",
    en: "Nothing after a few minutes? Check the spam folder.",
  },
  "acc.verify.title": { id: "Verifikasi alamat surel", en: "Verify your email address" },
  "acc.verify.intro": {
    id: "Tekan tombol di bawah untuk menyelesaikan pendaftaran akun Anda.",
    en: "Press the button below to finish registering your account.",
  },
  "acc.verify.submit": { id: "Verifikasi alamat surel", en: "Verify email address" },
  "acc.link.invalid_title": { id: "Tautan tidak berlaku", en: "The link does not work" },
  "acc.link.invalid_body": {
    id: "Tautan ini sudah dipakai, sudah kedaluwarsa, atau tidak lengkap. Minta tautan baru di bawah ini.",
    en: "This link was already used, has expired, or is incomplete. Ask for a new link below.",
  },
  "acc.link.new_verify": { id: "Kirim tautan verifikasi baru", en: "Send a new verification link" },
  "acc.link.new_reset": { id: "Kirim tautan baru", en: "Send a new link" },
  "acc.forgot.title": { id: "Lupa kata sandi", en: "Forgotten password" },
  "acc.forgot.intro": {
    id: "Masukkan alamat surel akun Anda. Kami akan mengirim tautan untuk membuat kata sandi baru.",
    en: "Enter your account's email address. We will send a link to make a new password.",
  },
  "acc.forgot.submit": { id: "Kirim tautan", en: "Send the link" },
  "acc.reset.title": { id: "Buat kata sandi baru", en: "Make a new password" },
  "acc.reset.submit": { id: "Simpan kata sandi", en: "Save the password" },

  "acc.profile.title": { id: "Akun saya", en: "My account" },
  "acc.profile.kind": { id: "Jenis akun", en: "Account type" },
  "acc.profile.roles": { id: "Peran", en: "Roles" },
  "acc.profile.no_roles": { id: "Belum ada peran.", en: "No roles yet." },
  "acc.profile.mfa": { id: "Verifikasi dua langkah", en: "Two-step verification" },
  "acc.profile.mfa_on": { id: "Aktif — kelola kode pemulihan", en: "On — manage recovery codes" },
  "acc.profile.change_password": { id: "Ganti kata sandi", en: "Change the password" },
  "acc.kind.staff": { id: "Petugas", en: "Staff" },
  "acc.kind.citizen": { id: "Warga", en: "Citizen" },
  "acc.delete.title": { id: "Hapus akun", en: "Delete the account" },
  "acc.delete.intro": {
    id: "Nama, alamat surel, dan kata sandi Anda akan dihapus. Permohonan dan komentar publik tetap ada dengan penulis anonim. Tindakan ini tidak dapat dibatalkan.",
    en: "Your name, email address and password will be removed. Public requests and comments remain with an anonymous author. This cannot be undone.",
  },
  "acc.delete.password": { id: "Masukkan kata sandi untuk mengonfirmasi", en: "Enter your password to confirm" },
  "acc.delete.submit": { id: "Hapus akun saya", en: "Delete my account" },
  "acc.deleted.title": { id: "Akun Anda telah dihapus", en: "Your account has been deleted" },
  "acc.deleted.body": {
    id: "Data pribadi Anda telah dihapus. Terima kasih telah memakai Satu Pintu.",
    en: "Your personal data has been removed. Thank you for using Satu Pintu.",
  },

  "acc.limit.title": { id: "Terlalu banyak percobaan", en: "Too many attempts" },
  "acc.limit.body": { id: "Demi keamanan, coba lagi dalam {n} menit.", en: "For security, try again in {n} minutes." },

  "acc.notice.terverifikasi": {
    id: "Alamat surel Anda sudah terverifikasi. Silakan masuk.",
    en: "Your email address is verified. Please sign in.",
  },
  "acc.notice.sandi_diubah": {
    id: "Kata sandi sudah disimpan. Silakan masuk dengan kata sandi baru.",
    en: "The password is saved. Please sign in with the new password.",
  },
  "acc.notice.keluar": { id: "Anda sudah keluar.", en: "You have signed out." },

  "acc.mail.footer": {
    id: "Surel ini dikirim otomatis oleh Satu Pintu — Pemerintah Kabupaten Lebong. Abaikan bila Anda tidak memintanya.",
    en: "This email was sent automatically by Satu Pintu — Lebong Regency Government. Ignore it if you did not ask for it.",
  },
  "acc.mail.verify.subject": {
    id: "Verifikasi alamat surel Anda — Satu Pintu Lebong",
    en: "Verify your email address — Satu Pintu Lebong",
  },
  "acc.mail.verify.body": {
    id: "Terima kasih telah mendaftar. Buka tautan berikut untuk memverifikasi alamat surel Anda (berlaku 24 jam, sekali pakai):\n\n{link}",
    en: "Thank you for registering. Open this link to verify your email address (works for 24 hours, once):\n\n{link}",
  },
  "acc.mail.exists.subject": { id: "Percobaan pendaftaran dengan alamat surel Anda", en: "A registration attempt with your email address" },
  "acc.mail.exists.body": {
    id: "Seseorang mencoba mendaftar di Satu Pintu Lebong dengan alamat ini, tetapi alamat ini sudah memiliki akun.\n\nMasuk: {signin}\nLupa kata sandi: {reset}",
    en: "Someone tried to register at Satu Pintu Lebong with this address, but it already has an account.\n\nSign in: {signin}\nForgotten password: {reset}",
  },
  "acc.mail.reset.subject": { id: "Atur ulang kata sandi — Satu Pintu Lebong", en: "Reset your password — Satu Pintu Lebong" },
  "acc.mail.reset.body": {
    id: "Buka tautan berikut untuk membuat kata sandi baru (berlaku 1 jam, sekali pakai):\n\n{link}",
    en: "Open this link to make a new password (works for 1 hour, once):\n\n{link}",
  },
  "acc.mail.invite.subject": { id: "Akun petugas Satu Pintu Lebong untuk Anda", en: "Your Satu Pintu Lebong staff account" },
  "acc.mail.invite.body": {
    id: "Yth. {name},\n\nAdministrator telah membuat akun petugas untuk Anda. Buka tautan berikut untuk membuat kata sandi (berlaku 72 jam, sekali pakai):\n\n{link}\n\nSaat pertama masuk, Anda akan diminta menyiapkan verifikasi dua langkah dengan aplikasi autentikator.",
    en: "Dear {name},\n\nAn administrator has created a staff account for you. Open this link to make your password (works for 72 hours, once):\n\n{link}\n\nAt your first sign-in you will set up two-step verification with an authenticator app.",
  },
});

/** The name of a role in the given language. */
export function roleLabel(lang: Lang, role: string): string {
  return t(lang, `acc.role.${role}`);
}

/** The name of a security classification in the given language. */
export function clearanceLabel(lang: Lang, clearance: string): string {
  return t(lang, `acc.clearance.${clearance}`);
}
