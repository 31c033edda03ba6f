/**
 * The search box: an ARIA combobox (WAI-ARIA 1.2 "list autocomplete") over the API's search over subjects, in its
 * ranking: an entity found by a passage that mentions it, its description, a close spelling or an external alias
 * says so briefly ("mentioned in q4.p10"). Type to get suggestions, Down/Up to move through them, Enter to choose (the first one when none is highlighted), Escape to
 * close; the mouse works too.
 */
import { fetchSuggestions, type Suggestion } from './graphqlClient';
import { kindStyle } from './kinds';

const DEBOUNCE_MS = 120;
const MAX_SUGGESTIONS = 8;

export class SearchBox {
  private suggestions: Suggestion[] = [];
  private active = -1;
  private timer: number | undefined;
  private pending: AbortController | null = null;
  /** The text the shown suggestions are for. */
  private shownFor = '';

  constructor(
    private readonly input: HTMLInputElement,
    private readonly listbox: HTMLUListElement,
    private readonly status: HTMLElement,
    private readonly onChoose: (suggestion: Suggestion) => void,
  ) {
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listbox.id);
    listbox.setAttribute('role', 'listbox');
    listbox.hidden = true;

    input.addEventListener('input', () => this.scheduleLookup());
    input.addEventListener('keydown', (event) => this.onKeyDown(event));
    input.addEventListener('blur', () => {
      // Let a click on a suggestion land first.
      window.setTimeout(() => this.close(), 150);
    });
    input.addEventListener('focus', () => {
      if (this.suggestions.length > 0 && this.shownFor === input.value.trim()) this.open();
    });
    listbox.addEventListener('mousedown', (event) => event.preventDefault()); // keep focus in the input
    listbox.addEventListener('click', (event) => {
      const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
      const index = Number(option?.dataset.index);
      if (option && Number.isInteger(index)) this.choose(index);
    });
  }

  private scheduleLookup(): void {
    window.clearTimeout(this.timer);
    const text = this.input.value.trim();
    if (text.length === 0) {
      this.pending?.abort();
      this.show([], '');
      return;
    }
    this.timer = window.setTimeout(() => void this.lookup(text), DEBOUNCE_MS);
  }

  private async lookup(text: string): Promise<void> {
    this.pending?.abort();
    const controller = new AbortController();
    this.pending = controller;
    this.input.setAttribute('aria-busy', 'true');
    try {
      const found = await fetchSuggestions(text, MAX_SUGGESTIONS, controller.signal);
      if (this.pending === controller) this.show(found, text);
    } catch (error) {
      if (this.pending === controller && !(error instanceof DOMException && error.name === 'AbortError')) {
        this.show([], text);
        this.status.textContent = `Search failed: ${error instanceof Error ? error.message : String(error)}`;
      }
    } finally {
      if (this.pending === controller) {
        this.pending = null;
        this.input.removeAttribute('aria-busy');
      }
    }
  }

  private show(suggestions: Suggestion[], text: string): void {
    this.suggestions = suggestions;
    this.shownFor = text;
    this.active = -1;
    this.listbox.replaceChildren(...suggestions.map((suggestion, index) => this.optionFor(suggestion, index, text)));
    if (text.length === 0) {
      this.status.textContent = '';
      this.close();
    } else if (suggestions.length === 0) {
      this.status.textContent = `Nothing found for “${text}”.`;
      this.close();
    } else {
      this.status.textContent = `${suggestions.length} suggestion${suggestions.length === 1 ? '' : 's'}; use the arrow keys and Enter.`;
      this.open();
    }
  }

  private optionFor(suggestion: Suggestion, index: number, text: string): HTMLLIElement {
    const option = document.createElement('li');
    option.id = `${this.listbox.id}-${index}`;
    option.setAttribute('role', 'option');
    option.setAttribute('aria-selected', 'false');
    option.dataset.index = String(index);
    option.dataset.entityId = suggestion.id;

    const style = kindStyle(suggestion.kind);
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.backgroundColor = style.colour;
    const name = document.createElement('span');
    name.className = 'suggestion-name';
    name.append(...highlighted(suggestion.name, text));
    const details = document.createElement('span');
    details.className = 'suggestion-details';
    if (suggestion.reason !== null) {
      const reason = document.createElement('span');
      reason.className = 'suggestion-reason';
      reason.textContent = suggestion.reason;
      details.append(reason, ' · ');
    } else {
      const wanted = text.toLowerCase();
      const alias = suggestion.aliases.find((a) => a.toLowerCase().includes(wanted)) ?? suggestion.aliases[0];
      if (alias) details.append(...highlighted(alias, text), ' · ');
    }
    details.append(style.label);
    option.append(swatch, name, details);
    return option;
  }

  private onKeyDown(event: KeyboardEvent): void {
    const count = this.suggestions.length;
    switch (event.key) {
      case 'ArrowDown':
        if (count === 0) return;
        event.preventDefault();
        this.open();
        this.highlight((this.active + 1) % count);
        break;
      case 'ArrowUp':
        if (count === 0) return;
        event.preventDefault();
        this.open();
        this.highlight(this.active <= 0 ? count - 1 : this.active - 1);
        break;
      case 'Enter':
        event.preventDefault();
        if (this.shownFor !== this.input.value.trim()) {
          // Enter before the suggestions arrived: look up now and take the best match.
          window.clearTimeout(this.timer);
          const text = this.input.value.trim();
          if (text.length > 0) void this.lookup(text).then(() => this.suggestions.length > 0 && this.choose(0));
        } else if (count > 0) {
          this.choose(Math.max(this.active, 0));
        }
        break;
      case 'Escape':
        if (!this.listbox.hidden) {
          event.preventDefault();
          this.close();
        }
        break;
      default:
        break;
    }
  }

  private highlight(index: number): void {
    this.active = index;
    for (const option of this.listbox.querySelectorAll<HTMLElement>('[role="option"]')) {
      const selected = Number(option.dataset.index) === index;
      option.setAttribute('aria-selected', String(selected));
      if (selected) option.scrollIntoView({ block: 'nearest' });
    }
    this.input.setAttribute('aria-activedescendant', `${this.listbox.id}-${index}`);
  }

  private choose(index: number): void {
    const suggestion = this.suggestions[index];
    if (!suggestion) return;
    this.input.value = suggestion.name;
    this.shownFor = '';
    this.close();
    this.onChoose(suggestion);
  }

  private open(): void {
    if (this.suggestions.length === 0) return;
    this.listbox.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  private close(): void {
    this.listbox.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }
}

/** `text` as nodes, with each case-insensitive occurrence of `wanted` in a <mark>. */
function highlighted(text: string, wanted: string): (string | HTMLElement)[] {
  const parts: (string | HTMLElement)[] = [];
  const needle = wanted.toLowerCase();
  if (needle.length === 0) return [text];
  const haystack = text.toLowerCase();
  let cursor = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
    if (at > cursor) parts.push(text.slice(cursor, at));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(at, at + needle.length);
    parts.push(mark);
    cursor = at + needle.length;
  }
  if (cursor < text.length) parts.push(text.slice(cursor));
  return parts;
}
