import { describe, expect, it } from 'vitest';
import { highlightSnippets } from './highlight-snippets.js';
import { parseSearchQuery } from './search-query.js';

const query = (text: string) => parseSearchQuery(text) ?? { clauses: [] };

describe('highlightSnippets', () => {
  it('marks every form of a stemmed word and shows the whole title', () => {
    expect(
      highlightSnippets({ title: 'Renewals failed; renewed by hand' }, query('renewal')),
    ).toEqual([
      { field: 'title', text: '<mark>Renewals</mark> failed; <mark>renewed</mark> by hand' },
    ]);
  });

  it('cuts long fields to a window around the first match, with ellipses', () => {
    const timeline =
      'one two three four five six seven eight nine ten eleven twelve thirteen fourteen';
    expect(highlightSnippets({ timeline }, query('twelve'))).toEqual([
      {
        field: 'timeline',
        text: '…four five six seven eight nine ten eleven <mark>twelve</mark> thirteen fourteen',
      },
    ]);
  });

  it('marks a phrase only where its words are adjacent', () => {
    expect(
      highlightSnippets(
        { summary: 'expired certificate; certificate expired' },
        query('"certificate expired"'),
      ),
    ).toEqual([
      {
        field: 'summary',
        text: 'expired certificate; <mark>certificate</mark> <mark>expired</mark>',
      },
    ]);
  });

  it('matches a prefix against word stems', () => {
    expect(highlightSnippets({ actions: 'Automate certificate checks' }, query('certif*'))).toEqual(
      [{ field: 'actions', text: 'Automate <mark>certificate</mark> checks' }],
    );
  });

  it('escapes markup in the text and gives no snippet for fields without a match', () => {
    expect(
      highlightSnippets({ title: '<b>queue</b> & co', summary: 'nothing here' }, query('queue')),
    ).toEqual([{ field: 'title', text: '&#60;b&#62;<mark>queue</mark>&#60;/b&#62; &#38; co' }]);
  });

  it('gives at most three snippets, in field order', () => {
    const text = { title: 'db', summary: 'db', factors: 'db', lessons: 'db', actions: 'db' };
    expect(highlightSnippets(text, query('db')).map((s) => s.field)).toEqual([
      'title',
      'summary',
      'factors',
    ]);
  });
});
