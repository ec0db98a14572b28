/** @module Words too common in incident write-ups to say two incidents are alike. */

/** English function words plus the vocabulary every review shares ("incident", "service", …). */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be because been before being
  below between both but by can could did do does doing down during each few for from further had has
  have having he her here hers him his how i if in into is it its itself just me more most my no nor
  not now of off on once only or other our ours out over own same she should so some such than that
  the their theirs them then there these they this those through to too under until up very was we
  were what when where which while who whom why will with would you your yours
  incident incidents issue issues problem problems service services team teams customer customers
  user users time minute minutes hour hours day days review action item items error errors we our
  started start stopped found saw noticed after before then again still new old`
    .split(/\s+/)
    .filter((word) => word !== ''),
);
