/** @module A mail's words as the jobs send them: subject, plain text and a simple HTML version. */

export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

/** Text made safe to place inside HTML elements and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The HTML frame every mail shares: plain markup that mail clients render alike. */
export function htmlMail(title: string, body: string): string {
  return [
    '<!doctype html>',
    '<html><head><meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title></head>`,
    '<body style="font-family: sans-serif; line-height: 1.45; color: #1d2433">',
    body,
    '<p style="color: #5b6475; font-size: 0.9em">Sent by Hindsight, the post-incident review tool.</p>',
    '</body></html>',
    '',
  ].join('\n');
}
