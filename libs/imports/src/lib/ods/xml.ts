/** XML 1.0 forbids control characters other than tab, line feed and carriage return, and U+FFFE/U+FFFF. */
function isAllowedInXml(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d;
  return code !== 0xfffe && code !== 0xffff;
}

export function escapeXml(value: string): string {
  return [...value]
    .filter(isAllowedInXml)
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
