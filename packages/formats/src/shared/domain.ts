// The right-hand side of UIDs, as @convening/ical chooses it, so a session's frab GUID is the
// uuid v5 of the very UID its calendar event carries.

export const HOST_NAME =
  /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

/** The host of a URL when it is a plain host name; undefined otherwise. */
export function hostOf(url: unknown): string | undefined {
  if (typeof url !== "string") return undefined;
  try {
    const host = new URL(url).hostname;
    return HOST_NAME.test(host) ? host : undefined;
  } catch {
    return undefined;
  }
}
