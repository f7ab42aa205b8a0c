import { countPdfPages } from './pdf-page-count';

describe(countPdfPages.name, () => {
  const encode = (text: string) => new TextEncoder().encode(text);

  it('counts the page objects, not the page tree', () => {
    const pdf = encode(
      '%PDF-1.4\n1 0 obj <</Type /Pages /Count 3>>\n2 0 obj <</Type /Page>>\n3 0 obj <</Type/Page /Parent 1 0 R>>\n4 0 obj <</Type /Page>>',
    );

    expect(countPdfPages(pdf)).toBe(3);
  });

  it('reads a view on a larger buffer', () => {
    const whole = encode('xx<</Type /Page>>yy<</Type /Page>>');

    expect(countPdfPages(whole.subarray(0, 17))).toBe(1);
  });
});
