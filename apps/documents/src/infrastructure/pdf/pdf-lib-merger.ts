import { PDFDocument } from 'pdf-lib';
import type { PdfMerger } from '../../domain/attestation-source';

/**
 * Merges PDFs with pdf-lib, one source at a time (only the merged document and one source are in memory).
 * Object streams keep the file small; the fonts Chromium embedded stay per source (subsets differ).
 */
export class PdfLibMerger implements PdfMerger {
  async merge(pdfs: AsyncIterable<Uint8Array>): Promise<{ bytes: Uint8Array; pageCount: number }> {
    const merged = await PDFDocument.create();
    merged.setTitle('Attestations de certification Pix');
    merged.setLanguage('fr-FR');
    merged.setProducer('Pix certification – documents');
    for await (const bytes of pdfs) {
      const source = await PDFDocument.load(bytes);
      const pages = await merged.copyPages(source, source.getPageIndices());
      for (const page of pages) merged.addPage(page);
    }
    return { bytes: await merged.save({ useObjectStreams: true }), pageCount: merged.getPageCount() };
  }
}
