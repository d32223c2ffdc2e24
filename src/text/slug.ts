/** Lower case without accents: "Šefčovič" → "sefcovic". */
const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Without diacritics, case kept: "Chișinău" → "Chisinau" (plain ASCII is returned as it is, cheaply). */
export const foldDiacritics = (text: string): string =>
  // biome-ignore lint/suspicious/noControlCharactersInRegex: all of ASCII, control characters included
  /^[\x00-\x7f]*$/.test(text)
    ? text
    : text
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .normalize('NFC');

/** "Olaf Scholz" → "olaf-scholz"; accents dropped, anything but letters and digits becomes one hyphen. */
export function slugify(text: string): string {
  return fold(text)
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** Case-, accent- and punctuation-insensitive form of a name, for matching names against each other. */
export function normalizeName(text: string): string {
  return fold(text)
    .replace(/['’`]s\b/g, '')
    .replace(/[’'`".,]/g, '')
    .replace(/-/g, ' ')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lower case without accents, full stops or apostrophes, hyphens as spaces: "Zürich" → "zurich", "St. Louis" → "st louis". */
export function foldName(text: string): string {
  return fold(text)
    .replace(/[’'`.]/g, '')
    .replace(/[-\s]+/g, ' ')
    .trim();
}
