export { type PdfBlock, type PdfDocumentInput, renderPdfDocument, wrapText } from "./document.ts";
