/** @module A progress line on stderr for long imports, redrawn at most four times a second. */
import type { CliIo } from '../io.js';

export interface ImportProgress {
  update(read: number): void;
  done(): void;
}

export function createImportProgress(io: CliIo, noun: string): ImportProgress {
  let last = 0;
  let shown = false;
  return {
    update(read) {
      const now = Date.now();
      if (now - last < 250) return;
      last = now;
      shown = true;
      io.stderr(`\r${read.toLocaleString('en-US')} ${noun} read…`);
    },
    done() {
      if (shown) io.stderr('\n');
    },
  };
}
