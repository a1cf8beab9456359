export { type PdfBlock, type PdfDocumentInput, renderPdfDocument, wrapText } from "./document.ts";
export { type Redaction, type RedactionRule, type RedactPdfOptions, type RedactPdfResult, redactionReasons, redactPdf } from "./redact.ts";
