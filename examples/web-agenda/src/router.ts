/** The page's two views; each is a `<section>` with this id and a tab link `href="#id"`. */
export type ViewId = "agenda" | "find-a-time";

const VIEWS: readonly ViewId[] = ["agenda", "find-a-time"];

/** The view a URL hash asks for; anything else opens the agenda. */
export function viewFromHash(hash: string): ViewId {
  const id = hash.replace(/^#/, "");
  return (VIEWS as readonly string[]).includes(id) ? (id as ViewId) : "agenda";
}

/**
 * Switches views on `hashchange`. The view switch is made of plain links, so it works with Tab
 * and Enter, the back button and bookmarks; the current one carries `aria-current="page"`.
 * After a switch the new view's heading takes focus, so keyboard and screen-reader users land
 * at the top of what they asked for instead of on a link that scrolled out of sight.
 *
 * `onShow` may return a promise (a view that loads its code on first use): the title and focus
 * wait for it, and are left alone if another switch came in the meantime. A rejected promise is
 * the caller's to report (it is not caught here, so it reaches the console).
 */
export function startRouter(onShow: (view: ViewId) => void | Promise<void> = () => {}): void {
  let latest = 0;
  const show = async (moveFocus: boolean) => {
    const turn = ++latest;
    const current = viewFromHash(location.hash);
    for (const id of VIEWS) {
      document.getElementById(id)?.toggleAttribute("hidden", id !== current);
    }
    for (const tab of document.querySelectorAll<HTMLAnchorElement>("a[data-view]")) {
      if (tab.dataset.view === current) tab.setAttribute("aria-current", "page");
      else tab.removeAttribute("aria-current");
    }
    await onShow(current);
    if (turn !== latest) return;
    const heading = document.getElementById(`${current}-title`);
    document.title = `${heading?.textContent ?? "Convening"} · web agenda`;
    if (moveFocus) heading?.focus();
  };
  window.addEventListener("hashchange", () => void show(true));
  void show(false);
}
