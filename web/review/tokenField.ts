/**
 * The editor's bearer token, pasted into the top bar and kept in sessionStorage (gone when the tab closes): the
 * page sends it as `Authorization: Bearer ...` with each decision and never with reads.
 */
const STORAGE_KEY = 'sco-review-token';

export class TokenField {
  constructor(
    private readonly input: HTMLInputElement,
    private readonly status: HTMLElement,
  ) {
    input.value = sessionStorage.getItem(STORAGE_KEY) ?? '';
    input.addEventListener('input', () => this.store());
    this.show();
  }

  /** The token without a pasted `Bearer ` prefix or spaces, or null when there is none. */
  value(): string | null {
    const token = this.input.value.trim().replace(/^Bearer\s+/i, '');
    return token.length > 0 ? token : null;
  }

  private store(): void {
    const token = this.value();
    if (token) sessionStorage.setItem(STORAGE_KEY, token);
    else sessionStorage.removeItem(STORAGE_KEY);
    this.show();
  }

  private show(): void {
    this.status.textContent = this.value() ? 'token set' : 'no token: read only';
    this.status.dataset.state = this.value() ? 'set' : 'missing';
  }
}
