// Text built to break iCalendar writers and readers: the characters RFC 5545 escapes (§3.3.11) or
// quotes (§3.2), text that looks like content lines, parameters and escapes, RFC 6868 caret
// sequences, very long runs that move the 75-octet fold (§3.1) onto astral characters, combining
// marks and joiners, right-to-left text and marks. Valid text stays within what the schema
// accepts; `forbidden()` gives what it must refuse (controls, lone CR, separators, surrogates).
//
// U+FDD0–U+FDD3 are never generated: the Python harness (packages/ical/test/readers/read_ics.py)
// uses them as placeholders while working around python3-icalendar 4.0.3's escape handling.

const LOOKALIKES = [
  "\\",
  ";",
  ",",
  ":",
  '"',
  "'",
  "^",
  "^n",
  "^N",
  "^'",
  "^^",
  "\\n",
  "\\N",
  "\\,",
  "\\;",
  "\\:",
  "\\\\",
  "\\t",
  "\\\\n",
  "%0D%0A",
  "&#13;&#10;",
  "=0D=0A",
  "BEGIN:VEVENT",
  "END:VEVENT",
  "END:VCALENDAR",
  "BEGIN:VALARM",
  "UID:evil@example.org",
  "ATTENDEE;ROLE=CHAIR:mailto:evil@example.org",
  ";CN=x:mailto:y@example.org",
  '";X-EVIL=1:',
  '"',
  '""',
  "X-LIC-ERROR:boom",
  "DTSTART:19700101T000000Z",
  "RRULE:FREQ=SECONDLY",
  "mailto:",
  "tel:+1",
  "https://evil.example/?a=1;b=2,3",
  "<b>bold</b>",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text is the point
  "${x}",
  "=?utf-8?q?x?=",
];

const UNICODE = [
  "👩🏽‍💻",
  "🏳️‍🌈",
  "👨‍👩‍👧‍👦",
  "🇰🇪",
  "🧑🏿‍🤝‍🧑🏻",
  "😀",
  "𝕳𝖊𝖑𝖑𝖔",
  "𠜎𠝹",
  "e\u0301",
  "a\u0308\u0301",
  "Z\u0336\u0337\u0338\u0335",
  "\u0915\u094d\u0937",
  "\u0e01\u0e33",
  "مرحبا بالعالم",
  "עברית",
  "ئۇيغۇرچە",
  "日本語のテキスト",
  "한국어",
  "ትግርኛ",
  "\u200f",
  "\u200e",
  "\u202e",
  "\u2066",
  "\u2069",
  "\u200d",
  "\u200c",
  "\u200b",
  "\ufeff",
  "\u00a0",
  "\u3000",
  "\ufe0f",
  "\u{e0067}\u{e0062}",
  "\ufffd",
  "\uffff",
  "ß",
  "İ",
  "ﬃ",
];

// Code point ranges for free text: Latin, Greek, Cyrillic, Hebrew, Arabic, Devanagari, Thai,
// Ethiopic, CJK, Hangul, combining marks, emoji and astral letters.
const RANGES = [
  [0x20, 0x7e],
  [0x20, 0x7e],
  [0xa1, 0x17f],
  [0x300, 0x36f],
  [0x391, 0x3c9],
  [0x410, 0x44f],
  [0x5d0, 0x5ea],
  [0x620, 0x64a],
  [0x900, 0x97f],
  [0xe01, 0xe3a],
  [0x1200, 0x137c],
  [0x4e00, 0x4fff],
  [0xac00, 0xad00],
  [0x1f300, 0x1f64f],
  [0x1d400, 0x1d4ff],
  [0x20000, 0x2002f],
];

function freeText(r, n) {
  let s = "";
  for (let i = 0; i < n; i++) {
    const [lo, hi] = r.pick(RANGES);
    const cp = r.int(lo, hi);
    // Noncharacters the Python harness reserves (see the top of this file).
    s += cp >= 0xfdd0 && cp <= 0xfdd3 ? "x" : String.fromCodePoint(cp);
  }
  return s;
}

function piece(r, multiLine) {
  return r.weighted([
    [4, () => r.pick(LOOKALIKES)],
    [4, () => r.pick(UNICODE)],
    [3, () => freeText(r, r.int(1, 8))],
    // A run that moves the next character onto a fold boundary.
    [2, () => "x".repeat(r.int(60, 80))],
    [1, () => " ".repeat(r.int(1, 3))],
    [multiLine ? 3 : 0, () => r.pick(["\n", "\r\n", "\t", "\n\n", " \r\n ", "\r\n\r\n", "\t\n"])],
  ])();
}

/** Cuts `s` to at most `max` UTF-16 units without splitting a surrogate pair. */
function cut(s, max) {
  if (s.length <= max) return s;
  let end = max;
  const code = s.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return s.slice(0, end);
}

/** Hostile single-line text the schema accepts: 1..max units, something visible, no control. */
export function hostileLine(r, max = 200) {
  const parts = r.size(6, 40, 0.05);
  let s = "";
  for (let i = 0; i <= parts; i++) s += piece(r, false);
  if (r.chance(0.02)) s += "y".repeat(r.int(100, max));
  s = cut(s, max);
  // Something visible: a title of spaces alone is refused as blank.
  if (!/\S/.test(s)) s = `${cut(s, max - 1)}x`;
  return s;
}

/** Hostile multi-line text the schema accepts: tab, LF and CRLF but no lone CR, up to max units. */
export function hostileText(r, max = 2000) {
  const parts = r.size(8, 60, 0.05);
  let s = "";
  for (let i = 0; i <= parts; i++) s += piece(r, true);
  if (r.chance(0.02)) s += freeText(r, r.int(200, 3000));
  if (r.chance(0.01)) s += "z".repeat(r.int(1000, max));
  // A cut between CR and LF would leave a lone CR, which the schema rightly refuses.
  return cut(s, max).replace(/\r$/, "");
}

// What the schema must refuse in text: C0 controls but tab, LF and CR (NUL left out), DEL, C1
// controls, U+2028/U+2029, lone surrogates; in single-line text also tab, LF and CR; in
// multi-line text a CR not followed by LF.
const FORBIDDEN_ANYWHERE = [
  ...Array.from({ length: 8 }, (_, i) => String.fromCharCode(i + 1)),
  "\u000b",
  "\u000c",
  ...Array.from({ length: 18 }, (_, i) => String.fromCharCode(0x0e + i)),
  "\u007f",
  "\u0080",
  "\u0085",
  "\u009b",
  "\u009f",
  "\u2028",
  "\u2029",
  "\ud800",
  "\udfff",
];
const FORBIDDEN_SINGLE = ["\t", "\n", "\r", "\r\n"];
// A CR always followed by something other than LF, so it stays a lone CR wherever it lands.
const FORBIDDEN_MULTI = ["\rX", "\n\rX", "\r\r\n"];

/** `text` with one character the schema must refuse put somewhere inside it. */
export function withForbidden(r, text, multiLine) {
  const bad = r.pick([...FORBIDDEN_ANYWHERE, ...(multiLine ? FORBIDDEN_MULTI : FORBIDDEN_SINGLE)]);
  const at = r.int(0, text.length);
  // Inserting between a surrogate pair would make a second, unintended lone surrogate.
  const code = text.charCodeAt(at - 1);
  const i = code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
  return text.slice(0, i) + bad + text.slice(i);
}
