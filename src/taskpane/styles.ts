import tokens from "./tokens.css";
import pane from "./taskpane.css";

/**
 * Puts the pane's style sheets into a document as constructed style sheets: no <style> element and no
 * inline style, so the Content-Security-Policy needs no 'unsafe-inline'. Idempotent.
 */
export function installStyles(doc: Document): void {
  adoptStyles(doc, "pane", tokens, pane);
}

/**
 * Adds style sheets to a document once per `name`, after those it has. The styles of what only appears
 * after a user action (a pull's changes) come this way with the chunk that
 * renders it, not with the page.
 */
export function adoptStyles(doc: Document, name: string, ...texts: readonly string[]): void {
  const marker = `__reTaskPaneStyles:${name}`;
  const holder = doc as Document & Record<string, unknown>;
  if (holder[marker]) return;
  holder[marker] = true;
  const sheets = texts.map((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    return sheet;
  });
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, ...sheets];
}
