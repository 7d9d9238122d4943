// E-mail addresses, accepted by the same rules as the schema's zod e-mail check (its default,
// practical form), so an address an option accepts is one a document would accept too.

// Local part: letters, digits and _ ' + - . , not starting with a dot, no two dots in a row, and
// not ending with one; domain: labels of letters, digits and hyphens (not starting with a
// hyphen), and a top-level label of two or more letters.
const EMAIL =
  /^(?!\.)(?!.*\.\.)[A-Za-z0-9_'+\-.]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

/**
 * True for an e-mail address such as `name@example.org`, at most 254 characters (RFC 5321's path
 * limit), by the rules the schema's e-mail fields use.
 *
 * @example
 * ```ts
 * isEmail("amina@example.org"); // true
 * isEmail("amina@example"); // false: no top-level domain
 * isEmail("a..b@example.org"); // false
 * ```
 */
export function isEmail(value: unknown): value is string {
  return typeof value === "string" && value.length <= 254 && EMAIL.test(value);
}
