// XML 1.0 escaping for the schedule.xml writer (XML 1.0 §2.2, §2.4, §3.3.3).

// Characters XML 1.0 cannot carry at all; the schema's text rules already refuse the C0 controls,
// this also covers the noncharacters U+FFFE and U+FFFF.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text content: `&`, `<` and `>` escaped (`>` for `]]>`), CRLF kept as LF would be on reading. */
export function xmlText(value: string): string {
  return value
    .replace(NOT_XML, "\ufffd")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r/g, "&#13;");
}

/** An attribute value in double quotes: tab, LF and CR as character references, or a reader normalises them to spaces (§3.3.3). */
export function xmlAttr(value: string): string {
  return xmlText(value).replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;");
}
