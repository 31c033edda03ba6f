/**
 * The kind of a proposed entity, from cue words in its name (the head noun of "Collective Security Treaty
 * Organisation" is "Organisation"), a title before it ("Mr.", "President") and the recogniser's type.
 */
import type { EntityKind } from '../../ingest/vocabulary';
import type { NerType } from './ner';

const CUES: Readonly<Record<string, EntityKind>> = Object.fromEntries(
  (
    [
      [
        'Organisation',
        'organisation organization council committee commission office centre center union agency agencies secretariat club group structure bank fund association nations ministry parliament assembly interpol board',
      ],
      [
        'Event',
        'summit forum meeting conference marathon exercise exercises session games festival congress visit talks',
      ],
      [
        'Document',
        'agreement declaration charter treaty convention statement resolution resolutions programme program strategy concept plan roadmap list memorandum protocol communique',
      ],
      ['Initiative', 'initiative process project projects front spirit corridor'],
      ['Place', 'region city province grounds headquarters valley'],
      ['State', 'republic kingdom federation emirates'],
    ] as const
  ).flatMap(([kind, words]) => words.split(' ').map((word) => [word, kind])),
);

const TITLE_BEFORE =
  /(?:\b(?:Mr|Ms|Mrs|Dr|President|Minister|Chairman|Ambassador|Secretary-General|Secretary General|Prime Minister)\.?\s+)$/u;

/** The cue of the name's head: its last word if a cue, else the last cue before "of", else any last cue. */
function cueKind(name: string): EntityKind | null {
  const words = name
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  const kindOf = (word: string | undefined): EntityKind | null => (word ? (CUES[word] ?? null) : null);
  const last = kindOf(words[words.length - 1]);
  if (last) return last;
  const of = words.indexOf('of');
  const head = of > 0 ? words.slice(0, of) : [];
  const cued = (list: string[]): EntityKind | null =>
    list
      .map(kindOf)
      .filter((k) => k !== null)
      .pop() ?? null;
  return cued(head) ?? cued(words);
}

export function kindOf(name: string, type: NerType | 'Phrase' | 'Acronym', textBefore: string): EntityKind {
  if (type === 'Number') return 'Statistic';
  if (TITLE_BEFORE.test(textBefore)) return 'Person';
  const cue = cueKind(name);
  if (cue) return cue;
  if (type === 'Person') return 'Person';
  if (type === 'Country') return 'State';
  if (type === 'Place') return 'Place';
  return 'Organisation';
}
