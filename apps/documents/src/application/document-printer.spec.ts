import type { PdfRenderer, PdfSource, RenderedPdf } from '../domain/pdf-renderer';
import { html } from '../domain/html';
import { DocumentPrinter, MAX_BASE64_LENGTH } from './document-printer';

class FakeRenderer implements PdfRenderer {
  readonly sources: PdfSource[] = [];

  constructor(private readonly pdf: RenderedPdf) {}

  async render(source: PdfSource): Promise<RenderedPdf> {
    this.sources.push(source);
    return this.pdf;
  }
}

const document = {
  fileName: 'pv-fraude-7.pdf',
  html: html`<p>${'PV'}</p>`,
  footerLabel: 'PV de fraude – session n° 7',
};

describe(DocumentPrinter.name, () => {
  it('renders the HTML with its footer and packs the PDF in base64', async () => {
    const renderer = new FakeRenderer({ bytes: new TextEncoder().encode('%PDF-1.7'), pageCount: 1 });

    const rendered = await new DocumentPrinter(renderer).print(document);

    expect(renderer.sources).toEqual([{ html: '<p>PV</p>', footerLabel: 'PV de fraude – session n° 7' }]);
    expect(rendered).toEqual({
      fileName: 'pv-fraude-7.pdf',
      contentType: 'application/pdf',
      pageCount: 1,
      base64: Buffer.from('%PDF-1.7').toString('base64'),
    });
  });

  it('refuses a PDF whose base64 would not fit in a NATS reply', async () => {
    const tooBig = new Uint8Array((MAX_BASE64_LENGTH / 4) * 3 + 3);
    const printer = new DocumentPrinter(new FakeRenderer({ bytes: tooBig, pageCount: 40 }));

    await expect(printer.print(document)).rejects.toMatchObject({
      code: 'DOCUMENT_TOO_LARGE',
      details: { fileName: 'pv-fraude-7.pdf', maxBase64Length: MAX_BASE64_LENGTH },
    });
  });

  it('accepts a PDF right at the limit', async () => {
    const atLimit = new Uint8Array((MAX_BASE64_LENGTH / 4) * 3);
    const printer = new DocumentPrinter(new FakeRenderer({ bytes: atLimit, pageCount: 40 }));

    const rendered = await printer.print(document);

    expect(rendered.base64).toHaveLength(MAX_BASE64_LENGTH);
  });
});
