import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATE, type ReviewTemplate, templateForSeverity } from './template.js';

describe('DEFAULT_TEMPLATE', () => {
  it('asks for every section of a review in reading order', () => {
    expect(DEFAULT_TEMPLATE.sections.map((s) => s.key)).toEqual([
      'summary',
      'impact',
      'timeline',
      'whyTrees',
      'factors',
      'actionItems',
      'lessons',
    ]);
  });

  it('gives every section a prompt and help', () => {
    expect(
      DEFAULT_TEMPLATE.sections.filter((s) => s.prompt.trim() === '' || s.help.trim() === ''),
    ).toEqual([]);
  });

  it('offers starting questions for why-trees', () => {
    expect(DEFAULT_TEMPLATE.defaultWhyQuestions.length).toBeGreaterThan(0);
  });
});

describe('templateForSeverity', () => {
  const sev1: ReviewTemplate = { ...DEFAULT_TEMPLATE, id: 'major', severities: ['SEV1'] };
  const light: ReviewTemplate = { ...DEFAULT_TEMPLATE, id: 'light', severities: [] };

  it('picks the template made for the severity', () => {
    expect(templateForSeverity([light, sev1], 'SEV1').id).toBe('major');
  });

  it('falls back to a template for every severity', () => {
    expect(templateForSeverity([sev1, light], 'SEV3').id).toBe('light');
  });

  it('falls back to the default template', () => {
    expect(templateForSeverity([sev1], 'SEV4').id).toBe('default');
  });
});
