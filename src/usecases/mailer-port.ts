/** @module What the sweeps need from mail: send a message or say mail is off. The SMTP mailer lives in src/jobs. */
import type { MailContent } from '../domain/review/index.js';

export interface MailMessage extends MailContent {
  to: string[];
}

export interface Mailer {
  /** False when no SMTP server is configured: the jobs record what they would have sent. */
  readonly enabled: boolean;
  /** Where mail goes, for logs: the SMTP URL without its password, or "off". */
  readonly description: string;
  /** Resolves once the server accepted the message for at least one recipient; throws otherwise. */
  send(message: MailMessage): Promise<void>;
  close(): Promise<void>;
}

export const MAIL_OFF: Mailer = {
  enabled: false,
  description: 'off',
  send: async () => {
    throw new Error('mail is off: set HINDSIGHT_SMTP_URL to send mail');
  },
  close: async () => {},
};
