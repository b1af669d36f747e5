/**
 * A short fingerprint of events.json's text, written into the prerendered page by
 * the build and computed again by the browser from the file it fetched: equal, the
 * page was drawn from this very file and is hydrated; different (a reader's own
 * events.json put in the bundled one's place), it is drawn afresh. Not a security
 * check, only "is this the same text": FNV-1a over the UTF-16 code units, twice with
 * different seeds (64 bits), and the length.
 */
export function fingerprintOf(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 13);
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return `${text.length.toString(36)}-${hex(a)}${hex(b)}`;
}
