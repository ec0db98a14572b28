/** @module What a command may touch of the outside world, so tests can run `main` with captured output. */

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: Record<string, string | undefined>;
  /** Resolves when the process is asked to stop (SIGINT/SIGTERM); long-running commands await it. */
  stopSignal: Promise<void>;
  /** All of standard input, for commands that read `-`. */
  readStdin?: () => Promise<string>;
}

/** Exit codes: 0 ok, 1 findings or a failed check, 2 bad usage or input. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Bad usage or input: main prints the message and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
