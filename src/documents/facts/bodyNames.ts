/**
 * Bodies named after their organisation: "the SCO Secretariat", "the UN Security Council", "the Afghanistan High
 * Peace Council". When an Organisation's mention begins with the words of another actor's mention in the same
 * document, the first is proposed as a body of the second. So is a body named right after a possessive ("the SCO's
 * Business Council", "Afghanistan's High Peace Council"). A naming convention, not a cue, so it is not a cue rule.
 */
import { RELATIONSHIP_TYPES, type EntityKind } from '../../ingest/vocabulary';
import type { CandidateFact } from '../types';
import { quoteOf, type KindedMention, type Sentence } from './sentences';

export const BODY_NAME_RULE = 'body-name-prefix';
export const BODY_POSSESSIVE_RULE = 'body-name-possessive';

/** The head words of a body's name; "China's Belt and Road" is not a body of China. */
const BODY_HEAD =
  /(?<![\p{L}])(?:council|consortium|committee|secretariat|structure|commission|group|forum|club|centre|center|office|agency|assembly|ministry|court|bank|fund)(?![\p{L}])/iu;
const POSSESSIVE_END = /['’]s$/u;
const COORDINATION = /^\s*(?:,|,?\s*and)\s*$/u;

function bodyFact(body: KindedMention, parent: KindedMention, sentence: Sentence, rule: string): CandidateFact {
  return {
    type: 'BODY_OF',
    from: body.ref,
    to: parent.ref,
    status: 'established',
    negated: false,
    time: null,
    ...quoteOf(sentence),
    rule,
    score: 0.6,
  };
}

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
    let owned: { end: number; owner: KindedMention } | null = null;
    for (const body of sentence.mentions) {
      if (body.pronoun || !bodyKinds.includes(body.kind)) continue;
      const name = text.slice(body.start, body.end);
      const possessor = sentence.mentions.find(
        (m) =>
          !m.pronoun &&
          m.end <= body.start &&
          /^\s?$/.test(text.slice(m.end, body.start)) &&
          POSSESSIVE_END.test(text.slice(m.start, m.end)),
      );
      // "the SCO's Business Council and Interbank Consortium": the possessive reaches the whole coordination.
      const coordinated: KindedMention | undefined =
        owned && COORDINATION.test(text.slice(owned.end, body.start)) ? owned.owner : undefined;
      const owner: KindedMention | undefined = possessor ?? coordinated;
      owned = null;
      if (owner && owner.key !== body.key && parentKinds.includes(owner.kind) && BODY_HEAD.test(name)) {
        facts.push(bodyFact(body, owner, sentence, BODY_POSSESSIVE_RULE));
        owned = { end: body.end, owner };
      }
      for (const [form, parent] of parents) {
        if (parent.key === body.key || !name.startsWith(`${form} `)) continue;
        facts.push(bodyFact(body, parent, sentence, BODY_NAME_RULE));
      }
    }
  }
  return facts;
}
