import { escapeHtml, html, SafeHtml } from './html';

describe(escapeHtml.name, () => {
  it('escapes the characters that open tags, attributes and entities', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')">&` + '`')).toBe(
      '&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;&#96;',
    );
  });

  it('drops control characters but keeps accents, line breaks and tabs', () => {
    expect(escapeHtml('Élodie\u0000\u0007 Ñuñez\u009B\n\tØ')).toBe('Élodie Ñuñez\n\tØ');
  });

  it('leaves ordinary text alone', () => {
    expect(escapeHtml('Collège Victor-Hugo, salle B12 (2e étage)')).toBe('Collège Victor-Hugo, salle B12 (2e étage)');
  });
});

describe(html.name, () => {
  it('escapes every interpolated string', () => {
    const name = '<script>alert("x")</script>';

    const fragment = html`<td title="${name}">${name}</td>`;

    expect(fragment.value).toBe(
      '<td title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</td>',
    );
  });

  it('inserts nested fragments and lists of fragments without escaping them twice', () => {
    const rows = ['A & B', 'C < D'].map((label) => html`<li>${label}</li>`);

    const list = html`<ul>
        ${rows}
      </ul>
      <p>${html`<em>${'x > y'}</em>`}</p>`;

    expect(list.value.replace(/>\s+</g, '><')).toBe(
      '<ul><li>A &amp; B</li><li>C &lt; D</li></ul><p><em>x &gt; y</em></p>',
    );
  });

  it('prints finite numbers and refuses the others', () => {
    expect(html`<td>${669}</td>`.value).toBe('<td>669</td>');
    expect(() => html`<td>${Number.NaN}</td>`).toThrow('cannot print the number NaN');
  });

  it('refuses a list holding raw text, which would bypass escaping', () => {
    const sneaky = ['<b>raw</b>'] as unknown as SafeHtml[];

    expect(
      () =>
        html`<ul>
          ${sneaky}
        </ul>`,
    ).toThrow('only html fragments may be interpolated as a list');
  });
});
