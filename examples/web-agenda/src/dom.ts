/** What `h` accepts as a child: nodes, text (set as text, never parsed as HTML), or nothing. */
export type Child = Node | string | number | false | null | undefined | readonly Child[];

/** Attributes; `false`/`undefined` leave one out, `true` sets it empty (`hidden`, `download`). */
export type Attributes = Record<string, string | number | boolean | undefined>;

/**
 * Builds an element. Text from the data always goes in as text nodes, so a title or a name can
 * never inject markup into the page.
 *
 * @example
 * ```ts
 * h("a", { href: "#agenda", class: "tab" }, "Agenda");
 * ```
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  setAttributes(element, attributes);
  append(element, children);
  return element;
}

function setAttributes(element: Element, attributes: Attributes): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
}

function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else if (child instanceof Node) parent.appendChild(child);
    else parent.appendChild(document.createTextNode(String(child)));
  }
}

/** Replaces an element's children with `children` (same rules as `h`). */
export function fill(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}
