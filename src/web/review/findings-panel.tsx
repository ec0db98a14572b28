/** @module Everything the checks found — readiness, deadlines and lint — each a button that takes the author to the place to fix it. */
import type { Finding, ReviewDetail } from '../client/types.js';
import { humanizeFinding } from '../incident/humanize-finding.js';
import { navigate } from '../lib/router.js';
import { focusControl, locateFinding } from './locate-finding.js';

/** Readiness already repeats lint errors and deadlines; each finding is listed once. */
function distinctFindings(detail: ReviewDetail): Finding[] {
  const seen = new Set<string>();
  return [...detail.readiness, ...detail.lint].filter((finding) => {
    const key = `${finding.rule}|${finding.where?.path ?? ''}|${finding.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const GROUPS = [
  { severity: 'error', title: 'Blocking approval' },
  { severity: 'warning', title: 'Worth a look' },
  { severity: 'info', title: 'Notes' },
] as const;

export function FindingsPanel({ detail, zone }: { detail: ReviewDetail; zone: string }) {
  const findings = distinctFindings(detail);
  const go = (finding: Finding) => {
    const target = locateFinding(finding.where?.path, detail.review);
    if (target.kind === 'incident') navigate(`/incidents/${detail.incident.key}`);
    else focusControl(target.id) || focusControl('section-findings');
  };
  return (
    <section className="card side-panel findings-panel" aria-labelledby="section-findings">
      <h2 id="section-findings" tabIndex={-1}>
        Findings
      </h2>
      {detail.ready ? (
        <p className="ready-note">Nothing blocks approval.</p>
      ) : (
        <p className="small-print">Fix what blocks approval; each item takes you to its place.</p>
      )}
      {GROUPS.map(({ severity, title }) => {
        const group = findings.filter((finding) => finding.severity === severity);
        if (group.length === 0) return null;
        return (
          <div key={severity} className="findings">
            <h3>
              {title} <span className="count">{group.length}</span>
            </h3>
            <ul>
              {group.map((finding) => (
                <li key={`${finding.rule}-${finding.where?.path}-${finding.message}`}>
                  <button
                    type="button"
                    className={`finding finding-${severity} finding-button`}
                    onClick={() => go(finding)}
                  >
                    <span>{humanizeFinding(finding.message, zone)}</span>
                    {finding.suggestion && (
                      <span className="finding-suggestion">{finding.suggestion}</span>
                    )}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
