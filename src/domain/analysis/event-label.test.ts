import { describe, expect, it } from 'vitest';
import { labelDuration, labelEvent, labelInstant } from './event-label.js';
import { at, buildEvent } from './test-builders.js';

describe('labelDuration', () => {
  it.each([
    [45, '45 s'],
    [60, '1 min'],
    [14 * 60, '14 min'],
    [3600, '1 h'],
    [3900, '1 h 05 min'],
    [26 * 3600 + 30 * 60, '26 h 30 min'],
  ])('labels %i seconds as "%s"', (seconds, label) => {
    expect(labelDuration(seconds)).toBe(label);
  });
});

describe('labelInstant', () => {
  it('shows minutes only when the seconds are zero', () => {
    expect(labelInstant(at('09:14'))).toBe('2026-03-12 09:14 UTC');
  });

  it('shows the seconds when they are not zero', () => {
    expect(labelInstant(at('09:14:30'))).toBe('2026-03-12 09:14:30 UTC');
  });
});

describe('labelEvent', () => {
  it('names the instant, the kind and the text', () => {
    const event = buildEvent({
      id: 'e1',
      at: at('09:14'),
      kind: 'alert',
      text: 'Checkout 5xx above 5%',
    });
    expect(labelEvent(event)).toBe('2026-03-12 09:14 UTC [alert] "Checkout 5xx above 5%"');
  });

  it('cuts long text at 60 characters', () => {
    const event = buildEvent({ id: 'e1', at: at('09:14'), kind: 'note', text: 'x'.repeat(80) });
    expect(labelEvent(event)).toBe(`2026-03-12 09:14 UTC [note] "${'x'.repeat(59)}…"`);
  });
});
