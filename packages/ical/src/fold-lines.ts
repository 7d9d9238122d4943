// Line folding (RFC 5545 §3.1): a content line longer than 75 octets is split by inserting CRLF
// and one space, never inside a UTF-8 sequence. ical-generator 11's `foldLines` does this with a
// split/map/join over the whole calendar and a string append per character of every long line,
// which was half of toICS's time (issue 15); this scans the text once and copies slices.

// The folding positions are ical-generator's: at most 74 octets of content on every physical
// line (75 with a continuation line's leading space). Keeping them keeps every feed published
// before this file existed byte-for-byte the same, so subscribers see no change and caches hold.
const MAX_OCTETS = 74;

// Any UTF-16 code unit outside ASCII. Without one, octets are characters and the fold is
// arithmetic on line lengths, found with indexOf (most calendars in English have no such unit).
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * `text` (content lines separated by CRLF) with every line longer than 74 octets of UTF-8 folded:
 * CRLF and a space before the character that would pass the limit. A surrogate pair (4 octets) is
 * one character and never split; a lone surrogate counts 3 octets, as the U+FFFD an encoder writes
 * for it (the schema refuses lone surrogates, so none should reach here). Text with no long line
 * is returned as it is.
 */
export function foldContentLines(text: string): string {
  return NON_ASCII.test(text) ? foldUnicode(text) : foldAscii(text);
}

function foldAscii(text: string): string {
  const parts: string[] = [];
  let copied = 0;
  let lineStart = 0;
  const n = text.length;
  while (lineStart < n) {
    let end = text.indexOf("\r\n", lineStart);
    if (end === -1) end = n;
    for (let cut = lineStart + MAX_OCTETS; cut < end; cut += MAX_OCTETS) {
      parts.push(text.slice(copied, cut));
      copied = cut;
    }
    lineStart = end + 2;
  }
  if (copied === 0) return text;
  parts.push(text.slice(copied));
  return parts.join("\r\n ");
}

function foldUnicode(text: string): string {
  const parts: string[] = [];
  let copied = 0;
  let octets = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    let size: number;
    if (code < 0x80) {
      if (code === 13 && text.charCodeAt(i + 1) === 10) {
        octets = 0;
        i++;
        continue;
      }
      size = 1;
    } else if (code < 0x800) {
      size = 2;
    } else if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      size = next >= 0xdc00 && next <= 0xdfff ? 4 : 3;
    } else {
      size = 3;
    }
    octets += size;
    if (octets > MAX_OCTETS) {
      parts.push(text.slice(copied, i));
      copied = i;
      octets = size;
    }
    // The low half of a pair goes with its high half.
    if (size === 4) i++;
  }
  if (copied === 0) return text;
  parts.push(text.slice(copied));
  return parts.join("\r\n ");
}
