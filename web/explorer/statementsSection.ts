/**
 * Every source's word on a selected relation, for the side panel: a badge for each conflict between the
 * statements, the status history ("being worked out (2019-03-20) → signed (2020-06-15)"), and each statement
 * (newest first) with its source, date, status, basis, time and quotes; the one the relation's status comes from is
 * marked current. Retired statements are left out unless the reader asks for them, and then struck through.
 */
import { el, present } from './dom';
import { evidenceList, type SourceLinks } from './evidenceList';
import type { RelationConflict, RelationStatement, RelationStatements, StatusChange } from './graphqlClient';
import { humanise } from './kinds';
import { statusBadge } from './statusBadge';

export interface StatementsOptions extends SourceLinks {
  readonly showRetired: boolean;
  setShowRetired(show: boolean): void;
}

const CONFLICT_LABELS: Record<RelationConflict['kind'], string> = {
  NEGATION: 'the sources disagree whether it holds',
  STATUS: 'sources of the same date give different statuses',
  TIME: 'the sources give times that do not overlap',
};

/** What a conflict side says, in words: a status (given as the graph spells it, `not-under-consideration`) is
 * humanised like the status badges; a stated time is kept as the server gives it. */
function sideText(kind: RelationConflict['kind'], says: string): string {
  return kind === 'TIME' ? says : humanise(says.replace(/-/g, '_'));
}

function conflictBadges(relation: RelationStatements): HTMLElement | null {
  if (relation.conflicts.length === 0) return null;
  const titles = new Map(relation.statements.map((s) => [s.id, s.source.title]));
  const list = el('ul', { className: 'conflicts' });
  for (const conflict of relation.conflicts) {
    const sides = el('span', { className: 'conflict-sides' });
    conflict.sides.forEach((side, index) => {
      const sources = side.statements.map((s) => titles.get(s.id) ?? s.source.id).join('; ');
      if (index > 0) sides.append(' vs. ');
      sides.append(
        el(
          'span',
          { className: 'conflict-side' },
          el('strong', { text: sideText(conflict.kind, side.says) }),
          ` (${sources})`,
        ),
      );
    });
    list.append(
      el(
        'li',
        { className: 'conflict', dataset: { kind: conflict.kind }, title: CONFLICT_LABELS[conflict.kind] },
        el('span', { className: 'conflict-badge', text: `Conflict: ${humanise(conflict.kind)}` }),
        ' ',
        sides,
      ),
    );
  }
  return list;
}

function statusHistory(history: readonly StatusChange[]): HTMLElement | null {
  if (history.length === 0) return null;
  const line = el('p', { className: 'status-history' });
  history.forEach((change, index) => {
    if (index > 0) line.append(el('span', { className: 'history-arrow', text: ' → ' }));
    line.append(
      el(
        'span',
        { className: 'history-step', dataset: { statement: change.statement.id } },
        humanise(change.status),
        ` (${change.on})`,
      ),
    );
  });
  return line;
}

function describeTime(statement: RelationStatement): string {
  if (statement.timeKnown === 'SOURCE_DATE') return `known on source date (${statement.assertedOn})`;
  return statement.time?.text ?? 'stated';
}

function statementItem(statement: RelationStatement, links: SourceLinks): HTMLElement {
  const classes = ['statement'];
  if (statement.current) classes.push('current');
  if (statement.retired) classes.push('retired');
  const facts = el('dl', { className: 'facts statement-facts' });
  const rows: [string, Node | string | null][] = [
    ['Status', statusBadge(statement.status)],
    ['Basis', statement.basis === 'IMPLIED' ? 'implied' : 'stated'],
    [
      'When',
      el('span', { className: `statement-time time-${statement.timeKnown.toLowerCase()}` }, describeTime(statement)),
    ],
    ['Note', statement.note],
    [
      'Retired',
      statement.retired
        ? `${statement.retired.at.slice(0, 10)} by ${statement.retired.by}: ${statement.retired.reason}`
        : null,
    ],
  ];
  for (const [term, value] of rows) if (value) facts.append(el('dt', { text: term }), el('dd', {}, value));
  return el(
    'li',
    { className: classes.join(' '), dataset: { statement: statement.id, source: statement.source.id } },
    el(
      'p',
      { className: 'statement-source' },
      el('span', { className: 'source-title', text: statement.source.title }),
      ' · ',
      el('time', { className: 'source-date', text: statement.assertedOn, attrs: { datetime: statement.assertedOn } }),
      statement.current ? el('span', { className: 'current-marker', text: 'current' }) : null,
      statement.curated ? el('span', { className: 'curated-marker', text: 'added by an analyst' }) : null,
    ),
    facts,
    evidenceList(statement.evidence, links, true),
  );
}

function retiredToggle(retired: number, options: StatementsOptions): HTMLElement {
  const box = el('input', {
    attrs: { type: 'checkbox', name: 'show-retired' },
    on: { change: () => options.setShowRetired(box.checked) },
  });
  box.checked = options.showRetired;
  return el('label', { className: 'show-retired' }, box, ` Show retired statements (${retired})`);
}

/** The statements part of a relation's panel. */
export function statementsSection(relation: RelationStatements, options: StatementsOptions): HTMLElement[] {
  const retired = relation.statements.filter((s) => s.retired).length;
  const shown = relation.statements.filter((s) => options.showRetired || !s.retired);
  const live = relation.statements.length - retired;
  const list = el('ol', { className: 'statements' });
  for (const statement of shown) list.append(statementItem(statement, options));
  const history = statusHistory(relation.statusHistory);
  return present(
    conflictBadges(relation),
    history ? el('h3', { text: 'Status history' }) : null,
    history,
    el('h3', {
      className: 'statements-heading',
      text: `${live === 1 ? 'Statement' : 'Statements'} (${live} from ${relation.sourceIds.length} ${relation.sourceIds.length === 1 ? 'source' : 'sources'})`,
    }),
    retired > 0 ? retiredToggle(retired, options) : null,
    list,
  ).filter((child): child is HTMLElement => child instanceof HTMLElement);
}
