/** @module Timeline analysis: inferred milestones, gaps, silences and the incident analysis built from them. */
export { labelDuration, labelEvent, labelInstant } from './event-label.js';
export { analyzeIncident, type IncidentAnalysis } from './incident-analysis.js';
export {
  effectiveMilestones,
  type InferredMilestone,
  type InferredMilestones,
  inferMilestones,
  type MilestoneHints,
} from './inferred-milestones.js';
export { EVENT_SIGNALS, type EventSignal, readsAs } from './milestone-phrases.js';
export { findSilences, type Silence } from './silences.js';
export { findTimelineGaps, GAP_PHASE_BOUNDS, type Gap, type GapBound } from './timeline-gaps.js';
