/**
 * How each kind of entity is named, in the manner of the real seeds: a state has a full name and its short
 * name as alias, an organisation its acronym, an event its place and year, a document a title with a topic.
 * Every name starts with a fresh synthetic word, so names stay distinct and the mention matcher's first-word
 * prefilter stays selective.
 */
import type { Random } from './random';
import { STATE_ENDINGS, SURNAME_ENDINGS, type WordForge } from './words';

export interface EntityNaming {
  readonly name: string;
  readonly aliases: readonly string[];
  /** How the prose refers to the entity, article included ("the Zarenti Development Bank", "the ZDB"). */
  readonly references: readonly string[];
  readonly subtype: string;
  /** What the id is made from: the short name, the acronym or the full name. */
  readonly idBase: string;
}

const STATE_FORMS = [
  'Republic of #',
  'Kingdom of #',
  'Federal Republic of #',
  'Democratic Republic of #',
  '# Republic',
  'Islamic Republic of #',
  'Principality of #',
  "People's Republic of #",
] as const;

export function nameState(random: Random, forge: WordForge): EntityNaming {
  const short = forge.fresh(STATE_ENDINGS, 0.6);
  const name = random.pick(STATE_FORMS).replace('#', short);
  return { name, aliases: [short], references: [short, short, short, `the ${name}`], subtype: 'state', idBase: short };
}

/** Organisation name endings with their subtype; the first ones are the kind of body that becomes a hub. */
const ORGANISATION_FORMS = [
  ['Cooperation Organisation', 'intergovernmental-organisation'],
  ['Economic Community', 'intergovernmental-organisation'],
  ['Treaty Organisation', 'intergovernmental-organisation'],
  ['Development Bank', 'bank'],
  ['Regional Anti-Terrorist Structure', 'permanent-body'],
  ['Business Council', 'council'],
  ['Interbank Consortium', 'consortium'],
  ['Energy Club', 'club'],
  ['Customs Union', 'intergovernmental-organisation'],
  ['Transport Commission', 'commission'],
  ['Youth Council', 'council'],
  ['Parliamentary Assembly', 'assembly'],
  ['Contact Group', 'working-mechanism'],
  ['Research Centre', 'centre'],
  ['Press Club', 'club'],
  ['Council of Foreign Ministers', 'council'],
] as const;
const HUB_FORMS = 3;

/** Initials of every capitalised word and hyphen part: "Regional Anti-Terrorist Structure" -> "RATS". */
function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((word) => /^[A-Z]/.test(word))
    .map((word) => word.charAt(0))
    .join('');
}

/**
 * An organisation and the acronyms it could go by; the caller keeps the first one still free, or none.
 * Hubs (the first few organisations) are always intergovernmental organisations with an acronym.
 */
export function nameOrganisation(
  random: Random,
  forge: WordForge,
  rank: number,
): { naming: EntityNaming; acronyms: string[] } {
  const word = forge.fresh();
  const [ending, subtype] =
    rank < HUB_FORMS ? (ORGANISATION_FORMS[rank] ?? ORGANISATION_FORMS[0]) : random.pick(ORGANISATION_FORMS);
  const name = `${word} ${ending}`;
  const initials = initialsOf(name);
  const wantsAcronym = rank < HUB_FORMS || random.chance(0.7);
  const acronyms = wantsAcronym
    ? [initials, word.slice(0, 2).toUpperCase() + initials.slice(1), word.slice(0, 3).toUpperCase() + initials.slice(1)]
    : [];
  return { naming: { name, aliases: [], references: [`the ${name}`], subtype, idBase: name }, acronyms };
}

/** Gives an organisation its acronym: an alias, a reference of the prose and the base of its id. */
export function withAcronym(naming: EntityNaming, acronym: string): EntityNaming {
  return {
    ...naming,
    aliases: [acronym],
    references: [...naming.references, `the ${acronym}`, `the ${acronym}`],
    idBase: acronym,
  };
}

const PLACE_FORMS = [
  ['#', 'city', ''],
  ['#', 'city', ''],
  ['#', 'city', ''],
  ['# Region', 'region', 'the '],
  ['# Training Ground', 'training-ground', 'the '],
  ['# Conference Centre', 'venue', 'the '],
] as const;

export function namePlace(random: Random, forge: WordForge): EntityNaming {
  const word = forge.fresh();
  const [form, subtype, article] = random.pick(PLACE_FORMS);
  const name = form.replace('#', word);
  return { name, aliases: [], references: [`${article}${name}`], subtype, idBase: name };
}

/** Given names recur across people as in life; surnames are fresh, so full names stay distinct. */
export function namePerson(random: Random, forge: WordForge, givenNames: readonly string[]): EntityNaming {
  const name = `${random.pick(givenNames)} ${forge.fresh(SURNAME_ENDINGS, 0.6)}`;
  return { name, aliases: [], references: [name], subtype: 'official', idBase: name };
}

export const EVENT_FORMS = [
  ['Summit', 'summit'],
  ['Meeting of Foreign Ministers', 'ministerial-meeting'],
  ['Heads of Government Meeting', 'ministerial-meeting'],
  ['Economic Forum', 'forum'],
  ['Youth Forum', 'forum'],
  ['Media Forum', 'forum'],
  ['Expert Meeting', 'expert-meeting'],
  ['Counter-Terrorist Exercise', 'exercise'],
  ['Marathon', 'sports-event'],
] as const;

/** "Korvath Economic Forum 2017": the host city's name, what kind of event, and its year. */
export function nameEvent(random: Random, hostWord: string, year: number): EntityNaming {
  const [form, subtype] = random.pick(EVENT_FORMS);
  const name = `${hostWord} ${form} ${year}`;
  return { name, aliases: [], references: [`the ${name}`], subtype, idBase: name };
}

const TOPICS = [
  'Countering Terrorism',
  'Transit Corridors',
  'Energy Security',
  'Information Security',
  'Drug Trafficking',
  'Trade Facilitation',
  'Road Transport',
  'Cultural Exchange',
  'Border Cooperation',
  'Food Security',
  'Digital Economy',
  'Disaster Relief',
  'Public Health',
  'Customs Procedures',
  'Youth Policy',
  'Environmental Protection',
  'Scientific Cooperation',
  'Media Cooperation',
  'Regional Connectivity',
  'Water Resources',
  'Interbank Cooperation',
  'Cybercrime',
] as const;

const DOCUMENT_FORMS = [
  ['Declaration on', 'declaration'],
  ['Agreement on', 'agreement'],
  ['Programme on', 'programme'],
  ['Joint Statement on', 'joint-statement'],
  ['Roadmap for', 'roadmap'],
  ['Concept of', 'concept'],
  ['Strategy for', 'strategy'],
  ['Resolution on', 'resolution'],
  ['Memorandum on', 'memorandum'],
] as const;

export function nameDocument(random: Random, forge: WordForge): EntityNaming {
  const [form, subtype] = random.pick(DOCUMENT_FORMS);
  const name = `${forge.fresh()} ${form} ${random.pick(TOPICS)}`;
  return { name, aliases: [], references: [`the ${name}`], subtype, idBase: name };
}

const INITIATIVE_FORMS = [
  ['Transit Initiative', 'initiative'],
  ['Peace Process', 'process'],
  ['Green Corridor', 'corridor'],
  ['Connectivity Project', 'project'],
  ['Energy Partnership', 'partnership'],
  ['Water Initiative', 'initiative'],
  ['Digital Silk Road', 'initiative'],
] as const;

export function nameInitiative(random: Random, forge: WordForge): EntityNaming {
  const [form, subtype] = random.pick(INITIATIVE_FORMS);
  const name = `${forge.fresh()} ${form}`;
  return { name, aliases: [], references: [`the ${name}`], subtype, idBase: name };
}
