import { escapeXml } from './xml';

describe('escapeXml', () => {
  it('escapes markup and drops the characters XML forbids', () => {
    expect(escapeXml(`a & b < c > "d" 'e'`)).toBe('a &amp; b &lt; c &gt; &quot;d&quot; &apos;e&apos;');
    expect(escapeXml('x\u0000y\u0007z\u000b\ttab\nline')).toBe('xyz\ttab\nline');
  });
});
