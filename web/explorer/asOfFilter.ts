/**
 * The "as of" filter: a date input and a clear button above the other filters. With a date the graph is drawn as
 * known on it (only what sources dated on or before it state, each relation with the status known then) and the
 * side panel reads relations as of it. Unlike the checkbox lists it is built once, not on every redraw, so that a
 * reader typing a date keeps their place; the date is applied when it is complete and the reader pauses, presses
 * Enter or leaves the field (typing "2019" passes through years 2, 20 and 201, which are not worth a request each).
 */
import { el } from './dom';
import { calendarDate } from './viewState';

const SETTLE_MS = 600;

export class AsOfFilter {
  private readonly input: HTMLInputElement;
  private readonly clear: HTMLButtonElement;
  private readonly hint: HTMLElement;
  private applied: string | null = null;
  private timer: number | undefined;

  constructor(
    container: HTMLElement,
    private readonly onChange: (asOf: string | null) => void,
  ) {
    this.input = el('input', {
      id: 'as-of-date',
      attrs: { type: 'date', name: 'asOf', min: '1900-01-01', max: '2999-12-31' },
      on: {
        change: () => this.schedule(),
        blur: () => this.apply(),
        keydown: (event) => {
          if (event.key === 'Enter') this.apply();
        },
      },
    });
    this.clear = el('button', {
      id: 'as-of-clear',
      className: 'as-of-clear',
      text: 'Clear',
      attrs: { type: 'button', title: 'Show everything the sources say, whatever their date' },
      on: {
        click: () => {
          this.input.value = '';
          this.apply();
        },
      },
    });
    this.hint = el('p', { className: 'as-of-hint muted' });
    container.replaceChildren(
      el(
        'fieldset',
        { id: 'filter-as-of' },
        el('legend', { text: 'As of' }),
        el(
          'div',
          { className: 'as-of-row' },
          el('label', {
            className: 'visually-hidden',
            text: 'Show the graph as known on',
            attrs: { for: 'as-of-date' },
          }),
          this.input,
          this.clear,
        ),
        this.hint,
      ),
    );
    this.show(null);
  }

  /** Shows the view's date (from the URL, Back or Forward) without reporting it as a change. */
  show(asOf: string | null): void {
    window.clearTimeout(this.timer);
    this.applied = asOf;
    if (this.input.value !== (asOf ?? '')) this.input.value = asOf ?? '';
    this.clear.disabled = asOf === null;
    this.hint.textContent = asOf
      ? `As known on ${asOf}: only what sources dated on or before it state.`
      : 'Everything the sources say. Pick a day to see the graph as known then.';
  }

  private schedule(): void {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.apply(), SETTLE_MS);
  }

  private apply(): void {
    window.clearTimeout(this.timer);
    // An incomplete date reads as '' in the input: keep the date in force until it is complete or cleared.
    const raw = this.input.value;
    const asOf = raw === '' ? null : calendarDate(raw);
    if (raw !== '' && asOf === null) return;
    if (raw === '' && document.activeElement === this.input && this.applied !== null) return;
    if (asOf === this.applied) return;
    this.applied = asOf;
    this.onChange(asOf);
  }
}
