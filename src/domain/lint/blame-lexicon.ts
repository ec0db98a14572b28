/** @module The word lists behind the blame and hindsight rules, compiled once at load. */

const W = "(?<![\\p{L}\\p{N}_'.-])";
const E = '(?![\\p{L}\\p{N}_]|[-.][\\p{L}\\p{N}])';

function compile(source: string): RegExp {
  return new RegExp(`${W}(?:${source})${E}`, 'gu');
}

// Nouns that turn a person word into a thing: "the on-call rotation", "ops dashboards".
const THING_AFTER_PERSON =
  'rotations?|schedules?|channels?|dashboards?|tools?|tooling|handovers?|onboarding|home|apps?|' +
  'phones?|pagers?|runbooks?|polic(?:y|ies)|calendars?|experience|portal|guides?|docs|process|' +
  'load|queues?|configs?|pages?|alerts?|consoles?|accounts?|access|handbook|checklists?|' +
  'templates?|guidelines?|api|apis|ui|cli|sdk|keys?|credentials?|mailbox|inbox|shifts?|budget';

const ROLE =
  'on-?call(?: (?:engineer|sre|person|responder|developer|dev|lead))?|oncall|' +
  '(?:support|sales|account|release|incident|product|project|engineering|team|customer success|' +
  'marketing|shift|tech|comms|data|network|networking|database|mobile|front-end|backend|' +
  'back-end|platform|billing|security|payments?) (?:agents?|reps?|leads?|managers?|engineers?|' +
  'staff|owners?|analysts?|developers?)|engineers?|developers?|devs|dbas?|sres?|sysadmins?|' +
  'admins?|administrators?|operators?|ops|interns?|new hires?|contractors?|analysts?|approvers?|' +
  'reviewers?|staff|qa|testers?|technicians?|employees?|colleagues?|someone|somebody|whoever|' +
  'leadership|management|managers?|supervisors?|architects?|programmers?|coders?|maintainers?|' +
  'responders?|(?:one|a|the|that|this|another|single) person|' +
  '(?:the|our|their|a|an|that|this|[a-z][a-z-]*) teams?|he|she|they|we|i|you|everyone|everybody';

/** A person word (role or pronoun) that is not the first word of a thing's name. */
export const PERSON_WORD = new RegExp(
  `${W}(?:${ROLE})${E}(?!\\s+(?:${THING_AFTER_PERSON})${E})`,
  'gu',
);

/** Verbs that make their subject the cause of a failure. */
export const BLAME_VERB = compile(
  "caused|broke|forgot|forgets|forgotten|(?:failed|fails|fail) to|(?:didn't|did not)(?! (?:have|has|get|receive|need|exist)" +
    E +
    ')|never (?:checked|tested|read|told|updated|noticed|looked)|' +
    "(?:should|ought to)(?: not|n't)?(?: (?:never|ever|really|definitely|clearly|at least|simply|just))? have|" +
    "never should have|should've|neglected|neglects|messed up|screwed up|botched|bungled|ignored|" +
    'overlooked|skipped|missed|rubber-stamped|(?:was|were) slow to|(?:just|simply|only) (?:needed|had) to|' +
    'dropped the ball|disregarded|circumvented|misconfigured|mistyped|fat[- ]fingered|misread|misjudged|' +
    'mishandled|mismanaged|cut corners|took (?:a )?shortcuts?|jumped the gun|went rogue|fell asleep|' +
    'let (?:it|this|that|things) (?:slip|slide|fall through)|slept through|dozed off|zoned out|' +
    '(?:was|were|got) distracted|(?:chose|decided|opted) to (?:skip|ignore|bypass|override)|' +
    '(?:chose|decided|opted) not to (?:test|check|wait|escalate|page|follow|read|review)',
);

/** Failure gerunds whose doer sits right before them: "down to one person not reading the diff". */
export const BLAME_GERUND = compile(
  '(?:not|never) (?:reading|checking|testing|following|verifying|reviewing|looking at|bothering)|' +
    '(?:failing|neglecting|forgetting) to|ignoring|skipping|overlooking|disregarding',
);

/**
 * The manner of an action marks it as a mistake, whatever the verb: "typed it into the wrong
 * window", "ran the script without a dry run", "pushed untested code".
 */
export const FAULT_MARKER = compile(
  '(?:the|a) wrong|by (?:mistake|accident)|accidentally|mistakenly|inadvertently|carelessly|' +
    'blindly|hastily|untested|unreviewed|unverified|unapproved|' +
    'without (?:first |even |properly |ever |any )?(?:checking|testing|reading|looking|verifying|' +
    'reviewing|asking|telling|confirming|notifying|consulting|double-checking|running|waiting|' +
    '(?:a|an|any) (?:[\\p{L}-]+ )?(?:look|review|test|plan|dry[- ]run|backup|rollback plan|ticket)|' +
    'review|approval|testing|tests|sign-off|a second pair of eyes)|' +
    'against (?:the )?(?:advice|policy|runbook|process)|in violation of',
);

/** Acting against advice, with the actor earlier in the sentence: "even though she was told not to". */
export const TOLD_NOT_TO = compile(
  '(?:though|although|despite) (?:being|(?:he|she|they|we|i) (?:was|were|had been)) ' +
    '(?:told|warned|asked|instructed) not to',
);

/** A verdict placed on whoever follows: "this is on Carlos", "it falls squarely on". */
export const ON_PERSON_VERDICT = compile(
  "(?:this|that|it|this one|that one|blame|responsibility|the (?:whole |entire )?(?:blame|fault|responsibility|outage|incident|failure|mistake|mess))(?:'s| is| was| falls| fell| rests| rested| lies| lay)" +
    '(?: (?:all|entirely|squarely|solely|fully|totally|really|completely))? on',
);

/** Passive forms whose agent follows: "was caused by the on-call". */
export const PASSIVE_BLAME_VERB = compile('caused by|broken by|introduced by|triggered by');

/** Verdict words: a person is declared the cause. */
export const HUMAN_ERROR = compile(
  '(?:human|operator|user|pilot|people|personnel) errors?|mistakes? by|at fault|the fault of|' +
    '(?:fault|blame|responsibility) (?:lies|lay|rests|rested) with|(?:is|are|was|were|be) to blame|' +
    'made (?:a|an|the) (?:mistake|blunder|error)|' +
    '(?:take|takes|took|taking|accept|accepts|accepted) (?:the|all the) blame|' +
    '(?:take|takes|took|taking|accept|accepts|accepted) (?:full|complete|total|sole|personal) ' +
    '(?:responsibility|blame)' +
    // Owning future work ("responsibility for the customer email") is not owning a failure.
    '(?= *(?:[.,;:!—–]|$| and| for (?:this|that|it|what|my|our|the (?:outage|incident|mistake|error|failure|downtime|breach|data loss))))|' +
    '(?:my|his|her|their|your|our) (?:own )?(?:fault|mistake|blunder|screw-?up)',
);

/** Nouns that carry blame when a person owns them: "the intern's mistake". */
export const BLAME_NOUN =
  /^\s+(?:[\p{L}-]+\s+)?(?:mistakes?|fault|negligence|carelessness|sloppiness|failure|oversight|lapse|error|blunder|incompetence|inattention)(?![\p{L}])/u;

/** Judgements of character. */
export const CHARACTER = compile(
  'careless(?:ly|ness)?|negligen(?:ce|t|tly)|sloppy|sloppiness|sloppily|' +
    'lazy(?!\\s*-?(?:load|loaded|loading|evaluat|init))|laziness|incompeten(?:t|ce)|inattentive|' +
    'inattention|reckless(?:ly|ness)?|irresponsible|complacen(?:t|cy)|' +
    'lack of (?:attention|care|diligence|ownership|discipline|accountability|professionalism|' +
    'judge?ment|competence|effort|focus|common sense)|(?:poor|bad) judge?ment|' +
    '(?:error|lapse)s? (?:in|of) judge?ment|unprofessional|cavalier|clueless|inept(?:itude)?|' +
    "undisciplined|thoughtless(?:ly|ness)?|couldn't be bothered|should (?:know|have known) better|" +
    "(?:not|n't|wasn't|weren't) paying attention",
);

/** Appeals to try harder, which change nothing in the system. */
export const EXHORTATION = compile(
  'be (?:more |extra |very |much more )?(?:careful|vigilant|diligent|attentive|thorough|mindful|cautious)|' +
    'pay (?:more |closer |better |extra )?attention|try harder|remember to|' +
    'take (?:more |extra )?care|double[- ]check',
);

/** Counterfactuals that judge the past with what is known now. */
export const HINDSIGHT = compile(
  "should(?:'ve| have) (?:known|been (?:obvious|clear|caught|noticed|spotted|seen|foreseen))|" +
    'obviously|it (?:was|is|should have been) (?:obvious|clear) that|in hindsight|in retrospect|' +
    '(?:simply|just|only) (?:needed|had) to|should (?:simply|just)|could (?:easily|simply) have|if only',
);

/** Words that deny, or only mention, what follows in the same clause. */
export const NEGATORS = new Set([
  'not',
  'never',
  'no',
  'nobody',
  'none',
  'neither',
  'nor',
  'without',
  'stop',
  'stopped',
  'avoid',
  'avoided',
  'avoiding',
  'instead',
  'rather',
  'phrase',
  'word',
  'words',
  'term',
  'terms',
  'label',
  'labelling',
  'labeling',
  'blameless',
  'blame-free',
]);

/** Verbs that only name what follows when their object is "this" or "it": "calling this …". */
export const NAMING_VERBS = new Set([
  'call',
  'calling',
  'called',
  'label',
  'labelling',
  'labeling',
]);

/** Words after a verdict that deny it: "human error is never a root cause". */
export const NEGATORS_AFTER = new Set(['never', 'not', 'hides', 'hide', 'obscures']);

/** Words that start reported speech or a new subject between a person and a verb. */
export const SUBJECT_BREAKERS = new Set([
  'that',
  'said',
  'says',
  'noted',
  'reported',
  'noticed',
  'saw',
  'confirmed',
  'found',
  'explained',
  'thought',
  'believed',
  'told',
  'asked',
  'where',
  'what',
  'how',
  'why',
  'whose',
  'if',
]);
