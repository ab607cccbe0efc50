import tokens from "./tokens.css";
import pane from "./taskpane.css";

/**
 * Puts the pane's style sheets into a document as constructed style sheets: no <style> element and no
 * inline style, so the Content-Security-Policy needs no 'unsafe-inline'. Idempotent.
 */
export function installStyles(doc: Document): void {
  const marker = "__reTaskPaneStyles";
  const holder = doc as Document & Record<string, unknown>;
  if (holder[marker]) return;
  holder[marker] = true;
  const sheets = [tokens, pane].map((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    return sheet;
  });
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, ...sheets];
}
