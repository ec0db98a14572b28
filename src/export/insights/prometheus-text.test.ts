import { describe, expect, it } from 'vitest';
import { escapeLabelValue, prometheusText } from './prometheus-text.js';

describe('prometheusText', () => {
  it('writes HELP and TYPE before the samples, labels in order, NaN as NaN', () => {
    expect(
      prometheusText([
        {
          name: 'hindsight_open_incidents',
          help: 'Open incidents.',
          samples: [{ labels: { severity: 'SEV1' }, value: 2 }],
        },
        {
          name: 'hindsight_mttr_median_seconds',
          help: 'Median\nMTTR',
          samples: [{ labels: {}, value: Number.NaN }],
        },
      ]),
    ).toBe(
      [
        '# HELP hindsight_open_incidents Open incidents.',
        '# TYPE hindsight_open_incidents gauge',
        'hindsight_open_incidents{severity="SEV1"} 2',
        '# HELP hindsight_mttr_median_seconds Median\\nMTTR',
        '# TYPE hindsight_mttr_median_seconds gauge',
        'hindsight_mttr_median_seconds NaN',
        '',
      ].join('\n'),
    );
  });

  it('escapes backslashes, quotes and line feeds in label values', () => {
    expect(escapeLabelValue('a\\b "c"\nd')).toBe('a\\\\b \\"c\\"\\nd');
  });
});
