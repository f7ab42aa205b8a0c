// A page object of the PDF's page tree: `/Type /Page` (not `/Pages`). Chromium (Skia) writes every object in
// clear, so counting them is exact; the integration spec checks it against a real PDF parser.
const PAGE_OBJECT = /\/Type\s*\/Page(?![A-Za-z])/g;

/** Number of pages of a PDF written by Chromium. */
export function countPdfPages(pdf: Uint8Array): number {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  return text.match(PAGE_OBJECT)?.length ?? 0;
}
