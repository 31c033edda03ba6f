/**
 * The reviewer's checklist (tests/fixtures/completeness.yaml), written from the text independently of the seeds.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export interface ChecklistRelationship {
  type: string;
  from: string;
  to: string;
  status: string;
  key?: string;
}
export interface ChecklistStatistic {
  id?: string;
  subject: string;
  value: number;
  bound: string;
  unit: string;
}
export interface RelationshipQuestion {
  question: string;
  type: string;
  from?: string;
  to?: string;
  status?: string;
  role?: string;
  key?: string;
  expect: string[];
}
export interface StatisticQuestion {
  question: string;
  statistic: { subject: string; unit: string; counts?: string };
  expect: {
    value: number;
    bound: string;
    total?: number;
    date?: string;
    dateText?: string;
    period?: { from?: string; to?: string };
  };
}
export interface Checklist {
  entities: { id: string; kind: string }[];
  relationships: ChecklistRelationship[];
  statistics: ChecklistStatistic[];
  questions: (RelationshipQuestion | StatisticQuestion)[];
}

export const checklist = parse(
  readFileSync(path.resolve(__dirname, '..', 'fixtures', 'completeness.yaml'), 'utf8'),
) as Checklist;

export const isStatisticQuestion = (q: RelationshipQuestion | StatisticQuestion): q is StatisticQuestion =>
  'statistic' in q;
