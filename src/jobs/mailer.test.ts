import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/test-database.js';
import { sweepFollowUps } from '../usecases/follow-up-sweep.js';
import {
  AFTER_DUE,
  item,
  jobContext,
  seedPublishedReview,
  seedWorkspace,
} from '../usecases/sweep-test-setup.js';
import { createSmtpMailer } from './mailer.js';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP server on a loopback port that keeps what it receives; it refuses `refused` as a recipient. */
async function startSmtpServer(refused: string): Promise<{
  url: string;
  received: Received[];
  close(): Promise<void>;
}> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address === refused) callback(new Error('550 no such mailbox'));
      else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const mailFrom = session.envelope.mailFrom;
        received.push({
          from: mailFrom === false ? '' : mailFrom.address,
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The message text with quoted-printable soft line breaks joined again. */
function unfolded(raw: string): string {
  return raw.replace(/=\r?\n/g, '');
}

let database: TestDatabase;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
beforeAll(async () => {
  database = await createTestDatabase();
  smtp = await startSmtpServer('nobody@example.test');
});
afterAll(async () => {
  await smtp.close();
  await database.dispose();
});

describe('follow-up mail over a real SMTP server', () => {
  it('delivers one message to every recipient, with plain-text and HTML parts', async () => {
    const workspace = await seedWorkspace(database);
    await seedPublishedReview(database, workspace, 1, [
      item({ title: 'Alert on settlement queue age', owner: 'jordan@example.test' }),
    ]);
    const mailer = createSmtpMailer(smtp.url, 'Hindsight <hindsight@example.test>');
    try {
      const asked = await sweepFollowUps(jobContext(database, mailer, AFTER_DUE));
      const again = await sweepFollowUps(jobContext(database, mailer, AFTER_DUE));
      expect(asked.map((entry) => entry.outcome)).toEqual(['sent']);
      expect(again).toEqual([]);
    } finally {
      await mailer.close();
    }
    expect(smtp.received).toHaveLength(1);
    const [message] = smtp.received;
    expect(message!.from).toBe('hindsight@example.test');
    expect(message!.to).toEqual(['ana@example.test', 'ravi@example.test', 'jordan@example.test']);
    const raw = unfolded(message!.raw);
    expect(raw).toContain('Subject: Follow-up on INC-1: did the fixes work?');
    expect(raw).toContain('multipart/alternative');
    expect(raw).toContain('Content-Type: text/html');
    expect(raw).toContain('Is it verified, and did it work?');
    expect(raw).toContain('Alert on settlement queue age');
  });

  it('records a refused delivery as failed and leaves the follow-up to the next run', async () => {
    const workspace = await seedWorkspace(database);
    await seedPublishedReview(database, workspace, 2, [item({})], {
      authors: ['nobody@example.test'],
      reviewers: [],
    });
    const mailer = createSmtpMailer(smtp.url, 'hindsight@example.test');
    try {
      const asked = await sweepFollowUps(jobContext(database, mailer, AFTER_DUE));
      expect(asked).toMatchObject([{ incidentKey: 'INC-2', outcome: 'failed', attempt: 1 }]);
      expect(asked[0]!.error).toContain('550');
      const retried = await sweepFollowUps(jobContext(database, mailer, AFTER_DUE));
      expect(retried).toMatchObject([{ incidentKey: 'INC-2', outcome: 'failed', attempt: 2 }]);
    } finally {
      await mailer.close();
    }
  });
});
