/**
 * Words that search treats as near in meaning, ours and not the source's: an analyst searching "drug trafficking"
 * means the SCO's "Anti-Narcotics Strategy" too, and "terrorism financing" the "anti-terrorist" structure. Each
 * group is a few words of the field that the sources use interchangeably; a word finds the others of its group at
 * a lower weight than itself (`RELATED_BOOST` in the Lucene query), and a hit found only so says it
 * (`RELATED_TERM`), so a reader never takes the related word for the one typed. Number forms ("narcotics") come
 * from `wordForms`, so the list holds one form of each word.
 */
export const RELATED_TERM_GROUPS: readonly (readonly string[])[] = [
  ['drug', 'narcotic'],
  ['terrorism', 'terrorist'],
  ['extremism', 'extremist'],
  ['separatism', 'separatist'],
  ['tourism', 'tourist'],
  ['trafficking', 'smuggling'],
  ['financing', 'funding', 'finance'],
  ['crime', 'criminal'],
  ['defence', 'defense', 'military'],
  ['railway', 'railroad'],
  ['economy', 'economic'],
  ['youth', 'young'],
];

/** A related word counts this much of a word typed (which counts 2 in the query). */
export const RELATED_BOOST = 1;

const GROUP_OF = new Map<string, readonly string[]>(
  RELATED_TERM_GROUPS.flatMap((group) => group.map((word) => [word, group] as const)),
);

/** The words related to a word, given its number forms ("narcotics", "narcotic" find "drug"); the word's own excluded. */
export function relatedTerms(forms: readonly string[]): string[] {
  const group = forms.map((form) => GROUP_OF.get(form)).find((found) => found !== undefined);
  return group ? group.filter((other) => !forms.includes(other)) : [];
}
