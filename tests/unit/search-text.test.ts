/**
 * Issue 17: the words of a search, the fuzzy Lucene query made of them, and the marking of close spellings.
 */
import { closeWords, editDistance, fuzzyLuceneQuery, luceneQuery, searchTerms } from '../../src/graph/read/searchText';

describe('fuzzy search terms', () => {
  it('spells the longer words fuzzily: one letter off up to seven letters, two from eight', () => {
    expect(fuzzyLuceneQuery(searchTerms('Shangai'))).toBe('shangai~1');
    expect(fuzzyLuceneQuery(searchTerms('Kirgizstan Uzbekstan'))).toBe('kirgizstan~2 uzbekstan~2');
  });

  it('leaves short words (acronyms) exact: one letter off SCO is ECO', () => {
    expect(fuzzyLuceneQuery(searchTerms('SCO CIS'))).toBeNull();
    expect(fuzzyLuceneQuery(searchTerms('SCO Shangai'))).toBe('shangai~1');
  });

  it('lets no Lucene syntax through, fuzzy or not', () => {
    const text = 'name:CSTO~5 AND "Shangai"^9 [a TO b]';
    for (const query of [luceneQuery(searchTerms(text)), fuzzyLuceneQuery(searchTerms(text)) ?? '']) {
      expect(query.replace(/\^2|~[12]\b|\*|[()]/g, '')).toMatch(/^[\p{L}\p{N}\s]*(?:OR[\p{L}\p{N}\s]*)*$/u);
    }
  });
});

describe('close spellings', () => {
  it('counts a swap of two letters as one edit, as Lucene does', () => {
    expect(editDistance('bishkec', 'bishkek')).toBe(1);
    expect(editDistance('chelyabinks', 'chelyabinsk')).toBe(1);
    expect(editDistance('kirgizstan', 'kyrgyzstan')).toBe(2);
    expect(editDistance('', 'sco')).toBe(3);
  });

  it('finds the words of a name to mark for a misspelling', () => {
    expect(closeWords('Shanghai Cooperation Organisation', ['Shangai'])).toEqual(['Shanghai']);
    expect(closeWords('Kyrgyz Republic (Kyrgyzstan)', ['Kirgizstan'])).toEqual(['Kyrgyzstan']);
    expect(closeWords('Republic of Uzbekistan', ['SCO'])).toEqual([]);
  });
});
