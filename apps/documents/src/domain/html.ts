/** HTML produced by {@link html}: inserted as is into an enclosing template, never escaped twice. */
export class SafeHtml {
  constructor(readonly value: string) {}

  toString(): string {
    return this.value;
  }
}

/** What a template may interpolate: text and numbers are escaped, fragments built with {@link html} are not. */
export type HtmlValue = string | number | SafeHtml | readonly SafeHtml[];

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

// C0 and C1 control characters (except tab, line feed and carriage return) and the Unicode non-characters
// have no place in a printed document: they are dropped rather than passed to the HTML parser.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;

/** Escapes text for an HTML text node or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"'`]/g, (character) => ESCAPES[character] ?? character);
}

/**
 * Tagged template for the document templates: every interpolated value is escaped unless it is itself the
 * output of `html` (or an array of such outputs). There is no way to insert raw text by accident.
 */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(out);
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (typeof value === 'string') return escapeHtml(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot print the number ${value}`);
    return String(value);
  }
  return value
    .map((fragment) => {
      if (!(fragment instanceof SafeHtml)) throw new Error('only html fragments may be interpolated as a list');
      return fragment.value;
    })
    .join('');
}
