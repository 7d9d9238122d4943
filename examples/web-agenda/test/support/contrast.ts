// WCAG 2.2 contrast of the page's text, measured in the browser from computed styles.
// The relative luminance and ratio formulas are WCAG's (SC 1.4.3, "contrast ratio").

/**
 * Runs in the page: every element with its own text whose colour against its effective
 * background falls below 4.5:1 (WCAG 2.2 SC 1.4.3). Text on a background image (the striped
 * evening band) is checked against its first gradient colour.
 */
export function contrastFailures(): string[] {
  const parse = (c: string): [number, number, number, number] | undefined => {
    const m = c.match(/rgba?\(([\d.]+)[, ]+([\d.]+)[, ]+([\d.]+)(?:[, /]+([\d.]+))?\)/);
    return m
      ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])]
      : undefined;
  };
  const luminance = ([r, g, b]: number[]) => {
    const [R, G, B] = [r!, g!, b!].map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
  };
  const background = (el: Element | null): number[] => {
    for (let e = el; e; e = e.parentElement) {
      const style = getComputedStyle(e);
      const gradient = style.backgroundImage.match(/rgba?\([^)]+\)/);
      if (gradient) return parse(gradient[0])!;
      const bg = parse(style.backgroundColor);
      if (bg && bg[3] > 0.5) return bg;
    }
    return [255, 255, 255, 1];
  };
  const failures: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el || (node.textContent ?? "").trim() === "") continue;
    if (el.closest("[hidden], .visually-hidden, noscript, .skip-link, option")) continue;
    const style = getComputedStyle(el);
    const fg = parse(style.color)!;
    const bg = background(el);
    const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
    const ratio = (hi! + 0.05) / (lo! + 0.05);
    if (ratio < 4.5)
      failures.push(
        `${ratio.toFixed(2)}:1 "${node.textContent?.trim().slice(0, 40)}" (${style.color} on rgb(${bg.slice(0, 3).join(",")}))`,
      );
  }
  return failures;
}
