/**
 * The sentence that states each relationship, for every type and every status the vocabulary allows, negative
 * ones included. The record type makes the compiler check that no type or status lacks its sentence.
 * `from` and `to` are references as the prose uses them ("the ZCO", "Valoria"); `role` is an office.
 */
import type { RELATIONSHIP_TYPES, RelationshipType } from '../../ingest/vocabulary';

type Render = (from: string, to: string, role: string) => string;
type StatusOf<T extends RelationshipType> = (typeof RELATIONSHIP_TYPES)[T]['statuses'][number];
type FactSentences = { readonly [T in RelationshipType]: Readonly<Record<StatusOf<T>, Render>> };

const characterisation =
  (quality: string): Render =>
  (from, to) =>
    from === to ? `${from} describes itself as ${quality}` : `${from} describes ${to} as ${quality}`;

export const FACT_SENTENCES: FactSentences = {
  MEMBER_OF: {
    member: (f, t) => `${f} is a member of ${t}`,
    'permanent-member': (f, t) => `${f} is a permanent member of ${t}`,
    'former-member': (f, t) => `${f} was formerly a member of ${t}`,
    applicant: (f, t) => `${f} has applied to join ${t}`,
    'under-consideration': (f, t) => `the full membership of ${f} in ${t} is under consideration`,
    'not-under-consideration': (f, t) =>
      `the question of the membership of ${f} in ${t} is not currently being considered`,
    'question-only': (f, t) => `a journalist asked whether ${f} would become a member of ${t}`,
  },
  OBSERVER_OF: {
    observer: (f, t) => `${f} holds observer status in ${t}`,
    'former-observer': (f, t) => `${f} was formerly an observer state of ${t}`,
    applicant: (f, t) => `${f} has applied for observer status in ${t}`,
    'question-only': (f, t) => `a journalist asked whether ${f} would be granted observer status in ${t}`,
  },
  DIALOGUE_PARTNER_OF: {
    'dialogue-partner': (f, t) => `${f} is a dialogue partner of ${t}`,
    'former-dialogue-partner': (f, t) => `${f} was formerly a dialogue partner of ${t}`,
    applicant: (f, t) => `${f} has requested dialogue partner status in ${t}`,
    'question-only': (f, t) => `a journalist asked whether ${f} would become a dialogue partner of ${t}`,
  },
  BODY_OF: {
    established: (f, t) => `${f} is a permanent body of ${t}`,
    planned: (f, t) => `${t} plans to establish ${f} as one of its bodies`,
  },
  HOLDS_OFFICE: {
    current: (f, t, role) => `${f} serves as ${role} of ${t}`,
    former: (f, t, role) => `${f} formerly served as ${role} of ${t}`,
  },
  PRESIDES: {
    current: (f, t) => `${f} currently holds the rotating presidency of ${t}`,
    former: (f, t) => `${f} held the rotating presidency of ${t}`,
    next: (f, t) => `${f} will take over the rotating presidency of ${t}`,
  },
  COOPERATES_WITH: {
    active: (f, t) => `${f} cooperates actively with ${t}`,
    formalised: (f, t) => `${f} has formalised its cooperation with ${t}`,
    dialogue: (f, t) => `${f} maintains a regular dialogue with ${t}`,
    contacts: (f, t) => `${f} has working contacts with ${t}`,
    interested: (f, t) => `${f} is interested in cooperation with ${t}`,
    planned: (f, t) => `${f} plans to establish cooperation with ${t}`,
  },
  COOPERATION_DOCUMENT_WITH: {
    signed: (f, t) => `${f} has signed a memorandum of understanding with ${t}`,
    'being-worked-out': (f, t) => `${f} and ${t} are working out a document on cooperation`,
  },
  ADOPTED_AT: {
    adopted: (f, t) => `${f} was adopted at ${t}`,
    planned: (f, t) => `${f} is to be adopted at ${t}`,
  },
  ADOPTED_BY: {
    adopted: (f, t) => `${f} was approved by ${t}`,
    planned: (f, t) => `${t} is expected to approve ${f}`,
  },
  SIGNED_BY: {
    signed: (f, t) => `${f} was signed by ${t}`,
    planned: (f, t) => `${t} intends to sign ${f}`,
  },
  PARTY_TO: {
    party: (f, t) => `${f} is a party to ${t}`,
    planned: (f, t) => `${f} intends to accede to ${t}`,
  },
  HELD_IN: {
    held: (f, t) => `${f} took place in ${t}`,
    planned: (f, t) => `${f} will be held in ${t}`,
  },
  LOCATED_IN: {
    located: (f, t) => `${f} is located in ${t}`,
  },
  PARTICIPATED_IN: {
    participated: (f, t) => `${f} took part in ${t}`,
    planned: (f, t) => `${f} will take part in ${t}`,
    expected: (f, t) => `${f} is expected to attend ${t}`,
  },
  ORGANISED: {
    organised: (f, t) => `${f} organised ${t}`,
    planned: (f, t) => `${f} will host ${t}`,
  },
  PRECEDED_BY: {
    held: (f, t) => `${f} was preceded by ${t}`,
    planned: (f, t) => `${f} will be preceded by ${t}`,
  },
  PART_OF: {
    part: (f, t) => `${f} is part of ${t}`,
  },
  MET_WITH: {
    held: (f, t) => `${f} met with ${t}`,
    planned: (f, t) => `${f} is to meet with ${t}`,
  },
  IMPLEMENTS: {
    implementing: (f, t) => `${f} implements ${t}`,
    planned: (f, t) => `${f} is to implement ${t}`,
    potential: (f, t) => `${f} could help implement ${t}`,
  },
  LINKS: {
    agreed: (f, t) => `${f} links ${t} with other regional undertakings`,
    planned: (f, t) => `${f} is intended to link ${t} with other regional undertakings`,
  },
  SUPPORTS: {
    supports: (f, t) => `${f} supports ${t}`,
    interested: (f, t) => `${f} has expressed interest in ${t}`,
  },
  ASSISTS: {
    providing: (f, t) => `${f} provides assistance to ${t}`,
    planned: (f, t) => `${f} plans to provide assistance to ${t}`,
  },
  CONCERNS: {
    about: (f, t) => `${f} addresses questions concerning ${t}`,
  },
  LAUNCHED: {
    launched: (f, t) => `${f} launched ${t}`,
    planned: (f, t) => `${f} plans to launch ${t}`,
  },
  MEETING_OF: {
    held: (f, t) => `${f} was a meeting of ${t}`,
    planned: (f, t) => `${f} will be a session of ${t}`,
  },
  TAKES_PART_IN: {
    active: (f, t) => `${f} takes part in the work of ${t}`,
    intended: (f, t) => `${f} intends to join the work of ${t}`,
    former: (f, t) => `${f} formerly took part in the work of ${t}`,
  },
  DRAFTED_BY: {
    drafted: (f, t) => `${f} was drafted by ${t}`,
    'being-drafted': (f, t) => `${f} is being drafted by ${t}`,
    planned: (f, t) => `${t} will draft ${f}`,
  },
  PRESENTED_AT: {
    presented: (f, t) => `${f} was presented at ${t}`,
    planned: (f, t) => `${f} will be presented at ${t}`,
  },
  PRESENTED_BY: {
    presented: (f, t) => `${f} was presented by ${t}`,
    planned: (f, t) => `${t} will present ${f}`,
  },
  APPEALED_TO: {
    made: (f, t) => `${f} appealed to ${t} for restraint`,
    heeded: (f, t) => `${t} heeded the appeal of ${f} for restraint`,
    refused: (f, t) => `${t} rejected the appeal of ${f} for restraint`,
  },
  COORDINATES: {
    coordinating: (f, t) => `${f} coordinates ${t}`,
    planned: (f, t) => `${f} is to coordinate ${t}`,
  },
  CHARACTERISES: {
    'not-a-military-political-bloc': characterisation('not a military-political bloc'),
    'not-directed-against-any-state-or-organisation': characterisation(
      'an actor whose activities are not directed against any state or organisation',
    ),
    'does-not-settle-bilateral-disputes': characterisation('not a venue for settling bilateral disputes'),
    'expansion-not-an-end-in-itself': characterisation('an organisation for which expansion is not an end in itself'),
    'non-bloc-approach': characterisation('following a non-bloc approach'),
    'open-to-cooperation': characterisation('open to cooperation with all partners'),
    'transcontinental-character': characterisation('having a transcontinental character'),
    'largest-organisation-by-aggregate-potential': characterisation(
      'the largest organisation in terms of aggregate potential',
    ),
    'guarantor-of-peace-and-stability': characterisation('a guarantor of peace and stability'),
    'major-regional-player': characterisation('a major regional player'),
  },
  MEASURES: {
    stated: (f, t) => `the figure of ${f} also covers ${t}`,
  },
};

export function factSentence(type: RelationshipType, status: string, from: string, to: string, role: string): string {
  const render = (FACT_SENTENCES[type] as Readonly<Record<string, Render>>)[status];
  if (!render) throw new Error(`no sentence for ${type} with status ${status}`);
  return render(from, to, role);
}
