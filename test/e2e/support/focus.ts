/** @module What has keyboard focus in a page, read as text (the tests' tsconfig has no DOM types). */
import type { Page } from 'playwright-core';

/** The focused element's id, or its tag name when it has none (`A`, `BUTTON`). */
export function focusedId(page: Page): Promise<string> {
  return page.evaluate<string>(
    "document.activeElement?.id || document.activeElement?.tagName || ''",
  );
}

/** An attribute of the focused element, or '' when it has none. */
export function focusedAttribute(page: Page, name: string): Promise<string> {
  return page.evaluate<string>(
    `document.activeElement?.getAttribute(${JSON.stringify(name)}) ?? ''`,
  );
}
