/** @module Durations in seconds, written the way people say them: `4 min 30 s`, `2 h 5 min`, `3 d 2 h`. */

/** A duration in seconds as one or two units; negative durations keep their sign. */
export function formatDuration(seconds: number): string {
  const sign = seconds < 0 ? '−' : '';
  let rest = Math.round(Math.abs(seconds));
  if (rest < 60) return `${sign}${rest} s`;
  const days = Math.floor(rest / 86_400);
  rest -= days * 86_400;
  const hours = Math.floor(rest / 3600);
  rest -= hours * 3600;
  const minutes = Math.floor(rest / 60);
  const secs = rest - minutes * 60;
  if (days > 0) return `${sign}${days} d${hours ? ` ${hours} h` : ''}`;
  if (hours > 0) return `${sign}${hours} h${minutes ? ` ${minutes} min` : ''}`;
  return `${sign}${minutes} min${secs ? ` ${secs} s` : ''}`;
}
