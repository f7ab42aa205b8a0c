/** A rendered PDF file and its number of pages. */
export interface RenderedPdf {
  readonly bytes: Uint8Array;
  readonly pageCount: number;
}

/** What the renderer needs from a document: the HTML page (A4, print CSS) and the footer's left label. */
export interface PdfSource {
  readonly html: string;
  readonly footerLabel: string;
}

/** Port: turns an HTML page into an A4 PDF with `page i/n` in the footer. */
export interface PdfRenderer {
  render(source: PdfSource): Promise<RenderedPdf>;
}

export const PDF_RENDERER = Symbol('PDF_RENDERER');
