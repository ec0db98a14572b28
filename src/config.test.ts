import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('loadConfig: mail, public URL and jobs', () => {
  it('turns mail off, runs jobs every 5 minutes and links to HOST:PORT by default', () => {
    const config = loadConfig({ HOST: '127.0.0.1', PORT: '4100' });
    expect(config.mail).toEqual({ smtpUrl: null, from: 'hindsight@localhost' });
    expect(config.jobs).toEqual({ enabled: true, intervalMinutes: 5 });
    expect(config.publicUrl).toBe('http://127.0.0.1:4100');
  });

  it('reads SMTP, the sender, the public URL (without a trailing slash) and the job settings', () => {
    const config = loadConfig({
      HINDSIGHT_SMTP_URL: 'smtp://user:secret@127.0.0.1:2525',
      HINDSIGHT_MAIL_FROM: 'Hindsight <hindsight@example.com>',
      HINDSIGHT_PUBLIC_URL: 'https://hindsight.example.com/',
      HINDSIGHT_JOBS: 'off',
      HINDSIGHT_JOBS_INTERVAL: '15',
    });
    expect(config.mail).toEqual({
      smtpUrl: 'smtp://user:secret@127.0.0.1:2525',
      from: 'Hindsight <hindsight@example.com>',
    });
    expect(config.publicUrl).toBe('https://hindsight.example.com');
    expect(config.jobs).toEqual({ enabled: false, intervalMinutes: 15 });
  });

  it.each([
    [
      { HINDSIGHT_SMTP_URL: 'http://mail.example.com', HINDSIGHT_MAIL_FROM: 'h@example.com' },
      'HINDSIGHT_SMTP_URL: must be smtp://[user:password@]host[:port] or smtps://…, e.g. smtp://127.0.0.1:2525',
    ],
    [
      { HINDSIGHT_SMTP_URL: 'smtp://127.0.0.1:2525' },
      'HINDSIGHT_MAIL_FROM: required when HINDSIGHT_SMTP_URL is set (the sender of follow-ups and reminders)',
    ],
    [
      { HINDSIGHT_MAIL_FROM: 'Hindsight' },
      'HINDSIGHT_MAIL_FROM: must be a sender address, e.g. hindsight@example.com or "Hindsight <hindsight@example.com>"',
    ],
    [
      { HINDSIGHT_PUBLIC_URL: 'hindsight.example.com' },
      'HINDSIGHT_PUBLIC_URL: must be the http(s) address people open, e.g. https://hindsight.example.com',
    ],
    [{ HINDSIGHT_JOBS: 'sometimes' }, 'HINDSIGHT_JOBS: must be on or off'],
    [{ HINDSIGHT_JOBS_INTERVAL: '0' }, 'HINDSIGHT_JOBS_INTERVAL: must be 1–1440 minutes'],
    [
      { HINDSIGHT_JOBS_INTERVAL: '2.5' },
      'HINDSIGHT_JOBS_INTERVAL: must be a whole number of minutes',
    ],
  ])('rejects %j with a clear problem', (env, problem) => {
    expect(problemsOf(env)).toEqual([problem]);
  });
});
