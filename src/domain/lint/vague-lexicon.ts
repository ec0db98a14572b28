/** @module The word lists behind the vague action-item rules, compiled once at load. */

function words(...list: string[]): Set<string> {
  return new Set(list);
}

/** Verbs that name an activity, not a change: fine only with something to decide or measure. */
export const OPEN_ENDED_VERBS = words(
  'improve',
  'enhance',
  'look into',
  'look at',
  'revisit',
  'consider',
  'investigate',
  'explore',
  'evaluate',
  'assess',
  'review',
  'think about',
  'work on',
  'work with',
  'address',
  'harden',
  'strengthen',
  'optimize',
  'optimise',
  'tune',
  'monitor',
  'check',
  'discuss',
  'sync',
  'follow up',
  'follow',
  'clean up',
  'dig into',
  'find out',
  'research',
  'analyze',
  'analyse',
  'understand',
  'ensure',
  'make sure',
  'communicate',
  'share',
  'train',
  'educate',
  'raise awareness',
  'coordinate',
  'talk to',
  'focus on',
  'prioritize',
  'prioritise',
  'clarify',
  'streamline',
  'refine',
  'rethink',
  'reconsider',
  'fix up',
  'look for',
  'spend',
  'work towards',
  'work toward',
  'strive',
  'aim',
  'push for',
  'foster',
  'encourage',
  'involve',
  'engage',
  'collaborate',
  'align',
  'invest in',
  'dedicate',
  'take a look',
  'have a look',
  'continue',
  'keep working',
);

/** Intensifiers inside an activity phrase: "look deeper at", "dig further into". */
export const PHRASE_INTENSIFIERS = words(
  'deeper',
  'closer',
  'closely',
  'harder',
  'further',
  'more',
  'carefully',
  'properly',
  'seriously',
  'again',
);

/** After a bare "be", these make the item an appeal to people: "Be more thoughtful". */
export const APPEAL_AFTER_BE = words('more', 'less', 'extra', 'very', 'much', 'better', 'a');

/** Comparatives that promise a change in degree; without a number they cannot be checked. */
export const COMPARATIVES = words('more', 'less', 'better', 'fewer', 'safer', 'faster', 'easier');

/** Verbs whose whole point is a change in a quantity: they need a number. */
export const OUTCOME_VERBS = words(
  'reduce',
  'increase',
  'lower',
  'decrease',
  'speed up',
  'cut',
  'minimize',
  'minimise',
  'maximize',
  'maximise',
  'boost',
  'make',
  'raise',
);

/** Verbs that name a change; they still need an object to change. */
export const CONCRETE_VERBS = words(
  ...'add set write create enable disable remove delete rotate pin replace move migrate upgrade downgrade require block enforce alert page cap put automate link mask quarantine bisect announce post present run open extend change restore upload decide revert archive schedule split rename configure deploy install backfill publish label tag route document update fix limit throttle drop grant revoke expire retire decommission patch bump assign send notify file record build implement introduce switch convert shard expose emit instrument log backport validate verify test replicate turn roll right-size load-test alarm wire gate fail cancel stop start delete purge freeze unpin lock unlock enroll register'.split(
    ' ',
  ),
);

/** Appeals to people, never a change to the system. */
export const VAGUE_EXHORTATION =
  /(?<![\p{L}])(?:be (?:more |extra |very |much more )?(?:careful|vigilant|diligent|attentive|thorough|mindful|cautious|proactive)|pay (?:more |closer |better |extra )?attention|try harder|try to be|remember to|take (?:more |extra )?care|double[- ]check|keep an eye on|stay on top of|do a better job|get better at|everyone should)(?![\p{L}])/gu;

/** Things an action item can change: systems, alerts, runbooks, checks, configs. */
export const CONCRETE_NOUNS = words(
  ...'alert alerts runbook runbooks dashboard dashboards panel panels check checks probe service services config configs configuration pipeline pipelines endpoint endpoints cluster clusters replica replicas index indexes indices queue queues job jobs cron topic topics partition bucket buckets repo repos repository script scripts template templates flag flags role roles key keys certificate certificates cert certs threshold thresholds policy policies channel form field fields limit limits retention backup backups snapshot snapshots table tables column columns schema migration migrations test tests suite step steps branch pod pods autoscaler library package packages image images lockfile dropdown catalog webhook webhooks firewall rule rules acl token tokens metric metrics slo slos checklist ticket tool console calendar log logs gateway module annotation sender reporter grant account accounts database databases db host hosts node nodes server servers instance instances proxy worker workers consumer consumers cache cdn api sdk app diagram readme review drill game-day canary rollout freeze playbook escalation page pager domain record records mailbox alias'.split(
    ' ',
  ),
);

/** Words that make the noun after them generic: "more alerts", "better dashboards". */
export const GENERIC_QUANTIFIERS = words(
  'more',
  'better',
  'some',
  'additional',
  'proper',
  'any',
  'extra',
  'good',
  'relevant',
  'appropriate',
  'necessary',
);

/** Words that start a decision: the open question has an end. */
export const DECISION =
  /(?<![\p{L}])(?:decide|decision|choose|pick|go\/no-go|recommend)(?![\p{L}])/u;

/** A number with a unit, a comparison or a target: "> 2%", "under 300 ms", "to 200". */
export const MEASURABLE =
  /(?:[<>≤≥]=?\s*~?\d|(?<![\p{L}\p{N}_./-])\d+(?:[.,]\d+)?\s*(?:%|x(?![\p{L}])|×|(?:ms|s|sec|secs|seconds?|min|mins|minutes?|h|hrs?|hours?|days?|weeks?|months?|gb|gib|mb|mib|kb|tb|rps|qps|requests?|req|msgs?|messages?|rows?|attempts?|errors?|pods?|nodes?|replicas?|connections?|times|per|k|m)(?![\p{L}]))|(?<![\p{L}])(?:below|under|above|over|exceeds?|exceeding|at least|at most|within|more than|less than|fewer than|to|from|of|than)\s+~?\d)/iu;

/** Filler that leaves an item open-ended; named in the message when present. */
export const FILLER =
  /(?<![\p{L}])(?:better|going forward|where possible|at some point|in the future|as needed|if needed|more robust|things|stuff|etc)(?![\p{L}])/giu;

/** Leading words that are not the item's verb: "Please", "We should", "TODO:". */
export const LEADING_FILLER =
  /^(?:\s|[-*+]|\[[ x]\]|\d+[.)]|todo:?|action:?|ai:?|please|we|team|should|must|need to|needs to|will|to|let's|let us)+/iu;

/** Hyphenated words that are ordinary English, not system names. */
export const COMMON_COMPOUND =
  /^(?:pre|post|re|non|self|co|multi|anti|semi|well|long|short|real|one|two|on|in|up|all|free|time|cold|break|follow|day|end|high|low|last|first|e|x|top|under|over|cross|in-flight|read|write|opt)-/;

/** Objects that name a quality of people or process, not a thing to change: "a culture of …". */
export const ABSTRACT_OBJECTS = words(
  'culture',
  'awareness',
  'mindset',
  'ownership',
  'accountability',
  'collaboration',
  'alignment',
  'discipline',
  'practices',
  'habits',
  'rigor',
  'rigour',
  'hygiene',
  'maturity',
);

/** Verbs a system can be made to do: "Make the deploy bot refuse merges …" is a concrete change. */
export const CAUSED_ACTIONS = words(
  ...'refuse reject fail page alert block require warn prompt ask retry stop skip wait log emit record notify route drop'.split(
    ' ',
  ),
);
