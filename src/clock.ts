/** @module The real clock, for the composition root; everything below it takes `now` as a value. */
import { type Instant, instantFromEpochMs } from './domain/instant.js';

export function systemClock(): Instant {
  return instantFromEpochMs(Date.now());
}
