/** @module `--clock-offset SECONDS` of the imports: correcting a source whose clock was off. */
import { UsageError } from './io.js';

const LIMIT_SECONDS = 86_400;

export const CLOCK_OFFSET_HELP = [
  '  --clock-offset SECONDS  added to every time read, in whole seconds, at most one day either',
  '                          way: --clock-offset=-90 when the source ran 90 s fast',
].join('\n');

/** The offset in seconds (0 when not given); a usage error names what is wrong. */
export function clockOffsetOption(value: string | undefined): number {
  if (value === undefined) return 0;
  const seconds = /^[+-]?\d{1,6}$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!Number.isInteger(seconds) || Math.abs(seconds) > LIMIT_SECONDS) {
    throw new UsageError(
      `--clock-offset: "${value}" must be a whole number of seconds between -${LIMIT_SECONDS} and ${LIMIT_SECONDS}`,
    );
  }
  return seconds;
}
