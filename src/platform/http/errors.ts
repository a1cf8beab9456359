/** Errors a command or route throws; the app turns them into responses. */
export class HttpError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429 | 503,
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** Field errors keyed by field name, messages in the request's language. */
export type FieldErrors = Record<string, string>;

export class ValidationError extends HttpError {
  constructor(
    readonly fields: FieldErrors,
    message = "Periksa kembali isian Anda.",
  ) {
    super(400, message, "validation_error");
  }
}

export const unauthorized = (msg = "Silakan masuk terlebih dahulu.") => new HttpError(401, msg, "unauthorized");
export const forbidden = (msg = "Anda tidak berwenang melakukan tindakan ini.") => new HttpError(403, msg, "forbidden");
export const notFound = (msg = "Halaman tidak ditemukan.") => new HttpError(404, msg, "not_found");
export const conflict = (msg: string) => new HttpError(409, msg, "conflict");
