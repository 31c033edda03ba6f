/**
 * Named-entity recognition behind one small interface, so the two offline libraries installed can be measured
 * on the same text (docs/INGESTION-linking.md): compromise (people, places, countries, organisations, numbers,
 * proper nouns) and wink-nlp with its English lite model (numeric entities and PROPN tokens; it has no person or
 * organisation types). Both models load once per process, on first use.
 */
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type NerType = 'Person' | 'Place' | 'Country' | 'Organisation' | 'Number' | 'ProperNoun';

export interface NerSpan {
  readonly start: number;
  readonly end: number;
  readonly type: NerType;
}

export const NER_ENGINES = ['compromise', 'wink'] as const;
export type NerEngineName = (typeof NER_ENGINES)[number];

/** Trailing punctuation and white space some taggers keep in a span ("Iran.", "Russia,"). */
function trimmed(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = start;
  let e = end;
  while (s < e && /[^\p{L}\p{N}]/u.test(text.charAt(s))) s += 1;
  while (e > s && /[^\p{L}\p{N}]/u.test(text.charAt(e - 1))) e -= 1;
  return e > s ? { start: s, end: e } : null;
}

interface CompromiseMatch {
  readonly offset?: { readonly start: number; readonly length: number };
}

function compromiseSpans(text: string): NerSpan[] {
  const doc = nlp(text);
  const spans: NerSpan[] = [];
  const add = (matches: CompromiseMatch[], type: NerType): void => {
    for (const match of matches) {
      if (!match.offset) continue;
      const span = trimmed(text, match.offset.start, match.offset.start + match.offset.length);
      if (span) spans.push({ ...span, type });
    }
  };
  const json = (view: { json(options: object): unknown }): CompromiseMatch[] =>
    view.json({ offset: true, text: false, terms: false }) as CompromiseMatch[];
  add(json(doc.people()), 'Person');
  add(json(doc.match('#Country+')), 'Country');
  add(json(doc.places()), 'Place');
  add(json(doc.organizations()), 'Organisation');
  add(json(doc.match('#Value+ #Unit?')), 'Number');
  add(json(doc.match('#ProperNoun+')), 'ProperNoun');
  return spans;
}

let wink: ReturnType<typeof winkNLP> | null = null;

const WINK_NUMBERS = new Set(['CARDINAL', 'PERCENT', 'MONEY', 'DURATION', 'ORDINAL', 'MEASURE']);

function winkSpans(text: string): NerSpan[] {
  wink ??= winkNLP(model);
  const its = wink.its;
  const doc = wink.readDoc(text);
  // Character offsets of the tokens: wink gives token values, found here in order in the text.
  const values = doc.tokens().out(its.value) as string[];
  const starts: number[] = [];
  let cursor = 0;
  for (const value of values) {
    const at = text.indexOf(value, cursor);
    starts.push(at < 0 ? cursor : at);
    cursor = at < 0 ? cursor : at + value.length;
  }
  const spanOf = (first: number, last: number): { start: number; end: number } | null =>
    trimmed(text, starts[first] ?? 0, (starts[last] ?? 0) + (values[last]?.length ?? 0));
  const spans: NerSpan[] = [];
  const entities = doc.entities().out(its.detail) as unknown as { type: string }[];
  const entitySpans = doc.entities().out(its.span) as unknown as [number, number][];
  entities.forEach((entity, i) => {
    const tokens = entitySpans[i];
    const span = tokens && WINK_NUMBERS.has(entity.type) ? spanOf(tokens[0], tokens[1]) : null;
    if (span) spans.push({ ...span, type: 'Number' });
  });
  const pos = doc.tokens().out(its.pos) as string[];
  for (let i = 0; i < pos.length; i += 1) {
    if (pos[i] !== 'PROPN') continue;
    let j = i;
    while (pos[j + 1] === 'PROPN') j += 1;
    const span = spanOf(i, j);
    if (span) spans.push({ ...span, type: 'ProperNoun' });
    i = j;
  }
  return spans;
}

/** The entity spans the engine finds in `text`, offsets into `text`. */
export function recogniseEntities(engine: NerEngineName, text: string): NerSpan[] {
  return engine === 'compromise' ? compromiseSpans(text) : winkSpans(text);
}
