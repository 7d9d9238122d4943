import { isEmail } from "@convening/core";

/**
 * The address of a calendar user, for comparing: `mailto:` dropped (any case, RFC 5545 §3.3.3
 * cal-address), percent-escapes decoded (RFC 6068), lower case. The local part is case-sensitive
 * in theory (RFC 5321 §2.4) but no mail system we deliver to treats it so, and a reply written as
 * `MAILTO:Amina@Example.org` must match the member `amina@example.org`. Undefined when the value
 * is not an e-mail address.
 */
export function mailAddress(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  let address = value.trim().replace(/^mailto:/i, "");
  if (address.includes("%")) {
    try {
      address = decodeURIComponent(address);
    } catch {
      return undefined;
    }
  }
  address = address.toLowerCase();
  return isEmail(address) ? address : undefined;
}
