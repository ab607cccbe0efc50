/**
 * Characters a keyword may carry without changing its meaning: white space, hyphens and dashes,
 * underscores and dots, so "Non-China", "non china", "NON_CHINA" and "U.S." all match one key.
 * Compiled once here, never per call.
 */
const IGNORED = /[\s\-_.\u2010-\u2015]/g;

/**
 * The key a keyword is looked up by: lower case without the characters users vary freely.
 * Every keyword map of the index is built with it, so a lookup is one map access.
 */
export function normaliseKeyword(text: string): string {
  return text.toLowerCase().replace(IGNORED, "");
}
