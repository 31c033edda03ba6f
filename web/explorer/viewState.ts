/**
 * Everything that makes up a view, and its place in the URL's query string, so that a link shows the same view:
 *
 *   /explore?centre=csto&expand=rats,sco&hideStatus=PLANNED&hideType=MEASURES&edge=MET_WITH:sco:csto
 *           &passage=sco-sg-news-conference-2019-03-20%23q14.p11&quote=28782-28855
 *
 * `node` or `edge` is the selection shown in the side panel; `passage` + `quote` open the source view with the
 * quote's source offsets highlighted; `asOf=2019-12-31` draws the graph as known on that date (only what sources
 * dated on or before it state, each relation with the status known then); `cluster=MEMBER_OF:in:STATE` is the one
 * cluster of a hub's neighbours drawn open (see clusters.ts).
 */
import { isClusterKey } from './clusters';

export type Selection = { readonly kind: 'node' | 'edge'; readonly id: string };

export interface SourceQuote {
  readonly passageId: string;
  /** Offsets into the source text (the evidence's start and end). */
  readonly start: number;
  readonly end: number;
}

export interface ViewState {
  readonly centre: string | null;
  /** Entities whose neighbourhood is merged in, in the order they were expanded. */
  readonly expanded: readonly string[];
  readonly hiddenTypes: readonly string[];
  readonly hiddenStatuses: readonly string[];
  readonly selection: Selection | null;
  readonly source: SourceQuote | null;
  /** The date (YYYY-MM-DD) the graph is read as of; null for everything known. */
  readonly asOf: string | null;
  /** The key of the centre's one open cluster of neighbours, when the centre is a hub. */
  readonly cluster: string | null;
}

export const EMPTY_VIEW: ViewState = {
  centre: null,
  expanded: [],
  hiddenTypes: [],
  hiddenStatuses: [],
  selection: null,
  source: null,
  asOf: null,
  cluster: null,
};

const ENTITY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ENUM_VALUE = /^[A-Z][A-Z0-9_]*$/;
const MAX_LIST = 100;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `value` when it is a real calendar day as YYYY-MM-DD (what `<input type="date">` gives and `Date` accepts). */
export function calendarDate(value: string | null): string | null {
  const match = ISO_DATE.exec(value ?? '');
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= 1 ? (value as string) : null;
}

function list(params: URLSearchParams, name: string, valid: RegExp): string[] {
  const values = (params.get(name) ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter((value) => valid.test(value));
  return [...new Set(values)].slice(0, MAX_LIST);
}

/** The view a query string describes; anything malformed is dropped rather than trusted. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const centreParam = params.get('centre');
  const centre = centreParam !== null && ENTITY_ID.test(centreParam) ? centreParam : null;
  if (!centre) return EMPTY_VIEW;

  let selection: Selection | null = null;
  const node = params.get('node');
  const edge = params.get('edge');
  if (node !== null && ENTITY_ID.test(node)) selection = { kind: 'node', id: node };
  else if (edge !== null && edge.length > 0 && edge.length <= 300) selection = { kind: 'edge', id: edge };

  let source: SourceQuote | null = null;
  const passageId = params.get('passage');
  const quote = /^(\d{1,9})-(\d{1,9})$/.exec(params.get('quote') ?? '');
  if (passageId && passageId.length <= 200 && quote) {
    const start = Number(quote[1]);
    const end = Number(quote[2]);
    if (end >= start) source = { passageId, start, end };
  }

  return {
    centre,
    expanded: list(params, 'expand', ENTITY_ID).filter((id) => id !== centre),
    hiddenTypes: list(params, 'hideType', ENUM_VALUE),
    hiddenStatuses: list(params, 'hideStatus', ENUM_VALUE),
    selection,
    source,
    asOf: calendarDate(params.get('asOf')),
    cluster: isClusterKey(params.get('cluster') ?? '') ? params.get('cluster') : null,
  };
}

/** The query string (with its `?`, or empty) for a view. */
export function formatViewState(state: ViewState): string {
  if (!state.centre) return '';
  const params = new URLSearchParams();
  params.set('centre', state.centre);
  if (state.expanded.length > 0) params.set('expand', state.expanded.join(','));
  if (state.hiddenTypes.length > 0) params.set('hideType', state.hiddenTypes.join(','));
  if (state.hiddenStatuses.length > 0) params.set('hideStatus', state.hiddenStatuses.join(','));
  if (state.asOf) params.set('asOf', state.asOf);
  if (state.cluster) params.set('cluster', state.cluster);
  if (state.selection) params.set(state.selection.kind, state.selection.id);
  if (state.source) {
    params.set('passage', state.source.passageId);
    params.set('quote', `${state.source.start}-${state.source.end}`);
  }
  // Commas and colons are safe in a query string and keep shared links readable.
  return `?${params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':')}`;
}
