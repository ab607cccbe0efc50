/**
 * The one way the pane builds DOM: elements with attributes, and text that is always a text node. There is
 * no path from dataset strings to HTML parsing (no innerHTML, no insertAdjacentHTML), so a citation that
 * contains markup shows as the characters it is.
 */

type Child = Node | string | number | null | undefined | false;

export interface ElementOptions {
  /** Attributes set with setAttribute (data-testid, aria-*, for, type, ...). */
  readonly attrs?: Readonly<Record<string, string | number | boolean | undefined>>;
  readonly className?: string;
  /** Text content; for mixed content pass children instead. */
  readonly text?: string;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.className) element.className = options.className;
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  if (options.text !== undefined) element.textContent = options.text;
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
  }
}

/** Replaces all children of `parent` (text stays text). */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, ...children);
}

let idCounter = 0;

/** A document-unique id for label/for and aria-labelledby pairs. */
export function uid(prefix: string): string {
  idCounter += 1;
  return `re-${prefix}-${idCounter}`;
}
