/** @module HTML escaping for text placed in element content or quoted attributes. */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/** Escaped text with its blank-line paragraphs as `<p>` and single line breaks as `<br>`. */
export function paragraphsHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => `<p>${escapeHtml(part).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

/** An `<a>` for http(s) and mailto links only; anything else (`javascript:`…) stays plain text. */
export function linkHtml(url: string, label = url): string {
  return /^(https?:|mailto:)/i.test(url.trim())
    ? `<a href="${escapeHtml(url.trim())}">${escapeHtml(label)}</a>`
    : escapeHtml(label);
}
