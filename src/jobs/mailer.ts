/** @module Sending mail: over SMTP with nodemailer when configured, otherwise a mailer that is off. */
import { createTransport } from 'nodemailer';
import { MAIL_OFF, type Mailer } from '../usecases/mailer-port.js';

const TIMEOUT_MS = 15_000;

/** A mailer over the SMTP server at `url` (smtp:// or smtps://, credentials in the URL). */
export function createSmtpMailer(url: string, from: string): Mailer {
  const transport = createTransport(
    {
      url,
      connectionTimeout: TIMEOUT_MS,
      greetingTimeout: TIMEOUT_MS,
      socketTimeout: TIMEOUT_MS,
    },
    { from },
  );
  return {
    enabled: true,
    description: redactSmtpUrl(url),
    async send({ to, subject, text, html }) {
      const info = await transport.sendMail({ to, subject, text, html });
      if (info.accepted.length === 0) {
        throw new Error(`the SMTP server accepted none of the recipients (${to.join(', ')})`);
      }
    },
    async close() {
      transport.close();
    },
  };
}

/** The mailer the configuration asks for. */
export function mailerFromConfig(mail: { smtpUrl: string | null; from: string }): Mailer {
  return mail.smtpUrl === null ? MAIL_OFF : createSmtpMailer(mail.smtpUrl, mail.from);
}

function redactSmtpUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'smtp';
  }
}
