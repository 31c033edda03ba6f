/**
 * One candidate of the queue as a list option: kind, label, score and state, then what it proposes - a fact's
 * type, ends, status (a negated one marked NEGATIVE), time and quote; an entity's name, kind, aliases, method and
 * the known entity it may be.
 */
import { el } from '../explorer/dom';
import { humanise, kindStyle } from '../explorer/kinds';
import type { Candidate, CandidateEnd } from './reviewClient';

/** What the item needs to name a fact's end that is a candidate entity (its label and current state). */
export type CandidateLookup = (id: string) => Candidate | undefined;

export function queueItem(candidate: Candidate, lookup: CandidateLookup): HTMLLIElement {
  const item = el(
    'li',
    {
      className: `candidate candidate-${candidate.kind.toLowerCase()}`,
      id: itemId(candidate.id),
      attrs: { role: 'option', tabindex: '-1', 'aria-selected': 'false' },
      dataset: { id: candidate.id, state: candidate.state, kind: candidate.kind },
    },
    el(
      'div',
      { className: 'candidate-head' },
      el('span', { className: 'candidate-kind', text: candidate.kind }),
      el('span', { className: 'candidate-label', text: candidate.label }),
      el('span', { className: 'candidate-score', title: 'How sure the pipeline is', text: candidate.score.toFixed(2) }),
      el('span', {
        className: `candidate-state state-${candidate.state.toLowerCase()}`,
        text: candidate.state,
      }),
    ),
    candidate.fact ? factBody(candidate, lookup) : entityBody(candidate),
    outcome(candidate),
  );
  return item;
}

/** A DOM id for a candidate id (which holds slashes). */
export const itemId = (candidateId: string): string => `candidate-${candidateId.replace(/[^A-Za-z0-9_-]/g, '_')}`;

function factBody(candidate: Candidate, lookup: CandidateLookup): HTMLElement {
  const fact = candidate.fact;
  if (!fact) return el('div');
  return el(
    'dl',
    { className: 'candidate-body' },
    el('dt', { text: 'Type' }),
    el('dd', { className: 'fact-type', text: fact.type }),
    el('dt', { text: 'Ends' }),
    el('dd', { className: 'fact-ends' }, endLabel(fact.from, lookup), ' → ', endLabel(fact.to, lookup)),
    el('dt', { text: 'Status' }),
    el(
      'dd',
      { className: 'fact-status' },
      humanise(fact.status),
      fact.negated &&
        el('strong', { className: 'negative-marker', text: 'NEGATIVE', title: 'The sentence says it does not hold' }),
    ),
    fact.time?.text && el('dt', { text: 'Time' }),
    fact.time?.text && el('dd', { className: 'fact-time', text: fact.time.text }),
    el('dt', { text: 'Quote' }),
    el(
      'dd',
      { className: 'fact-quote' },
      el('q', { text: fact.quote }),
      ` (${fact.passage.localId}, rule ${fact.rule})`,
    ),
  );
}

function endLabel(end: CandidateEnd, lookup: CandidateLookup): HTMLElement {
  if (end.entity) {
    const element = el('span', { className: 'end end-entity', text: end.entity.name, title: `${end.entity.id}` });
    element.style.setProperty('--kind-colour', kindStyle(end.entity.kind).colour);
    return element;
  }
  const other = end.candidate ? lookup(end.candidate.id) : undefined;
  const state = other?.state ?? 'OPEN';
  return el(
    'span',
    { className: 'end end-candidate', title: `candidate ${end.candidate?.id ?? end.id}`, dataset: { state } },
    `${end.candidate?.label ?? end.id} `,
    el('small', { text: `(candidate, ${state.toLowerCase()})` }),
  );
}

function entityBody(candidate: Candidate): HTMLElement {
  const entity = candidate.entity;
  if (!entity) return el('div');
  const kind = el('dd', { className: 'entity-kind', text: kindStyle(entity.kind).label });
  kind.style.setProperty('--kind-colour', kindStyle(entity.kind).colour);
  return el(
    'dl',
    { className: 'candidate-body' },
    el('dt', { text: 'Name' }),
    el('dd', { className: 'entity-name', text: `${entity.name} (id ${entity.key})` }),
    el('dt', { text: 'Kind' }),
    kind,
    el('dt', { text: 'Aliases' }),
    el('dd', { className: 'entity-aliases', text: entity.aliases.length > 0 ? entity.aliases.join(', ') : '—' }),
    el('dt', { text: 'Method' }),
    el('dd', { className: 'entity-method', text: entity.method }),
    entity.similarTo && el('dt', { text: 'Similar to' }),
    entity.similarTo &&
      el('dd', {
        className: 'entity-similar',
        text: `${entity.similarTo.name} (${entity.similarTo.id})${entity.similarity === null ? '' : `, ${entity.similarity.toFixed(2)}`}`,
      }),
    el('dt', { text: 'Mentions' }),
    el('dd', { className: 'entity-mentions', text: String(entity.mentions.length) }),
  );
}

function outcome(candidate: Candidate): HTMLElement | null {
  if (candidate.state === 'OPEN') return null;
  const what = candidate.acceptedEntity
    ? `entity ${candidate.acceptedEntity.id}`
    : candidate.acceptedRelation
      ? `relation ${candidate.acceptedRelation.id}`
      : null;
  const parts = [
    `${humanise(candidate.state)}${candidate.reviewedBy ? ` by ${candidate.reviewedBy}` : ''}`,
    what && `→ ${what}`,
    candidate.reason && `reason: ${candidate.reason}`,
  ].filter((p): p is string => typeof p === 'string' && p.length > 0);
  return el('p', { className: 'candidate-outcome', text: parts.join(' · ') });
}
