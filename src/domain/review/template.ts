/** @module Review templates: the sections a review asks for and the prompts that steer the writing. */
import type { Severity } from '../incident.js';

export interface TemplateSection {
  key: string;
  title: string;
  /** The question shown in the empty section. */
  prompt: string;
  /** Longer guidance, shown on demand. */
  help: string;
}

export interface ReviewTemplate {
  id: string;
  name: string;
  /** The severities this template is offered for; empty means all. */
  severities: Severity[];
  sections: TemplateSection[];
  defaultWhyQuestions: string[];
}

export const DEFAULT_TEMPLATE: ReviewTemplate = {
  id: 'default',
  name: 'Standard review',
  severities: [],
  sections: [
    {
      key: 'summary',
      title: 'Summary',
      prompt:
        'In three to five sentences: what did customers experience, for how long, and what will change?',
      help: 'Write for someone who was not there. Lead with the effect on people using the product, then the mechanism, then the most important change. Leave names out: describe roles and systems.',
    },
    {
      key: 'impact',
      title: 'Impact',
      prompt: 'Who was affected, how many, how badly, and for how long?',
      help: 'Use numbers where you have them (requests failed, orders delayed, tickets opened) and say where each number came from. Note who was affected outside engineering: support, sales, partners.',
    },
    {
      key: 'timeline',
      title: 'Timeline',
      prompt: 'What happened, and what did the people responding know at each moment?',
      help: 'Record what was observed, decided and done, with times. Include the hypotheses that turned out wrong; they show what the system made look plausible. Gaps and long silences are highlighted for you.',
    },
    {
      key: 'whyTrees',
      title: 'Why did this happen?',
      prompt: 'Start from what customers experienced and keep asking "why was that possible?"',
      help: 'Each answer can have several causes: branch instead of picking one. Stop when the answer is about how work is organised, which tools exist, or which safeguards are missing, not at a component that broke or a person who acted. If an answer names a person, ask what made their action reasonable at the time.',
    },
    {
      key: 'factors',
      title: 'Contributing factors',
      prompt: 'Which conditions in the system made this incident possible or worse?',
      help: 'Describe conditions, not mistakes: "deploys skip the canary stage outside office hours" rather than "the engineer skipped the canary". Link the timeline entries that show each factor, and say which action item addresses it or why the risk is accepted.',
    },
    {
      key: 'actionItems',
      title: 'Action items',
      prompt:
        'What exact change will make this less likely, quicker to detect, or smaller next time?',
      help: 'Each item names one change that someone could start tomorrow, an owner, a due date, what success looks like, and how it will be tested. "Improve monitoring" is a wish; "page the payments on-call when the settlement queue is older than 10 minutes" is an action item.',
    },
    {
      key: 'lessons',
      title: 'Lessons',
      prompt: 'What went well, what went wrong, and where were we lucky?',
      help: 'Luck is worth writing down: a responder who happened to be awake, a quiet hour of traffic. Each is a safeguard the system does not have yet.',
    },
  ],
  defaultWhyQuestions: [
    'Why did customers feel the impact?',
    'Why did it take as long as it did to notice?',
    'Why did it take as long as it did to recover?',
  ],
};

/** The first template offered for `severity` (a template with no severities fits all), else the default. */
export function templateForSeverity(
  templates: readonly ReviewTemplate[],
  severity: Severity,
): ReviewTemplate {
  return (
    templates.find((t) => t.severities.includes(severity)) ??
    templates.find((t) => t.severities.length === 0) ??
    DEFAULT_TEMPLATE
  );
}
