// What counts as text: a required field must show something once whitespace and invisible
// format characters (Unicode category Cf: zero-width space, joiners, bidi marks, soft hyphen…)
// are set aside, and no stored text may hold a character that XML 1.0 forbids — the exports
// are XML inside (sharedStrings.xml, document.xml), and one such character makes the whole
// workbook or document unreadable.

/** Whitespace and format characters: what a reader cannot see. */
const INVISIBLE = /[\s\p{Cf}]/gu;

/**
 * Characters outside XML 1.0's Char production: C0 controls other than tab, LF and CR, the
 * non-characters U+FFFE and U+FFFF, and surrogates that are not part of a pair (with the `u`
 * flag a well-formed pair is one code point, so only lone halves match).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/u;

/** True when `text` shows at least one visible character. */
export function hasVisibleText(text: string | null | undefined): boolean {
  return typeof text === 'string' && text.replace(INVISIBLE, '').length > 0;
}

/** True when every character of `text` may appear in an XML 1.0 document. */
export function isXmlSafe(text: string): boolean {
  return !XML_FORBIDDEN.test(text);
}

export const XML_FORBIDDEN_MESSAGE = 'must not contain control characters (other than tab and line breaks), U+FFFE, U+FFFF or unpaired surrogates';
