/** The verification registry (issued documents, Ed25519-signed entries, QR to /verifikasi/{id}). */
export {
  checkUpload,
  DOCUMENT_ID_RE,
  entryPayload,
  findBySha256,
  getIssuedDocument,
  type Issued,
  type IssuedDocument,
  type IssueInput,
  issueDocument,
  newDocumentId,
  normaliseDocumentId,
  type PreparedIssue,
  publicEntry,
  type RenderedDocument,
  registeredFile,
  renderDocument,
  revokeDocument,
  type VerifiedEntry,
  verifyEntry,
  verifyUrl,
} from "./registry.ts";
export { issuedDocuments, signingKeys } from "./schema.ts";
