/**
 * Issue 17: the words of a search, the Lucene queries made of them (number forms, related words, a phrase, close
 * spellings), the marking of what was found, and how much of a search a text covers.
 */
import { RELATED_TERM_GROUPS, relatedTerms } from '../../src/graph/read/relatedTerms';
import {
  closeWords,
  contentWords,
  coverage,
  coveredWords,
  editDistance,
  fuzzyLuceneQuery,
  highlight,
  luceneQuery,
  relatedForms,
  searchTerms,
  wordForms,
} from '../../src/graph/read/searchText';

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
      // Ours alone: boosts, fuzzy edits, prefixes, groups and one closing phrase of plain words.
      const phrase = / "[\p{L}\p{N} ]+"\^2$/u;
      expect(query.replace(phrase, '').replace(/\^(?:2|0\.7)|~[12]\b|\*|[()]/g, '')).toMatch(
        /^[\p{L}\p{N}\s]*(?:OR[\p{L}\p{N}\s]*)*$/u,
      );
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

describe('number forms', () => {
  it.each([
    ['drug', ['drug', 'drugs']],
    ['drugs', ['drugs', 'drug']],
    ['strategies', ['strategies', 'strategy']],
    ['strategy', ['strategy', 'strategies']],
    ['railway', ['railway', 'railways']],
    ['matches', ['matches', 'match']],
    ['process', ['process', 'processes']],
    ['SCO', ['sco', 'scos']],
    ['status', ['status', 'statuses']],
    ['2019', ['2019']],
    ['of', ['of']],
  ])('%s -> %j', (word, forms) => {
    expect(wordForms(word)).toEqual(forms);
  });

  it('asks for both numbers at full weight, the prefix, and the words typed together as a phrase', () => {
    expect(luceneQuery(['drug', 'trafficking'])).toBe(
      '(drug^2 OR drugs^2 OR drug* OR narcotic^1 OR narcotics^1) ' +
        '(trafficking^2 OR traffickings^2 OR trafficking* OR smuggling^1 OR smugglings^1) "drug trafficking"^2',
    );
    expect(luceneQuery(['Qingdao'])).toBe('(qingdao^2 OR qingdaos^2 OR qingdao*)');
  });

  it('marks the other number in a snippet too: "drugs" marks "drug"', () => {
    expect(highlight('the global drug challenge', ['drugs'])).toBe('the global <mark>drug</mark> challenge');
  });
});

describe('related words', () => {
  it('finds the other words of a group from any number form, never the word itself', () => {
    expect(relatedTerms(wordForms('narcotics'))).toEqual(['drug']);
    expect(relatedForms('drug')).toEqual(['narcotic', 'narcotics']);
    expect(relatedForms('Terrorism')).toEqual(['terrorist', 'terrorists']);
    expect(relatedForms('Qingdao')).toEqual([]);
  });

  it('keeps each word in one group only, in one form (number forms come from wordForms)', () => {
    const words = RELATED_TERM_GROUPS.flat();
    expect(new Set(words).size).toBe(words.length);
    for (const word of words) expect(words).not.toContain(wordForms(word)[1]);
  });
});

describe('coverage', () => {
  it('counts each content word once, leaving out joining words and numbers', () => {
    expect(contentWords(searchTerms('+CSTO AND ("CSTO"~2)'))).toEqual(['csto']);
    expect(contentWords(searchTerms('The fight against drug trafficking'))).toEqual([
      'fight',
      'against',
      'drug',
      'trafficking',
    ]);
  });

  it('finds a word in a text as typed, in another number, as a prefix, related, or closely spelt', () => {
    const words = ['drug', 'trafficking'];
    expect(coveredWords('efforts to fight illegal drug trafficking', words)).toEqual(words);
    expect(coveredWords('UN Commission on Narcotic Drugs', words)).toEqual(['drug']);
    expect(coveredWords('SCO Anti-Narcotics Strategy', words)).toEqual(['drug']);
    expect(coveredWords('trafficing in persons', words)).toEqual(['trafficking']);
    expect(coveredWords('Qingdao summit', words)).toEqual([]);
  });

  it('scales a hit by the share of the words it covers; one word is always covered in full', () => {
    expect(coverage(2, 2)).toBe(1);
    expect(coverage(1, 2)).toBe(0.5);
    expect(coverage(1, 1)).toBe(1);
    expect(coverage(0, 0)).toBe(1);
  });
});
