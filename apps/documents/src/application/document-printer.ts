import { Inject, Injectable } from '@nestjs/common';
import { DocumentsErrorCode, type RenderedDocument } from '@pix/contracts';
import { DomainError } from '@pix/kernel';
import { PDF_RENDERER, type PdfRenderer, type RenderedPdf } from '../domain/pdf-renderer';
import type { PrintableDocument } from '../domain/printable-document';

/**
 * nats-server refuses messages over `max_payload`: 8 MiB on our servers (infra/nats/nats-server.conf). The reply
 * is JSON around the base64 text; keep 64 KiB for that envelope and the headers.
 */
export const MAX_BASE64_LENGTH = 8 * 1_048_576 - 65_536;

/** Renders a printable document and packs it for a NATS reply. */
@Injectable()
export class DocumentPrinter {
  constructor(@Inject(PDF_RENDERER) private readonly renderer: PdfRenderer) {}

  async print(document: PrintableDocument): Promise<RenderedDocument> {
    const pdf = await this.render(document);
    const base64 = Buffer.from(pdf.bytes.buffer, pdf.bytes.byteOffset, pdf.bytes.byteLength).toString('base64');
    if (base64.length > MAX_BASE64_LENGTH) {
      throw new DomainError(
        DocumentsErrorCode.DOCUMENT_TOO_LARGE,
        'Le document est trop volumineux pour être envoyé.',
        {
          fileName: document.fileName,
          base64Length: base64.length,
          maxBase64Length: MAX_BASE64_LENGTH,
        },
      );
    }
    return { fileName: document.fileName, contentType: 'application/pdf', pageCount: pdf.pageCount, base64 };
  }

  /** The PDF bytes alone (the attestation batches store them, then merge them). */
  render(document: PrintableDocument): Promise<RenderedPdf> {
    return this.renderer.render({ html: document.html.value, footerLabel: document.footerLabel });
  }
}
