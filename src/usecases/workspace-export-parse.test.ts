import { afterEach, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../../test/support/test-database.js';
import { type ExportDocument, parseExportDocument } from '../shared/schemas/export.js';
import { asVersion1, openReviewedWorkspace } from './workspace-export-test-setup.js';

// What the importer refuses, checked on a real exported document spoiled one field at a time.
const opened: TestDatabase[] = [];

afterEach(async () => {
  await Promise.all(opened.splice(0).map((database) => database.dispose()));
});

function reviewedWorkspace() {
  return openReviewedWorkspace(opened);
}

describe('parseExportDocument', () => {
  const base = async () => {
    const { document } = await reviewedWorkspace();
    return JSON.parse(JSON.stringify(document)) as ExportDocument;
  };

  it.each<[string, (document: ExportDocument) => unknown, string]>([
    [
      'a wrong format',
      (d) => Object.assign(d, { format: 'csv' }),
      'format: must be "hindsight-export"',
    ],
    [
      'a newer format version',
      (d) => Object.assign(d, { formatVersion: 3 }),
      'formatVersion: must be 2 or 1; this version of Hindsight reads format versions 1 and 2',
    ],
    [
      'an unknown severity',
      (d) => Object.assign(d.incidents[2]!, { severity: 'P1' }),
      'incidents.2.severity: must be one of SEV1, SEV2, SEV3, SEV4',
    ],
    [
      'a missing field',
      (d) => Reflect.deleteProperty(d.incidents[0]!, 'title'),
      'incidents.0.title: is required',
    ],
    [
      'a title that is not text',
      (d) => Object.assign(d.incidents[0]!, { title: 42 }),
      'incidents.0.title: must be a string',
    ],
    [
      'an unknown field',
      (d) => Object.assign(d.services[0]!, { colour: 'red' }),
      'services.0: unknown field "colour"; the file is not a format version 2 export',
    ],
    [
      'a time that is not an instant',
      (d) => Object.assign(d.incidents[0]!.events[0]!, { at: 'yesterday' }),
      'incidents.0.events.0.at:',
    ],
    [
      'a repeated incident key',
      (d) => Object.assign(d.incidents[1]!, { key: 'INC-1' }),
      'incidents.1.key: repeats the key of incidents.0',
    ],
    [
      'a key at or past the next incident number',
      (d) => Object.assign(d.workspace, { nextIncidentNumber: 3 }),
      'incidents.2.key: number 3 is not below workspace.nextIncidentNumber (3)',
    ],
    [
      'a repeated event id',
      (d) => Object.assign(d.incidents[0]!.events[1]!, { id: d.incidents[0]!.events[0]!.id }),
      'incidents.0.events.1.id: repeats the id of incidents.0.events.0',
    ],
    [
      'a repeated service name',
      (d) => Object.assign(d.services[1]!, { name: 'checkout' }),
      'services.1.name: repeats the name of services.0',
    ],
    [
      'a version 1 document with a review',
      (d) => {
        const version1 = asVersion1(d) as ExportDocument;
        for (const key of Object.keys(d)) Reflect.deleteProperty(d, key);
        Object.assign(d, version1);
        Object.assign(d.incidents[0]!, { review: null });
      },
      'incidents.0: unknown field "review"; the file is not a format version 1 export',
    ],
    [
      'a missing review field',
      (d) => Reflect.deleteProperty(d.incidents[1]!, 'review'),
      'incidents.1.review: is required',
    ],
    [
      'an unknown review status',
      (d) => Object.assign(d.incidents[3]!.review!, { status: 'done' }),
      'incidents.3.review.status: must be one of draft, in_review, approved, published',
    ],
    [
      'an unknown reviewer decision',
      (d) => Object.assign(d.incidents[3]!.review!.reviewers[0]!, { decision: 'yes' }),
      'incidents.3.review.reviewers.0.decision: must be one of pending, approved, changes_requested',
    ],
    [
      'a why-tree answer without its flag',
      (d) =>
        Reflect.deleteProperty(
          d.incidents[3]!.review!.whyTrees[0]!.answers[0]!.children[1]!,
          'rootCause',
        ),
      'incidents.3.review.whyTrees.0.answers.0.children.1.rootCause: is required',
    ],
    [
      'an action item score out of range',
      (d) => Object.assign(d.incidents[3]!.review!.actionItems[1]!, { effort: 9 }),
      'incidents.3.review.actionItems.1.effort: must be a whole number from 1 to 5',
    ],
    [
      'an unknown action item status',
      (d) => Object.assign(d.incidents[3]!.review!.actionItems[0]!, { status: 'closed' }),
      'incidents.3.review.actionItems.0.status: must be one of open, in_progress, done, verified, wont_do',
    ],
    [
      'evidence at a time that is not an instant',
      (d) =>
        Object.assign(d.incidents[3]!.review!.actionItems[0]!.verification!, { at: 'last week' }),
      'incidents.3.review.actionItems.0.verification.at:',
    ],
    [
      'a due date that is not a day',
      (d) => Object.assign(d.incidents[3]!.review!.actionItems[0]!, { dueDate: '2026-02-30' }),
      'incidents.3.review.actionItems.0.dueDate: must be a date (YYYY-MM-DD)',
    ],
    [
      'a repeated action item id',
      (d) =>
        Object.assign(d.incidents[3]!.review!.actionItems[1]!, {
          id: d.incidents[3]!.review!.actionItems[0]!.id,
        }),
      'incidents.3.review.actionItems.1.id: repeats the id of incidents.3.review.actionItems.0',
    ],
    [
      'a follow-up without its asked time',
      (d) => Reflect.deleteProperty(d.incidents[3]!.review!.followUp!, 'askedAt'),
      'incidents.3.review.followUp.askedAt: is required',
    ],
    [
      'a repeated origin key',
      (d) => Object.assign(d.incidents[3]!.events[1]!, { originKey: 'pager-9001' }),
      'incidents.3.events.1.originKey: repeats the origin key of incidents.3.events.0',
    ],
    [
      'an empty origin key',
      (d) => Object.assign(d.incidents[3]!.events[1]!, { originKey: '' }),
      'incidents.3.events.1.originKey: must not be empty',
    ],
    [
      'an empty template list',
      (d) => Object.assign(d.reviewTemplates!, { templates: [] }),
      'reviewTemplates.templates: must list at least one template; write null for the built-in one',
    ],
    [
      'a repeated template id',
      (d) => Object.assign(d.reviewTemplates!.templates[1]!, { id: 'major' }),
      'reviewTemplates.templates.1.id: repeats the id of reviewTemplates.templates.0',
    ],
    [
      'a policy override of a field that does not exist',
      (d) => Object.assign(d.policies[0]!.overrides, { meetingDueDays: 3 }),
      'policies.0.overrides: unknown field "meetingDueDays"; the file is not a format version 2 export',
    ],
    [
      'a policy override of the wrong type',
      (d) => Object.assign(d.policies[1]!.overrides, { reviewRequired: 'yes' }),
      'policies.1.overrides.reviewRequired: must be true or false',
    ],
    [
      'two overrides of one severity',
      (d) => Object.assign(d.policies[1]!, { severity: 'SEV2' }),
      'policies.1.severity: repeats the severity of policies.0',
    ],
  ])('rejects %s with the field and the reason', async (_name, spoil, message) => {
    const document = await base();
    spoil(document);
    const result = parseExportDocument(document);
    expect('problem' in result && result.problem).toContain(message);
  });

  it('rejects a document that is not an object', () => {
    expect(parseExportDocument([1, 2])).toEqual({
      problem: 'document: must be a JSON object, as `hindsight export` writes',
    });
  });

  it('accepts an exported document unchanged', async () => {
    const document = await base();
    expect(parseExportDocument(document)).toEqual(document);
  });
});
