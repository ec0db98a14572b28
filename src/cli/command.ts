/** @module The shape of a CLI command. */
import type { CliIo } from './io.js';

export interface Command {
  /** Words that select it, e.g. `incidents list`. */
  name: string;
  summary: string;
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}
