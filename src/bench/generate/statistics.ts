/**
 * The figures a news conference cites ("over 600 terrorist crimes were thwarted"): what a figure counts, the
 * kinds of entity it can measure, the range of its value, and the sentence that states it.
 */
import type { EntityKind, StatisticBound } from '../../ingest/vocabulary';
import type { Random } from './random';

export interface StatisticTemplate {
  readonly unit: string;
  readonly counts: string;
  readonly subjectKinds: readonly EntityKind[];
  readonly min: number;
  readonly max: number;
  /** Values with one decimal (tonnes, percent) rather than whole numbers. */
  readonly decimal: boolean;
  /** Whether the figure is "N out of a total" (delegations of an event). */
  readonly ofTotal: boolean;
  /** The sentence stating the figure about its subject, before any time phrase. */
  readonly sentence: (figure: string, subject: string) => string;
}

export const STATISTIC_TEMPLATES: readonly StatisticTemplate[] = [
  {
    unit: 'terrorist crimes',
    counts: 'terrorist crimes thwarted during the planning phase',
    subjectKinds: ['Organisation', 'State'],
    min: 20,
    max: 2500,
    decimal: false,
    ofTotal: false,
    sentence: (figure, subject) => `${figure} were thwarted with the help of ${subject} during the planning phase`,
  },
  {
    unit: 'kilometres',
    counts: 'kilometres of roads built',
    subjectKinds: ['Initiative', 'Document'],
    min: 40,
    max: 9000,
    decimal: false,
    ofTotal: false,
    sentence: (figure, subject) => `${figure} of roads were built under ${subject}`,
  },
  {
    unit: 'percent',
    counts: 'share of the world population',
    subjectKinds: ['Organisation'],
    min: 1,
    max: 60,
    decimal: true,
    ofTotal: false,
    sentence: (figure, subject) => `${subject} accounts for ${figure} of the world population`,
  },
  {
    unit: 'joint projects',
    counts: 'joint projects carried out',
    subjectKinds: ['Organisation', 'Initiative'],
    min: 5,
    max: 400,
    decimal: false,
    ofTotal: false,
    sentence: (figure, subject) => `${figure} were carried out within ${subject}`,
  },
  {
    unit: 'participants',
    counts: 'participants in the event',
    subjectKinds: ['Event'],
    min: 30,
    max: 5000,
    decimal: false,
    ofTotal: false,
    sentence: (figure, subject) => `${figure} took part in ${subject}`,
  },
  {
    unit: 'delegations',
    counts: 'delegations that attended, out of those invited',
    subjectKinds: ['Event'],
    min: 5,
    max: 60,
    decimal: false,
    ofTotal: true,
    sentence: (figure, subject) => `${figure} attended ${subject}`,
  },
  {
    unit: 'tonnes',
    counts: 'tonnes of drugs seized',
    subjectKinds: ['Organisation', 'State'],
    min: 1,
    max: 900,
    decimal: true,
    ofTotal: false,
    sentence: (figure, subject) => `${figure} of drugs were seized in operations of ${subject}`,
  },
  {
    unit: 'member states',
    counts: 'member states of the organisation',
    subjectKinds: ['Organisation'],
    min: 3,
    max: 40,
    decimal: false,
    ofTotal: false,
    sentence: (figure, subject) => `${subject} brings together ${figure}`,
  },
  {
    unit: 'regular flights',
    counts: 'weekly regular flights',
    subjectKinds: ['State'],
    min: 10,
    max: 1200,
    decimal: false,
    ofTotal: false,
    sentence: (figure, subject) => `${figure} a week now connect ${subject} with its partners`,
  },
] as const;

const BOUND_WORDS: Readonly<Record<StatisticBound, string>> = {
  exactly: '',
  over: 'over ',
  about: 'about ',
  almost: 'almost ',
  under: 'under ',
};

/** English grouping with commas ("2,500"); decimals keep one digit ("12.4"). */
export function formatNumber(value: number): string {
  const [whole = '0', fraction] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

export interface Figure {
  readonly value: number;
  readonly bound: StatisticBound;
  readonly total?: number;
  /** How the prose states it: "over 600 terrorist crimes", "25 out of 40 delegations". */
  readonly text: string;
}

export function drawFigure(random: Random, template: StatisticTemplate): Figure {
  const raw = template.min + random.next() * (template.max - template.min);
  const value = template.decimal ? Math.round(raw * 10) / 10 : Math.round(raw);
  if (template.ofTotal) {
    const total = value + random.between(1, value);
    return {
      value,
      bound: 'exactly',
      total,
      text: `${formatNumber(value)} out of ${formatNumber(total)} ${template.unit}`,
    };
  }
  const bound = random.pick(['exactly', 'over', 'over', 'about', 'almost', 'under'] as const);
  return { value, bound, text: `${BOUND_WORDS[bound]}${formatNumber(value)} ${template.unit}` };
}
