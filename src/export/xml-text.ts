// Text for the XML the exports write themselves: characters XML 1.0 cannot hold are dropped
// (Word and Excel refuse a file that contains one) and markup characters are escaped.

// Control characters other than tab, LF and CR, lone surrogates and the two non-characters.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function printable(text: string): string {
  return text.replace(NOT_XML, '');
}

/** & < > escaped, for element text (quotes need no escaping outside attributes). */
export function escapeMarkup(text: string): string {
  return /[&<>]/.test(text) ? text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : text;
}

/** Any text as element text: printable and escaped. */
export function escapeText(text: string): string {
  return escapeMarkup(printable(text));
}
