/**
 * The inline forms of the action panel: a reason for a rejection, the entity to merge into, and the edit of a
 * candidate before accepting it (the fields of `CandidateEdit`). Enter submits, Escape cancels; only the fields the
 * editor changed are sent, so an edit that changes nothing is a plain accept.
 */
import { el } from '../explorer/dom';
import { ENTITY_KINDS } from '../explorer/kinds';
import type { Candidate, CandidateEdit } from './reviewClient';

export interface FormHandlers<T> {
  readonly submit: (value: T) => void;
  readonly cancel: () => void;
}

interface Field {
  readonly name: keyof CandidateEdit;
  readonly label: string;
  readonly value: string;
  /** A choice among fixed values (entity kinds), else a text input. */
  readonly options?: readonly string[];
}

function formShell(
  className: string,
  title: string,
  submitLabel: string,
  body: HTMLElement[],
  onSubmit: () => void,
  onCancel: () => void,
): HTMLFormElement {
  const form = el(
    'form',
    { className: `inline-form ${className}`, attrs: { 'aria-label': title } },
    el('p', { className: 'inline-title', text: title }),
    ...body,
    el(
      'div',
      { className: 'inline-buttons' },
      el('button', { text: submitLabel, attrs: { type: 'submit' } }),
      el('button', { text: 'Cancel (Esc)', attrs: { type: 'button' }, on: { click: onCancel } }),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onSubmit();
  });
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    }
  });
  return form;
}

function labelled(id: string, label: string, control: HTMLElement): HTMLElement {
  return el('label', { className: 'inline-field', attrs: { for: id } }, el('span', { text: label }), control);
}

export function reasonForm(handlers: FormHandlers<string | null>): HTMLFormElement {
  const input = el('input', {
    id: 'reject-reason',
    attrs: { type: 'text', maxlength: '1000', autocomplete: 'off', placeholder: 'optional' },
  });
  return formShell(
    'reject-form',
    'Reject: why? (optional)',
    'Reject (Enter)',
    [labelled('reject-reason', 'Reason', input)],
    () => handlers.submit(input.value.trim() || null),
    handlers.cancel,
  );
}

export function mergeForm(candidate: Candidate, handlers: FormHandlers<string>): HTMLFormElement {
  const input = el('input', {
    id: 'merge-into',
    attrs: { type: 'text', autocomplete: 'off', spellcheck: 'false', placeholder: 'an entity id, e.g. csto' },
  });
  input.value = candidate.entity?.similarTo?.id ?? '';
  return formShell(
    'merge-form',
    `Merge "${candidate.label}" into an existing entity`,
    'Merge (Enter)',
    [labelled('merge-into', 'Entity id', input)],
    () => handlers.submit(input.value.trim()),
    handlers.cancel,
  );
}

function editFields(candidate: Candidate): Field[] {
  if (candidate.entity) {
    const e = candidate.entity;
    return [
      { name: 'id', label: 'Id', value: e.key },
      { name: 'name', label: 'Name', value: e.name },
      { name: 'kind', label: 'Kind', value: e.kind, options: ENTITY_KINDS },
      { name: 'aliases', label: 'Aliases (comma-separated)', value: e.aliases.join(', ') },
      { name: 'description', label: 'Description', value: '' },
    ];
  }
  const f = candidate.fact;
  if (!f) return [];
  return [
    { name: 'type', label: 'Type', value: f.type },
    { name: 'status', label: 'Status', value: f.status },
    { name: 'from', label: 'From (entity id or candidate key)', value: f.from.id },
    { name: 'to', label: 'To (entity id or candidate key)', value: f.to.id },
    { name: 'dateText', label: 'Time (the words)', value: f.time?.text ?? '' },
    { name: 'quote', label: 'Quote (shorter, exact)', value: f.quote },
  ];
}

export function editForm(candidate: Candidate, handlers: FormHandlers<CandidateEdit>): HTMLFormElement {
  const fields = editFields(candidate);
  const controls = new Map<Field, HTMLInputElement | HTMLSelectElement>();
  const rows = fields.map((field) => {
    const id = `edit-${field.name}`;
    let control: HTMLInputElement | HTMLSelectElement;
    if (field.options) {
      control = el('select', { id }, ...field.options.map((o) => el('option', { text: o, attrs: { value: o } })));
    } else {
      control = el('input', { id, attrs: { type: 'text', autocomplete: 'off', spellcheck: 'false' } });
    }
    control.value = field.value;
    controls.set(field, control);
    return labelled(id, field.label, control);
  });
  const submit = (): void => {
    const edit: CandidateEdit = {};
    for (const [field, control] of controls) {
      const value = control.value.trim();
      if (value === field.value || (value === '' && field.name !== 'aliases')) continue;
      if (field.name === 'aliases') {
        edit.aliases = value
          .split(',')
          .map((a) => a.trim())
          .filter((a) => a.length > 0);
      } else {
        edit[field.name] = value;
      }
    }
    handlers.submit(edit);
  };
  return formShell(
    'edit-form',
    `Edit, then accept: ${candidate.label}`,
    'Accept edited (Enter)',
    rows,
    submit,
    handlers.cancel,
  );
}
