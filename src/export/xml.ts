/**
 * Text for XML 1.0 documents (GraphML, GEXF): escaped, and without the characters XML 1.0 cannot carry at all.
 */

// Control characters other than tab, newline and carriage return, lone surrogates, U+FFFE and U+FFFF.
const NOT_IN_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Element content: `&`, `<`, `>` and carriage returns escaped; characters XML cannot hold become U+FFFD. */
export function xmlText(value: string): string {
  return value
    .replace(NOT_IN_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** An attribute value in double quotes: line breaks and tabs kept as references, not normalised to spaces. */
export function xmlAttribute(value: string): string {
  return xmlText(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}
