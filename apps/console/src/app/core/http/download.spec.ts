import { fileNameFromContentDisposition } from './download';

describe(fileNameFromContentDisposition.name, () => {
  it.each([
    ['attachment; filename="feuille-emargement-669.pdf"', 'feuille-emargement-669.pdf'],
    ['attachment; filename=kit-surveillant-669.pdf', 'kit-surveillant-669.pdf'],
    [
      'attachment; filename="liste.ods"; filename*=UTF-8\'\'liste-des-candidats%20%C3%A9t%C3%A9.ods',
      'liste-des-candidats été.ods',
    ],
    ['attachment; filename="../../etc/passwd"', 'passwd'],
  ])('reads « %s » as %s', (header, expected) => {
    expect(fileNameFromContentDisposition(header, 'document.pdf')).toBe(expected);
  });

  it('uses the fallback without a usable header', () => {
    expect(fileNameFromContentDisposition(null, 'document.pdf')).toBe('document.pdf');
    expect(fileNameFromContentDisposition('attachment', 'document.pdf')).toBe('document.pdf');
  });
});
