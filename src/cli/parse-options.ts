/** @module Option parsing for commands: unknown or malformed options are a usage error (exit 2). */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from './io.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseOptions<O extends Options>(
  args: string[],
  options: O,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    // Node appends advice about `--` to unknown options; it only confuses someone who mistyped one.
    throw new UsageError(message.replace(/\. To specify a positional argument.*$/, ''));
  }
}
