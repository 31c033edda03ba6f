/**
 * The review page of one ingested source: the document on the left, its queue of candidates on the right, and the
 * action panel above the queue. Keyboard first (see KEYS; `?` shows them), with a button for every action. A
 * decision updates its item in place and moves the selection to the next open candidate; what the API refuses is
 * shown in one line of the panel.
 */
import { el } from '../explorer/dom';
import { DocumentView } from './documentView';
import { editForm, mergeForm, reasonForm } from './inlineForms';
import { itemId, queueItem } from './queueItem';
import {
  acceptCandidate,
  ApiError,
  fetchCandidates,
  fetchSource,
  mergeCandidate,
  rejectCandidate,
  type Candidate,
  type CandidateEdit,
  type Decision,
} from './reviewClient';
import { type TokenField } from './tokenField';

export const KEYS: readonly (readonly [string, string])[] = [
  ['j / ↓', 'next candidate'],
  ['k / ↑', 'previous candidate'],
  ['a', 'accept'],
  ['r', 'reject (asks an optional reason)'],
  ['e', 'edit, then accept'],
  ['m', 'merge an entity candidate into an existing entity'],
  ['Enter / Esc', 'submit / cancel a form'],
  ['?', 'show or hide these keys'],
];

export const TOKEN_NEEDED = 'An editor token is needed: paste one into "Editor token" at the top of the page.';

type Filter = 'all' | 'open';

export class ReviewPage {
  private candidates: Candidate[] = [];
  private selected = -1;
  private filter: Filter = 'all';
  private busy = false;
  private readonly document: DocumentView;
  private readonly queue: HTMLUListElement;
  private readonly message: HTMLElement;
  private readonly inline: HTMLElement;
  private readonly counts: HTMLElement;
  private readonly help: HTMLElement;

  constructor(
    private readonly sourceId: string,
    private readonly token: TokenField,
  ) {
    this.document = new DocumentView(byId('document'));
    this.queue = byId('queue') as HTMLUListElement;
    this.message = byId('action-message');
    this.inline = byId('inline-area');
    this.counts = byId('queue-counts');
    this.help = byId('key-help');
  }

  async start(): Promise<void> {
    this.help.replaceChildren(
      el('h2', { text: 'Keys' }),
      el(
        'dl',
        {},
        ...KEYS.flatMap(([key, what]) => [el('dt', {}, el('kbd', { text: key })), el('dd', { text: what })]),
      ),
    );
    this.wireControls();
    const [source, candidates] = await Promise.all([fetchSource(this.sourceId), fetchCandidates(this.sourceId)]);
    if (!source) {
      this.say('error', `There is no source "${this.sourceId}". The ingested sources are listed at /review.`);
      byId('document').replaceChildren(el('p', { className: 'empty', text: `No source "${this.sourceId}".` }));
      return;
    }
    document.title = `Review: ${source.title}`;
    this.candidates = candidates;
    this.document.show(source, candidates);
    this.renderQueue();
    this.select(this.nextOpen(-1) ?? this.nextVisible(-1, 1) ?? -1);
    document.body.dataset.ready = 'true';
  }

  private wireControls(): void {
    const actions: [string, () => void][] = [
      ['action-accept', () => this.accept(null)],
      ['action-reject', () => this.openReject()],
      ['action-edit', () => this.openEdit()],
      ['action-merge', () => this.openMerge()],
      ['action-previous', () => this.move(-1)],
      ['action-next', () => this.move(1)],
      ['toggle-help', () => this.toggleHelp()],
    ];
    for (const [id, run] of actions) byId(id).addEventListener('click', run);
    const filter = byId('filter') as HTMLSelectElement;
    filter.addEventListener('change', () => {
      this.filter = filter.value === 'open' ? 'open' : 'all';
      this.applyFilter();
    });
    document.addEventListener('keydown', (event) => this.onKey(event));
  }

  private onKey(event: KeyboardEvent): void {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement | null;
    if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
    const handlers: Record<string, () => void> = {
      j: () => this.move(1),
      ArrowDown: () => this.move(1),
      k: () => this.move(-1),
      ArrowUp: () => this.move(-1),
      a: () => this.accept(null),
      r: () => this.openReject(),
      e: () => this.openEdit(),
      m: () => this.openMerge(),
      '?': () => this.toggleHelp(),
      Escape: () => {
        this.closeInline();
        this.help.hidden = true;
      },
    };
    const handler = handlers[event.key];
    if (!handler) return;
    event.preventDefault();
    handler();
  }

  // ----- selection -----

  private current(): Candidate | null {
    return this.candidates[this.selected] ?? null;
  }

  private visible(candidate: Candidate): boolean {
    return this.filter === 'all' || candidate.state === 'OPEN';
  }

  private nextVisible(from: number, step: 1 | -1): number | null {
    for (let i = from + step; i >= 0 && i < this.candidates.length; i += step) {
      const candidate = this.candidates[i];
      if (candidate && this.visible(candidate)) return i;
    }
    return null;
  }

  /** The next open candidate after `from`, else the first open one from the top. */
  private nextOpen(from: number): number | null {
    const count = this.candidates.length;
    for (let step = 1; step <= count; step++) {
      const i = (((from + step) % count) + count) % count;
      if (this.candidates[i]?.state === 'OPEN') return i;
    }
    return null;
  }

  private move(step: 1 | -1): void {
    const next = this.nextVisible(this.selected, step);
    if (next !== null) this.select(next);
  }

  private select(index: number): void {
    this.closeInline();
    this.selected = index;
    for (const item of this.queue.querySelectorAll<HTMLLIElement>('li.candidate')) {
      const isSelected = item.dataset.id === this.current()?.id;
      item.setAttribute('aria-selected', String(isSelected));
      item.tabIndex = isSelected ? 0 : -1;
    }
    const candidate = this.current();
    const item = candidate ? document.getElementById(itemId(candidate.id)) : null;
    if (item) {
      item.focus({ preventScroll: true });
      item.scrollIntoView({ block: 'nearest' });
      this.queue.setAttribute('aria-activedescendant', item.id);
    }
    this.updateButtons();
    this.document.select(candidate);
  }

  // ----- rendering -----

  private renderQueue(): void {
    const lookup = (id: string): Candidate | undefined => this.candidates.find((c) => c.id === id);
    this.queue.replaceChildren(
      ...this.candidates.map((candidate) => {
        const item = queueItem(candidate, lookup);
        item.addEventListener('click', () => this.select(this.candidates.indexOf(candidate)));
        return item;
      }),
    );
    if (this.candidates.length === 0) {
      this.queue.replaceChildren(el('li', { className: 'empty', text: 'This document proposed no candidates.' }));
    }
    this.applyFilter();
  }

  private applyFilter(): void {
    for (const item of this.queue.querySelectorAll<HTMLLIElement>('li.candidate')) {
      item.hidden = this.filter === 'open' && item.dataset.state !== 'OPEN';
    }
    const open = this.candidates.filter((c) => c.state === 'OPEN').length;
    this.counts.textContent = `${open} open of ${this.candidates.length}`;
    const current = this.current();
    if (current && this.visible(current)) this.select(this.selected);
    else this.select(this.nextOpen(this.selected) ?? this.nextVisible(-1, 1) ?? -1);
  }

  private updateButtons(): void {
    const candidate = this.current();
    const open = candidate?.state === 'OPEN';
    for (const id of ['action-accept', 'action-reject', 'action-edit']) {
      (byId(id) as HTMLButtonElement).disabled = !open;
    }
    (byId('action-merge') as HTMLButtonElement).disabled = !open || candidate.kind !== 'ENTITY';
  }

  private say(kind: 'error' | 'info' | 'done', text: string): void {
    this.message.textContent = text;
    this.message.dataset.kind = kind;
    this.message.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  }

  private toggleHelp(): void {
    this.help.hidden = !this.help.hidden;
  }

  // ----- decisions -----

  /** The token and the open selected candidate, or null after saying why not. */
  private ready(): { token: string; candidate: Candidate } | null {
    const candidate = this.current();
    if (!candidate) {
      this.say('info', 'Select a candidate first (j / k).');
      return null;
    }
    if (candidate.state !== 'OPEN') {
      this.say('info', `${candidate.label} was already ${candidate.state.toLowerCase()}: a decision is final.`);
      return null;
    }
    const token = this.token.value();
    if (!token) {
      this.say('error', TOKEN_NEEDED);
      return null;
    }
    if (this.busy) return null;
    return { token, candidate };
  }

  private openInline(form: HTMLFormElement): void {
    this.inline.replaceChildren(form);
    this.inline.hidden = false;
    form.querySelector<HTMLInputElement | HTMLSelectElement>('input, select')?.focus();
  }

  private closeInline(): void {
    if (this.inline.hidden) return;
    const hadFocus = this.inline.contains(document.activeElement);
    this.inline.replaceChildren();
    this.inline.hidden = true;
    if (hadFocus) this.focusSelected();
  }

  private focusSelected(): void {
    const candidate = this.current();
    if (candidate) document.getElementById(itemId(candidate.id))?.focus({ preventScroll: true });
  }

  private openReject(): void {
    if (!this.ready()) return;
    this.openInline(reasonForm({ submit: (reason) => this.reject(reason), cancel: () => this.closeInline() }));
  }

  private openMerge(): void {
    const ready = this.ready();
    if (!ready) return;
    if (ready.candidate.kind !== 'ENTITY') {
      this.say('info', 'Only an entity candidate merges into an existing entity; a fact is accepted or rejected.');
      return;
    }
    this.openInline(
      mergeForm(ready.candidate, { submit: (into) => this.merge(into), cancel: () => this.closeInline() }),
    );
  }

  private openEdit(): void {
    const ready = this.ready();
    if (!ready) return;
    this.openInline(
      editForm(ready.candidate, { submit: (edit) => this.accept(edit), cancel: () => this.closeInline() }),
    );
  }

  private accept(edit: CandidateEdit | null): void {
    void this.decide('Accepting', (token, id) => acceptCandidate(token, id, edit));
  }

  private reject(reason: string | null): void {
    void this.decide('Rejecting', (token, id) => rejectCandidate(token, id, reason));
  }

  private merge(into: string): void {
    if (!into) {
      this.say('error', 'Give the id of the entity to merge into.');
      return;
    }
    void this.decide('Merging', (token, id) => mergeCandidate(token, id, into));
  }

  private async decide(doing: string, run: (token: string, id: string) => Promise<Decision>): Promise<void> {
    const ready = this.ready();
    if (!ready) return;
    const { token, candidate } = ready;
    this.busy = true;
    this.say('info', `${doing} ${candidate.label}…`);
    try {
      const decision = await run(token, candidate.id);
      const index = this.candidates.findIndex((c) => c.id === candidate.id);
      this.candidates[index] = decision.candidate;
      this.renderQueue();
      this.say('done', describe(decision));
      this.select(this.nextOpen(index) ?? index);
    } catch (error) {
      this.say('error', errorLine(error));
    } finally {
      this.busy = false;
    }
  }
}

function describe(decision: Decision): string {
  const { candidate } = decision;
  const made = decision.relation
    ? `: relation ${decision.relation.id}`
    : decision.entity
      ? `: entity ${decision.entity.id}`
      : '';
  return `${candidate.label} ${candidate.state.toLowerCase()}${made}.`;
}

function errorLine(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'UNAUTHENTICATED') return `The token was not accepted: ${error.message}`;
    if (error.code === 'FORBIDDEN') return `Not allowed: ${error.message}`;
    return error.message;
  }
  return `The request failed: ${error instanceof Error ? error.message : String(error)}`;
}

function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the page has no #${id}`);
  return element;
}
