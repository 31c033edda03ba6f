/**
 * Bodies named after their organisation: "the SCO Secretariat", "the UN Security Council", "the Afghanistan High
 * Peace Council". When an Organisation's mention begins with the words of another actor's mention in the same
 * document, the first is proposed as a body of the second. A naming convention, not a cue, so it is not a cue rule.
 */
import { RELATIONSHIP_TYPES, type EntityKind } from '../../ingest/vocabulary';
import type { CandidateFact } from '../types';
import type { KindedMention, Sentence } from './sentences';

export const BODY_NAME_RULE = 'body-name-prefix';

export function bodiesByName(text: string, sentences: readonly Sentence[]): CandidateFact[] {
  const bodyKinds: readonly EntityKind[] = RELATIONSHIP_TYPES.BODY_OF.from;
  const parentKinds: readonly EntityKind[] = RELATIONSHIP_TYPES.BODY_OF.to;
  const parents = new Map<string, KindedMention>();
  for (const sentence of sentences) {
    for (const m of sentence.mentions) {
      const form = text.slice(m.start, m.end);
      if (!m.pronoun && parentKinds.includes(m.kind) && form.length >= 2) parents.set(form, m);
    }
  }
  const facts: CandidateFact[] = [];
  for (const sentence of sentences) {
    for (const body of sentence.mentions) {
      if (body.pronoun || !bodyKinds.includes(body.kind)) continue;
      const name = text.slice(body.start, body.end);
      for (const [form, parent] of parents) {
        if (parent.key === body.key || !name.startsWith(`${form} `)) continue;
        facts.push({
          type: 'BODY_OF',
          from: body.ref,
          to: parent.ref,
          status: 'established',
          negated: false,
          time: null,
          passageId: sentence.passageId,
          quote: sentence.text,
          start: sentence.start,
          end: sentence.end,
          rule: BODY_NAME_RULE,
          score: 0.6,
        });
      }
    }
  }
  return facts;
}
