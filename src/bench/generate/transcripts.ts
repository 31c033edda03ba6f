/**
 * Writes one synthetic news conference: its text in the layout passages.ts splits, its metadata, and - in the
 * same pass - the facts its paragraphs state. Facts are drawn paragraph by paragraph and their sentences
 * written into that paragraph, so every quote is, by construction, a verbatim sentence of the passage it cites.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import type { EntityRecord } from './entities';
import type { FactDrawer, RelationshipItem } from './facts';
import { firstItemOf, type CorpusLayout, type ParagraphPlan, type SourcePlan } from './layout';
import { capitalise } from './prose';
import type { Random } from './random';
import { ChunkedFile, type RecordFiles } from './seedWriters';

const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/** `2019-03-20` -> `20 March 2019`, as the transcripts write dates. */
function longDate(isoDay: string): string {
  const [year, month, day] = isoDay.split('-');
  return `${Number(day)} ${MONTHS[Number(month) - 1] ?? ''} ${year}`;
}

const QUESTIONS = [
  (a: string, b: string) => `What can you say about the prospects of cooperation between ${a} and ${b}?`,
  (a: string) => `How do you assess the work of ${a} over the past year?`,
  (a: string, b: string) => `Could you comment on the relations of ${a} with ${b}?`,
  (a: string) => `What are the priorities of ${a} for the coming period?`,
] as const;

const FILLERS = [
  (a: string) => `I would like to add a few words about ${a}.`,
  (a: string) => `We follow the developments around ${a} closely.`,
  (a: string) => `This is an important subject for ${a}.`,
] as const;

export interface TranscriptContext {
  readonly random: Random;
  readonly layout: CorpusLayout;
  readonly records: readonly EntityRecord[];
  /** Statistics in rank order: statistic i is stated in fact paragraph paragraphOfItem(i, ...). */
  readonly statistics: readonly EntityRecord[];
  readonly drawer: FactDrawer;
  readonly relationships: number;
  /** The host of every news conference: the first organisation and the first person (both hubs). */
  readonly hostOrganisation: EntityRecord;
  readonly hostPerson: EntityRecord;
}

/** Writes the text and metadata of `source` and adds its facts to `facts`; returns the files written. */
export async function writeTranscript(
  context: TranscriptContext,
  source: SourcePlan,
  firstParagraph: number,
  documentsDir: string,
  facts: RecordFiles<RelationshipItem>,
): Promise<string[]> {
  const { hostOrganisation, hostPerson } = context;
  const title = `${hostOrganisation.name} news conference of ${longDate(source.date)}`;
  const text = new ChunkedFile(path.join(documentsDir, source.file));
  let paragraph = firstParagraph;
  let previous: ParagraphPlan | null = null;
  for (const plan of source.paragraphs) {
    // Blank lines after the title, the lead and each section, as in the real transcript.
    if (previous && previous.section !== plan.section) await text.write('\n');
    previous = plan;
    if (plan.role === 'title') {
      await text.write(`${title}\n\n`);
    } else if (plan.role === 'question') {
      await text.write(`${plan.section}. ${question(context)}\n`);
    } else {
      const sentences = await statedIn(context, paragraph, source, plan, facts);
      if (plan.passageId === 'lead.p1') {
        sentences.unshift(
          `On ${longDate(source.date)}, ${hostPerson.name} met journalists at the ${hostOrganisation.name} for a news conference.`,
        );
      }
      if (sentences.length === 0) sentences.push(filler(context));
      await text.write(`${sentences.join(' ')}\n`);
      paragraph += 1;
    }
  }
  await text.close();
  const metadataFile = path.join(documentsDir, `${source.id}.yaml`);
  const metadata = {
    id: source.id,
    title,
    date: source.date,
    publisher: `${hostOrganisation.name} Secretariat`,
    kind: 'news conference',
    file: source.file,
    language: 'en',
  };
  writeFileSync(metadataFile, stringify(metadata, { lineWidth: 0 }));
  return [text.file, metadataFile];
}

/** The figures and facts fact paragraph `g` states, as sentences; its facts go to the fact files. */
async function statedIn(
  context: TranscriptContext,
  g: number,
  source: SourcePlan,
  plan: ParagraphPlan,
  facts: RecordFiles<RelationshipItem>,
): Promise<string[]> {
  const { layout, statistics, relationships, drawer } = context;
  const paragraphs = layout.factParagraphs.length;
  const sentences: string[] = [];
  const lastStatistic = firstItemOf(g + 1, statistics.length, paragraphs);
  for (let i = firstItemOf(g, statistics.length, paragraphs); i < lastStatistic; i += 1) {
    const statement = statistics[i]?.statement;
    if (statement) sentences.push(statement.sentence);
  }
  const statement = { sourceId: source.id, sourceYear: Number(source.date.slice(0, 4)), passageId: plan.passageId };
  const lastFact = firstItemOf(g + 1, relationships, paragraphs);
  for (let ordinal = firstItemOf(g, relationships, paragraphs); ordinal < lastFact; ordinal += 1) {
    const fact = drawer.draw(ordinal, statement);
    sentences.push(fact.sentence);
    await facts.add(fact.item);
  }
  return sentences;
}

/** Any entity but a figure, uniformly: questions and fillers spread mentions over the whole cast. */
function anyNamed(context: TranscriptContext): string {
  for (;;) {
    const record = context.random.pick(context.records);
    if (record.kind !== 'Statistic') return context.random.pick(record.references);
  }
}

function question(context: TranscriptContext): string {
  return capitalise(context.random.pick(QUESTIONS)(anyNamed(context), anyNamed(context)));
}

function filler(context: TranscriptContext): string {
  return context.random.pick(FILLERS)(anyNamed(context));
}
