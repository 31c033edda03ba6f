/**
 * Issue 4: every typed relationship field of every entity type, over the loaded seed graph, with the answers
 * checked against the source text: each relation returned must be the one expected, carry the expected status,
 * and quote (verbatim, at its offsets) the words of the news conference that state it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startTestApi, type TestApi } from '../../support/api';

const TEXT = readFileSync(
  path.join(__dirname, '../../../seeds/documents/sco-secretary-general-news-conference-2019-03-20.txt'),
  'utf8',
);

/** The text uses no-break spaces inside phrases; compare words, not whitespace. */
const words = (text: string): string => text.replace(/\s+/g, ' ');

interface EvidenceView {
  quote: string;
  start: number;
  end: number;
  passage: { id: string; text: string; start: number; end: number };
}

interface RelationView {
  id: string;
  type: string;
  status: string;
  basis: string;
  direction: string;
  role: string | null;
  from: { id: string };
  to: { id: string };
  other: { id: string; name: string };
  time: { text: string | null; at: { value: string; precision: string; start: string; end: string } | null } | null;
  assertedOn: string;
  evidence: EvidenceView[];
}

interface ConnectionView {
  totalCount: number;
  nodes: RelationView[];
}

const RELATION = `
  fragment R on Relation {
    id type status basis direction role assertedOn
    from { id } to { id } other { id name }
    time { text at { value precision start end } }
    evidence { quote start end passage { id text start end } }
  }`;

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});

afterAll(async () => {
  await api.stop();
});

async function ask<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const { data, errors } = await api.graphql<T>(query, variables);
  expect(errors).toBeUndefined();
  if (!data) throw new Error('no data');
  return data;
}

/** `field` of entity `id` (of GraphQL type `on`), e.g. `cooperationDocuments(status: [SIGNED])`. */
async function typedField(on: string, id: string, field: string): Promise<ConnectionView> {
  const data = await ask<{ entity: Record<string, ConnectionView> | null }>(
    `query ($id: ID!) { entity(id: $id) { ... on ${on} { answer: ${field} { totalCount nodes { ...R } } } } } ${RELATION}`,
    { id },
  );
  const answer = data.entity?.answer;
  if (!answer) throw new Error(`${on} ${id} has no field ${field}`);
  return answer;
}

const otherIds = (connection: ConnectionView): string[] => connection.nodes.map((r) => r.other.id).sort();

/** Each quote is the source text at [start, end) and lies inside its passage, whose text is the source's. */
function expectVerbatimEvidence(relation: RelationView): void {
  expect(relation.evidence.length).toBeGreaterThan(0);
  for (const evidence of relation.evidence) {
    expect(TEXT.slice(evidence.start, evidence.end)).toBe(evidence.quote);
    expect(evidence.start).toBeGreaterThanOrEqual(evidence.passage.start);
    expect(evidence.end).toBeLessThanOrEqual(evidence.passage.end);
    expect(TEXT.slice(evidence.passage.start, evidence.passage.end)).toBe(evidence.passage.text);
    expect(evidence.passage.text).toContain(evidence.quote);
  }
}

/** The relation's quotes state it in these words of the source. */
function expectStatedIn(relation: RelationView, stated: string): void {
  expect(words(TEXT)).toContain(words(stated));
  expect(words(relation.evidence.map((e) => e.quote).join(' | '))).toContain(words(stated));
}

interface FieldCase {
  readonly question: string;
  readonly on: string;
  readonly id: string;
  readonly field: string;
  /** Every relation returned has this status. */
  readonly status: string;
  /** The other end of each relation -> words of the source its evidence must contain. */
  readonly answer: Readonly<Record<string, string>>;
}

const FIELD_CASES: readonly FieldCase[] = [
  // --- Organisation ---------------------------------------------------------------------------------------
  {
    question: 'With which organisations has the SCO signed cooperation documents?',
    on: 'Organisation',
    id: 'sco',
    field: 'cooperationDocuments(status: [SIGNED])',
    status: 'SIGNED',
    answer: Object.fromEntries(
      ['un', 'cis', 'csto', 'asean', 'eco', 'un-secretariat', 'unodc', 'escap', 'cica', 'icrc', 'unesco'].map((id) => [
        id,
        'signed documents on cooperation with respected international organisations, including the UN, CIS, CSTO, ASEAN, ECO, UN Secretariat, UNODC, ESCAP, CICA, ICRC, UNESCO',
      ]),
    ),
  },
  {
    question: 'With which organisations are cooperation documents being worked out?',
    on: 'Organisation',
    id: 'sco',
    field: 'cooperationDocuments(status: [BEING_WORKED_OUT])',
    status: 'BEING_WORKED_OUT',
    answer: {
      'world-tourism-organisation': 'being worked out with the World Tourism Organisation',
      unece: 'the United Nations Economic Commission for Europe',
    },
  },
  {
    question: 'Which states are members of the SCO?',
    on: 'Organisation',
    id: 'sco',
    field: 'members(status: [MEMBER])',
    status: 'MEMBER',
    answer: {
      india: 'the accession of India and Pakistan',
      pakistan: 'the accession of India and Pakistan',
      russia: 'three EAEU countries are also SCO members — Russia Kazakhstan and Kyrgyzstan',
      kazakhstan: 'three EAEU countries are also SCO members — Russia Kazakhstan and Kyrgyzstan',
      kyrgyzstan: 'three EAEU countries are also SCO members — Russia Kazakhstan and Kyrgyzstan',
      china: 'flights between SCO member states',
      uzbekistan: 'flights between SCO member states',
      tajikistan: 'flights between SCO member states',
    },
  },
  {
    question: 'Whose full-fledged membership is the SCO seeking consensus on?',
    on: 'Organisation',
    id: 'sco',
    field: 'members(status: [UNDER_CONSIDERATION])',
    status: 'UNDER_CONSIDERATION',
    answer: { iran: "We seek full consensus on Iran's full-fledged membership in the SCO" },
  },
  {
    question: 'Which states are observers of the SCO now, and which were before joining?',
    on: 'Organisation',
    id: 'sco',
    field: 'observers(status: [FORMER_OBSERVER])',
    status: 'FORMER_OBSERVER',
    answer: {
      india: "for 12 years India and Pakistan participated in the SCO's activities as observer states",
      pakistan: "for 12 years India and Pakistan participated in the SCO's activities as observer states",
    },
  },
  {
    question: 'Which states are SCO observer states?',
    on: 'Organisation',
    id: 'sco',
    field: 'observers(status: [OBSERVER])',
    status: 'OBSERVER',
    answer: { iran: "Iran's status changing from observer state" },
  },
  {
    question: "Whose dialogue-partner status was raised only in a journalist's question?",
    on: 'Organisation',
    id: 'sco',
    field: 'dialoguePartners',
    status: 'QUESTION_ONLY',
    answer: {
      syria: 'Do Syria and Saudi Arabia have a chance of gaining dialogue partner status',
      'saudi-arabia': 'Do Syria and Saudi Arabia have a chance of gaining dialogue partner status',
    },
  },
  {
    question: 'Which bodies of the SCO exist?',
    on: 'Organisation',
    id: 'sco',
    field: 'bodies(status: [ESTABLISHED])',
    status: 'ESTABLISHED',
    answer: {
      'sco-secretariat': "the SCO's two permanent agencies — the Secretariat",
      'rats-executive-committee': 'the Executive Committee of the Regional Anti-Terrorist Structure',
      rats: "The SCO's Regional Anti-Terrorist Structure (RATS)",
      'sco-heads-of-state-council': 'SCO Heads of State Council',
      'sco-council-of-heads-of-government': 'Council of Heads of Government',
      'sco-afghanistan-contact-group': 'SCO-Afghanistan Contact Group',
      'sco-business-council': "the SCO's Business Council",
      'sco-interbank-consortium': 'Interbank Consortium',
      'sco-working-mechanisms': "all of the SCO's 29 working mechanisms",
    },
  },
  {
    question: 'Which SCO body is planned?',
    on: 'Organisation',
    id: 'sco',
    field: 'bodies(status: [PLANNED])',
    status: 'PLANNED',
    answer: {
      'sco-forum-of-heads-of-regions': 'a Forum of Heads of Regions of the SCO member states will be established',
    },
  },
  {
    question: 'What is the Executive Committee of RATS a body of?',
    on: 'Organisation',
    id: 'rats-executive-committee',
    field: 'bodyOf',
    status: 'ESTABLISHED',
    answer: {
      rats: 'the Executive Committee of the Regional Anti-Terrorist Structure (RATS)',
      sco: "the SCO's two permanent agencies",
    },
  },
  {
    question: 'Which organisations has RATS established cooperation with?',
    on: 'Organisation',
    id: 'rats',
    field: 'cooperation(status: [ACTIVE])',
    status: 'ACTIVE',
    answer: {
      'un-office-of-counter-terrorism': 'the UN Office of Counter-Terrorism',
      unrcca: 'UN Regional Centre for Preventive Diplomacy for Central Asia',
      'un-commission-on-narcotic-drugs': 'the UN Commission on Narcotic Drugs',
      osce: 'the OSCE',
      cica: 'the Conference on Interaction and Confidence-Building Measures in Asia',
      interpol: 'Interpol',
      asean: 'ASEAN',
      csto: 'the Collective Security Treaty Organisation (CSTO)',
    },
  },
  {
    question: 'With which organisations does the SCO maintain dialogue?',
    on: 'Organisation',
    id: 'sco',
    field: 'cooperation(status: [DIALOGUE])',
    status: 'DIALOGUE',
    answer: {
      osce: 'We maintain an active dialogue with the OSCE.',
      asean: 'The SCO and ASEAN are major neighbouring regional organisations.',
    },
  },
  {
    question: 'Who holds an office in the SCO?',
    on: 'Organisation',
    id: 'sco',
    field: 'officeHolders',
    status: 'CURRENT',
    answer: { 'vladimir-norov': 'SCO Secretary-General Vladimir Norov' },
  },
  {
    question: 'Which state holds the SCO presidency?',
    on: 'Organisation',
    id: 'sco',
    field: 'presidency',
    status: 'CURRENT',
    answer: { kyrgyzstan: "the results of Kyrgyzstan's presidency" },
  },
  {
    question: 'Whom will the SCO meet in the near future?',
    on: 'Organisation',
    id: 'sco',
    field: 'meetings(status: [PLANNED])',
    status: 'PLANNED',
    answer: {
      cis: 'We will meet with representatives of the CIS and CSTO in the near future.',
      csto: 'We will meet with representatives of the CIS and CSTO in the near future.',
    },
  },
  {
    question: 'Which meetings of the SCO-Afghanistan Contact Group have been held?',
    on: 'Organisation',
    id: 'sco-afghanistan-contact-group',
    field: 'sessions(status: [HELD])',
    status: 'HELD',
    answer: {
      'contact-group-meeting-moscow': 'two fruitful meetings have already been held in Moscow and Beijing',
      'contact-group-meeting-beijing': 'two fruitful meetings have already been held in Moscow and Beijing',
    },
  },
  {
    question: 'Which meeting of the Contact Group is planned?',
    on: 'Organisation',
    id: 'sco-afghanistan-contact-group',
    field: 'sessions(status: [PLANNED])',
    status: 'PLANNED',
    answer: { 'contact-group-meeting-third': 'with the third one currently being planned' },
  },
  {
    question: 'Which states intend to play an active role in the SCO-Afghanistan Contact Group?',
    on: 'Organisation',
    id: 'sco-afghanistan-contact-group',
    field: 'participants(status: [INTENDED])',
    status: 'INTENDED',
    answer: {
      india: 'They announced their intention to play an active, constructive role in the SCO-Afghanistan Contact Group',
      pakistan:
        'They announced their intention to play an active, constructive role in the SCO-Afghanistan Contact Group',
    },
  },
  {
    question: 'Which documents is the SCO drafting now?',
    on: 'Organisation',
    id: 'sco',
    field: 'draftedDocuments(status: [BEING_DRAFTED])',
    status: 'BEING_DRAFTED',
    answer: {
      'sco-trade-economic-cooperation-programme':
        'Work is currently underway to develop a new version of the comprehensive programme',
      'sco-railway-agreement': 'draft and sign an agreement on railway traffic',
      'contact-group-roadmap': "We are now developing the Roadmap for the SCO-Afghanistan Contact Group's activities.",
    },
  },
  {
    question: 'Who is to coordinate the united global anti-terrorist front? (from the UN)',
    on: 'Organisation',
    id: 'un',
    field: 'coordination',
    status: 'PLANNED',
    answer: { 'united-global-anti-terrorist-front': 'with the UN in the central coordinating role' },
  },
  {
    question: 'Which appeals of the SCO member states were heeded?',
    on: 'Organisation',
    id: 'sco',
    field: 'appeals(status: [HEEDED])',
    status: 'HEEDED',
    answer: {
      india: 'both sides heeded the appeals of all SCO member states for restraint',
      pakistan: 'both sides heeded the appeals of all SCO member states for restraint',
    },
  },
  {
    question: 'Is the SCO a military-political bloc?',
    on: 'Organisation',
    id: 'sco',
    field: 'characterisations(status: [NOT_A_MILITARY_POLITICAL_BLOC])',
    status: 'NOT_A_MILITARY_POLITICAL_BLOC',
    answer: { sco: 'The SCO is not a military-political bloc' },
  },
  {
    question: 'How does the UN see the SCO?',
    on: 'Organisation',
    id: 'sco',
    field: 'characterisations(status: [MAJOR_REGIONAL_PLAYER])',
    status: 'MAJOR_REGIONAL_PLAYER',
    answer: { un: 'the UN considers the SCO to be a major regional player' },
  },
  // --- State ----------------------------------------------------------------------------------------------
  {
    question: 'Which presidency does Kyrgyzstan hold?',
    on: 'State',
    id: 'kyrgyzstan',
    field: 'presidencies',
    status: 'CURRENT',
    answer: { sco: "Kyrgyzstan's presidency" },
  },
  {
    question: 'Who holds an office of Russia?',
    on: 'State',
    id: 'russia',
    field: 'officeHolders',
    status: 'CURRENT',
    answer: { 'vladimir-putin': 'President of Russia Vladimir Putin' },
  },
  {
    question: 'Which events did India take part in in late August 2018?',
    on: 'State',
    id: 'india',
    field: 'participations(during: { from: "2018-08-25", to: "2018-08-31", undated: EXCLUDE })',
    status: 'PARTICIPATED',
    answer: {
      'peace-mission-2018':
        'Indian and Pakistani servicemen took part in the international counter-terrorism exercises Peace Mission 2018',
    },
  },
  {
    question: 'What assistance does Afghanistan receive?',
    on: 'State',
    id: 'afghanistan',
    field: 'cooperation(status: [PROVIDING])',
    status: 'PROVIDING',
    answer: { sco: 'SCO member states are providing Afghanistan with significant material and technical assistance' },
  },
  {
    question: "In which SCO bodies do India's representatives work?",
    on: 'State',
    id: 'india',
    field: 'bodyParticipations(status: [ACTIVE])',
    status: 'ACTIVE',
    answer: {
      'sco-secretariat': 'representatives of India and Pakistan are actively working',
      'rats-executive-committee': 'representatives of India and Pakistan are actively working',
      'sco-working-mechanisms':
        "India and Pakistan are also taking part in the activities of all of the SCO's 29 working mechanisms.",
    },
  },
  {
    question: 'Which proposals did Pakistan refuse?',
    on: 'State',
    id: 'pakistan',
    field: 'appeals(status: [REFUSED])',
    status: 'REFUSED',
    answer: { sco: 'the refusal to accept mediation proposals' },
  },
  // --- Event ----------------------------------------------------------------------------------------------
  {
    question: 'What did the Qingdao summit adopt?',
    on: 'Event',
    id: 'qingdao-summit-2018',
    field: 'adoptedDocuments(status: [ADOPTED])',
    status: 'ADOPTED',
    answer: {
      'sco-counter-terrorism-programme-2019-2021':
        'approved a cooperation programme for combating terrorism, separatism and extremism in 2019-2021',
      'sco-anti-narcotics-strategy-2018-2023': 'passed the anti-narcotics strategy of SCO member states for 2018-2023',
      'sco-anti-narcotics-action-programme': 'an action programme to implement this strategy',
      'sco-drug-abuse-prevention-concept':
        'the SCO concept to prevent the abuse of narcotic drugs and psychotropic substances',
      'trade-facilitation-joint-statement':
        'the Joint Statement of the Heads of SCO Member States on Trade Facilitation was adopted',
      'appeal-to-young-people': 'adopted an Appeal of the Heads of State to Young People',
      'qingdao-declaration': 'the Qingdao Declaration',
      'qingdao-summit-documents': 'The package of Qingdao Summit documents',
    },
  },
  {
    question: 'Which states took part in Peace Mission 2018?',
    on: 'Event',
    id: 'peace-mission-2018',
    field: 'participants',
    status: 'PARTICIPATED',
    answer: {
      india: 'over 300 Indian and Pakistani servicemen took part',
      pakistan: 'over 300 Indian and Pakistani servicemen took part',
    },
  },
  {
    question: 'Where was Peace Mission 2018 held?',
    on: 'Event',
    id: 'peace-mission-2018',
    field: 'place',
    status: 'HELD',
    answer: { 'chebarkul-training-grounds': 'at the Chebarkul training grounds' },
  },
  {
    question: 'What will precede the Bishkek summit?',
    on: 'Event',
    id: 'bishkek-summit-2019',
    field: 'precededBy(status: [PLANNED])',
    status: 'PLANNED',
    answer: {
      'security-council-secretaries-meeting-2019': 'meetings of secretaries of national security councils',
      'defence-ministers-meeting-2019': 'ministers of defence',
      'culture-ministers-meeting-2019': 'ministers of culture',
      'foreign-ministers-meeting-2019': 'ministers of foreign affairs',
      'interior-ministers-meeting-2019': 'interior ministers',
      'expert-meetings-2019': 'numerous expert meetings',
      'sco-media-forum-2019': 'the Media Forum',
      'sco-womens-forum-2019': "Women's Forum",
      'sco-business-forum-2019': 'Business Forum',
      'sco-marathon-2019': 'the SCO Marathon',
    },
  },
  {
    question: 'Which meetings will the foreign ministers meeting precede?',
    on: 'Event',
    id: 'foreign-ministers-meeting-2019',
    field: 'precedes',
    status: 'PLANNED',
    answer: {
      'bishkek-summit-2019': 'ministers of foreign affairs',
      'tashkent-chg-meeting-2019':
        'the Council of Heads of Government meeting in Tashkent, which will be preceded by meetings',
    },
  },
  {
    question: 'Who organised the joint UN-SCO event of 14 March 2019?',
    on: 'Event',
    id: 'un-sco-drugs-side-event-2019-03-14',
    field: 'organisers',
    status: 'ORGANISED',
    answer: {
      sco: 'a joint event "UN and SCO in the fight against drugs',
      un: 'a joint event "UN and SCO in the fight against drugs',
    },
  },
  {
    question: 'On the sidelines of which session was the joint event held?',
    on: 'Event',
    id: 'un-sco-drugs-side-event-2019-03-14',
    field: 'parts',
    status: 'PART',
    answer: { 'cnd-62nd-session': 'on the sidelines of the 62nd session of the UN Commission on Narcotic Drugs' },
  },
  {
    question: 'Which body met at the Qingdao summit?',
    on: 'Event',
    id: 'qingdao-summit-2018',
    field: 'meetingOf',
    status: 'HELD',
    answer: { 'sco-heads-of-state-council': 'The SCO Qingdao Summit' },
  },
  {
    question: 'What was presented at the joint event of 14 March 2019?',
    on: 'Event',
    id: 'un-sco-drugs-side-event-2019-03-14',
    field: 'presentations',
    status: 'PRESENTED',
    answer: { 'cnd-joint-statement-2019': 'making a special joint statement on behalf of the SCO member states' },
  },
  // --- Document -------------------------------------------------------------------------------------------
  {
    question: 'Where was the Qingdao Declaration adopted?',
    on: 'Document',
    id: 'qingdao-declaration',
    field: 'adoptedAt',
    status: 'ADOPTED',
    answer: { 'qingdao-summit-2018': 'the Qingdao Declaration' },
  },
  {
    question: 'Who adopts the resolutions on UN-SCO cooperation?',
    on: 'Document',
    id: 'unga-resolutions-un-sco-cooperation',
    field: 'adoptedBy',
    status: 'ADOPTED',
    answer: {
      'un-general-assembly': 'every two years the UN General Assembly adopts resolutions on UN-SCO cooperation',
    },
  },
  {
    question: 'Who signed the agreement linking the Belt and Road Initiative with the EAEU?',
    on: 'Document',
    id: 'bri-eaeu-linking-agreement',
    field: 'signedBy',
    status: 'SIGNED',
    answer: {
      'vladimir-putin': 'President of Russia Vladimir Putin and President of China Xi Jinping signed an agreement',
      'xi-jinping': 'President of Russia Vladimir Putin and President of China Xi Jinping signed an agreement',
      russia: 'President of Russia Vladimir Putin and President of China Xi Jinping signed an agreement',
      china: 'President of Russia Vladimir Putin and President of China Xi Jinping signed an agreement',
    },
  },
  {
    question: 'Who is bound by the legal regulations drafted by the SCO member states?',
    on: 'Document',
    id: 'sco-legal-regulations',
    field: 'parties',
    status: 'PARTY',
    answer: {
      india: 'India and Pakistan assumed commitments to strictly abide by the legal regulations',
      pakistan: 'India and Pakistan assumed commitments to strictly abide by the legal regulations',
    },
  },
  {
    question: 'What implements the anti-narcotics strategy 2018-2023?',
    on: 'Document',
    id: 'sco-anti-narcotics-strategy-2018-2023',
    field: 'implementation',
    status: 'IMPLEMENTING',
    answer: { 'sco-anti-narcotics-action-programme': 'an action programme to implement this strategy' },
  },
  {
    question: 'What does the May 2015 agreement link?',
    on: 'Document',
    id: 'bri-eaeu-linking-agreement',
    field: 'links',
    status: 'AGREED',
    answer: {
      'belt-and-road': 'an agreement on linking the Chinese initiative with the Eurasian Economic Union',
      eaeu: 'an agreement on linking the Chinese initiative with the Eurasian Economic Union',
    },
  },
  {
    question: 'What does the Qingdao Declaration support?',
    on: 'Document',
    id: 'qingdao-declaration',
    field: 'subjects(status: [SUPPORTS])',
    status: 'SUPPORTS',
    answer: { jcpoa: 'stipulates support for the implementation of the Joint Comprehensive Plan of Action' },
  },
  {
    question: 'Who is drafting the railway agreement?',
    on: 'Document',
    id: 'sco-railway-agreement',
    field: 'draftedBy(status: [BEING_DRAFTED])',
    status: 'BEING_DRAFTED',
    answer: { sco: 'Experts are now actively working on it.' },
  },
  {
    question: 'Where was the joint statement of 14 March 2019 made?',
    on: 'Document',
    id: 'cnd-joint-statement-2019',
    field: 'presentedAt',
    status: 'PRESENTED',
    answer: {
      'un-sco-drugs-side-event-2019-03-14': 'During this event I had the honour of making a special joint statement',
    },
  },
  {
    question: 'Who made the joint statement on behalf of the SCO member states?',
    on: 'Document',
    id: 'cnd-joint-statement-2019',
    field: 'presentedBy',
    status: 'PRESENTED',
    answer: { 'vladimir-norov': 'I had the honour of making a special joint statement' },
  },
  // --- Initiative -----------------------------------------------------------------------------------------
  {
    question: 'What links the Belt and Road Initiative with others?',
    on: 'Initiative',
    id: 'belt-and-road',
    field: 'linkedBy',
    status: 'AGREED',
    answer: { 'bri-eaeu-linking-agreement': 'linking the Chinese initiative with the Eurasian Economic Union' },
  },
  {
    question: 'Who launched the Tashkent process?',
    on: 'Initiative',
    id: 'tashkent-process',
    field: 'launchedBy',
    status: 'LAUNCHED',
    answer: { sco: 'We also launched the Tashkent process' },
  },
  {
    question: 'Who supports the peace process in Afghanistan?',
    on: 'Initiative',
    id: 'afghan-peace-process',
    field: 'supporters',
    status: 'SUPPORTS',
    answer: { sco: 'promote the negotiating process' },
  },
  {
    question: 'Who is to coordinate the united global anti-terrorist front?',
    on: 'Initiative',
    id: 'united-global-anti-terrorist-front',
    field: 'coordinators',
    status: 'PLANNED',
    answer: { un: 'with the UN in the central coordinating role' },
  },
  {
    question: 'What role can the SCO play for the Belt and Road Initiative?',
    on: 'Initiative',
    id: 'belt-and-road',
    field: 'implementation',
    status: 'POTENTIAL',
    answer: { sco: 'The SCO can play a major role in the implementation of this initiative' },
  },
  // --- Person ---------------------------------------------------------------------------------------------
  {
    question: 'Which offices does Mohammad Omar Daudzai hold?',
    on: 'Person',
    id: 'mohammad-omar-daudzai',
    field: 'offices',
    status: 'CURRENT',
    answer: {
      'afghanistan-high-peace-council': "Afghanistan's High Peace Council Secretary Mohammad Omar Daudzai",
      afghanistan: "the Afghan president's special peace envoy",
    },
  },
  {
    question: 'Whom did Vladimir Norov meet?',
    on: 'Person',
    id: 'vladimir-norov',
    field: 'meetings(status: [HELD])',
    status: 'HELD',
    answer: {
      'sco-press-club': 'met with the members of the SCO Press Club',
      'thomas-greminger': 'I also met with OSCE Secretary General Thomas Greminger',
      asean: 'my visit to the ASEAN Headquarters in Jakarta in February',
    },
  },
  {
    question: 'What did Xi Jinping sign?',
    on: 'Person',
    id: 'xi-jinping',
    field: 'signed',
    status: 'SIGNED',
    answer: { 'bri-eaeu-linking-agreement': 'President of China Xi Jinping signed an agreement' },
  },
  {
    question: 'What statement did Vladimir Norov make?',
    on: 'Person',
    id: 'vladimir-norov',
    field: 'presented',
    status: 'PRESENTED',
    answer: { 'cnd-joint-statement-2019': 'making a special joint statement on behalf of the SCO member states' },
  },
  {
    question: 'Which events did Vladimir Norov take part in in February 2019?',
    on: 'Person',
    id: 'vladimir-norov',
    field: 'participations(during: { from: "2019-02", to: "2019-02", undated: EXCLUDE })',
    status: 'PARTICIPATED',
    answer: { 'norov-visit-asean-2019-02': 'my visit to the ASEAN Headquarters in Jakarta in February' },
  },
  // --- Place ----------------------------------------------------------------------------------------------
  {
    question: 'What was held in Moscow?',
    on: 'Place',
    id: 'moscow',
    field: 'events(status: [HELD])',
    status: 'HELD',
    answer: {
      'contact-group-meeting-moscow': 'two fruitful meetings have already been held in Moscow and Beijing',
      'afghan-society-taliban-meeting-moscow-2019': 'the Taliban movement was held in Moscow',
    },
  },
  {
    question: 'Where are the Chebarkul training grounds?',
    on: 'Place',
    id: 'chebarkul-training-grounds',
    field: 'location',
    status: 'LOCATED',
    answer: { 'chelyabinsk-region': 'the Chebarkul training grounds in the Chelyabinsk Region' },
  },
];

describe('typed relationship fields answer the analyst questions as the text states them', () => {
  it.each(FIELD_CASES.map((c) => [`${c.on}.${c.field} of ${c.id}: ${c.question}`, c] as const))(
    '%s',
    async (_name, c) => {
      const connection = await typedField(c.on, c.id, c.field);
      expect(otherIds(connection)).toEqual(Object.keys(c.answer).sort());
      expect(connection.totalCount).toBe(connection.nodes.length);
      for (const relation of connection.nodes) {
        expect(relation.status).toBe(c.status);
        expectVerbatimEvidence(relation);
        expectStatedIn(relation, c.answer[relation.other.id] ?? '');
      }
    },
  );
});

describe('coverage and pagination of the typed fields', () => {
  it('the cases above cover every typed relationship field of the schema', async () => {
    const kinds = ['State', 'Organisation', 'Event', 'Document', 'Initiative', 'Person', 'Place', 'Statistic'];
    const typed: string[] = [];
    for (const kind of kinds) {
      const data = await ask<{ __type: { fields: { name: string; type: { ofType: { name: string } | null } }[] } }>(
        `query ($kind: String!) { __type(name: $kind) { fields { name type { ofType { name } } } } }`,
        { kind },
      );
      for (const field of data.__type.fields) {
        if (field.type.ofType?.name === 'RelationConnection' && field.name !== 'relations')
          typed.push(`${kind}.${field.name}`);
      }
    }
    const covered = new Set([
      ...FIELD_CASES.map((c) => `${c.on}.${c.field.replace(/\(.*$/, '')}`),
      'State.memberships',
    ]);
    expect(typed.filter((field) => !covered.has(field))).toEqual([]);
    expect(typed.length).toBeGreaterThan(50);
  });

  it('a typed field pages like any connection: the ten events before the Bishkek summit, four at a time', async () => {
    const all = await typedField('Event', 'bishkek-summit-2019', 'precededBy(first: 20)');
    const paged: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const data: {
        entity: { precededBy: ConnectionView & { pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
      } = await ask(
        `query ($after: String) { entity(id: "bishkek-summit-2019") { ... on Event {
              precededBy(first: 4, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ...R } } } } } ${RELATION}`,
        { after },
      );
      expect(data.entity.precededBy.totalCount).toBe(10);
      paged.push(...data.entity.precededBy.nodes.map((r) => r.id));
      if (!data.entity.precededBy.pageInfo.hasNextPage) break;
      after = data.entity.precededBy.pageInfo.endCursor;
    }
    expect(paged).toEqual(all.nodes.map((r) => r.id));
    expect(new Set(paged).size).toBe(10);
  });
});

describe('statuses stay as the text states them', () => {
  it('Afghanistan is not under consideration for membership: the negative stays negative', async () => {
    const memberships = await typedField('State', 'afghanistan', 'memberships');
    expect(memberships.nodes.map((r) => [r.type, r.other.id, r.status])).toEqual([
      ['MEMBER_OF', 'sco', 'NOT_UNDER_CONSIDERATION'],
    ]);
    const [relation] = memberships.nodes;
    if (!relation) throw new Error('no membership');
    expectStatedIn(
      relation,
      "The question of Afghanistan's full membership in the SCO is not currently being considered",
    );
    expectVerbatimEvidence(relation);

    const members = await typedField(
      'Organisation',
      'sco',
      'members(status: [MEMBER, APPLICANT, UNDER_CONSIDERATION])',
    );
    expect(otherIds(members)).not.toContain('afghanistan');
    const refused = await typedField('Organisation', 'sco', 'members(status: [NOT_UNDER_CONSIDERATION])');
    expect(otherIds(refused)).toEqual(['afghanistan']);
  });

  it('the OSCE has a dialogue with the SCO, not a cooperation document', async () => {
    const documents = await typedField('Organisation', 'sco', 'cooperationDocuments');
    expect(otherIds(documents)).not.toContain('osce');
    expect(documents.nodes.map((r) => r.status).sort()).toEqual(
      [...Array(11).fill('SIGNED'), ...Array(2).fill('BEING_WORKED_OUT')].sort(),
    );
    const osce = await typedField('Organisation', 'osce', 'cooperation');
    const dialogue = osce.nodes.find((r) => r.other.id === 'sco' && r.status === 'DIALOGUE');
    if (!dialogue) throw new Error('no dialogue between the OSCE and the SCO');
    expect(dialogue.direction).toBe('INCOMING');
    expectStatedIn(dialogue, 'We maintain an active dialogue with the OSCE.');
  });

  it('an office carries its role: Norov is the SCO Secretary-General', async () => {
    const offices = await typedField('Person', 'vladimir-norov', 'offices');
    expect(offices.nodes.map((r) => [r.other.id, r.role, r.status])).toEqual([['sco', 'Secretary-General', 'CURRENT']]);
    expectStatedIn(offices.nodes[0] as RelationView, 'SCO Secretary-General Vladimir Norov');
  });

  it('a relation knows which way it points from the entity that returned it', async () => {
    const members = await typedField('Organisation', 'sco', 'members(status: [MEMBER])');
    for (const relation of members.nodes) {
      expect([relation.direction, relation.to.id, relation.from.id]).toEqual(['INCOMING', 'sco', relation.other.id]);
    }
    const memberships = await typedField('State', 'india', 'memberships(status: [MEMBER])');
    expect(memberships.nodes.map((r) => [r.direction, r.from.id, r.to.id])).toEqual([['OUTGOING', 'india', 'sco']]);
  });

  it("a self-characterisation is both outgoing and incoming: the SCO's own statements about itself", async () => {
    const data = await ask<{ entity: { incoming: ConnectionView; outgoing: ConnectionView } }>(
      `{ entity(id: "sco") {
          incoming: relations(type: [CHARACTERISES], direction: INCOMING) { totalCount nodes { ...R } }
          outgoing: relations(type: [CHARACTERISES], direction: OUTGOING) { totalCount nodes { ...R } }
      } } ${RELATION}`,
    );
    const selfLoops = (c: ConnectionView) => c.nodes.filter((r) => r.from.id === 'sco' && r.to.id === 'sco');
    expect(
      selfLoops(data.entity.incoming)
        .map((r) => r.status)
        .sort(),
    ).toEqual(
      selfLoops(data.entity.outgoing)
        .map((r) => r.status)
        .sort(),
    );
    expect(selfLoops(data.entity.incoming).map((r) => r.status)).toEqual(
      expect.arrayContaining(['NOT_A_MILITARY_POLITICAL_BLOC', 'NOT_DIRECTED_AGAINST_ANY_STATE_OR_ORGANISATION']),
    );
    for (const relation of selfLoops(data.entity.incoming)) expect(relation.direction).toBe('BOTH');
    // The UN's view of the SCO is incoming only.
    expect(data.entity.incoming.nodes.map((r) => r.other.id)).toContain('un');
    expect(data.entity.outgoing.nodes.map((r) => r.other.id)).not.toContain('un');
  });

  it('question-only facts cite the question, not the answer', async () => {
    const partners = await typedField('Organisation', 'sco', 'dialoguePartners(status: [QUESTION_ONLY])');
    for (const relation of partners.nodes) {
      for (const evidence of relation.evidence) expect(evidence.passage.id).toMatch(/#q11\.p1$/);
    }
  });

  it('a relation states when it holds and when it was asserted', async () => {
    const meetings = await typedField('Person', 'vladimir-norov', 'meetings(status: [HELD])');
    const asean = meetings.nodes.find((r) => r.other.id === 'asean');
    expect(asean?.time?.at).toEqual({ value: '2019-02', precision: 'MONTH', start: '2019-02-01', end: '2019-02-28' });
    expect(asean?.time?.text).toBe('in February');
    expect(meetings.nodes.every((r) => r.assertedOn === '2019-03-20')).toBe(true);
  });
});

describe('the generic relations field', () => {
  it('filters by type, status and direction, and agrees with the typed fields', async () => {
    const data = await ask<{ entity: { relations: ConnectionView; cooperationDocuments: ConnectionView } }>(
      `{ entity(id: "sco") {
          relations(type: [COOPERATION_DOCUMENT_WITH], status: [SIGNED], direction: OUTGOING) { totalCount nodes { ...R } }
          ... on Organisation { cooperationDocuments(status: [SIGNED]) { totalCount nodes { ...R } } }
      } } ${RELATION}`,
    );
    expect(data.entity.relations.totalCount).toBe(11);
    expect(otherIds(data.entity.relations)).toEqual(otherIds(data.entity.cooperationDocuments));
    for (const relation of data.entity.relations.nodes) {
      expect([relation.type, relation.status, relation.direction]).toEqual([
        'COOPERATION_DOCUMENT_WITH',
        'SIGNED',
        'OUTGOING',
      ]);
    }
  });

  it('every relation of the SCO, page by page, quotes the source verbatim', async () => {
    let after: string | null = null;
    const seen = new Set<string>();
    let total = 0;
    do {
      const page: {
        entity: { relations: ConnectionView & { pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
      } = await ask(
        `query ($first: Int, $after: String) { entity(id: "sco") { relations(first: $first, after: $after) {
              totalCount pageInfo { hasNextPage endCursor } nodes { ...R } } } } ${RELATION}`,
        { first: 100, after },
      );
      total = page.entity.relations.totalCount;
      for (const relation of page.entity.relations.nodes) {
        expect(seen.has(relation.id)).toBe(false);
        seen.add(relation.id);
        expectVerbatimEvidence(relation);
      }
      after = page.entity.relations.pageInfo.hasNextPage ? page.entity.relations.pageInfo.endCursor : null;
    } while (after);
    expect(seen.size).toBe(total);
    expect(total).toBeGreaterThan(100);
  });
});

describe('evidence', () => {
  it('every relation in the graph quotes the source verbatim at its offsets, inside its passage', async () => {
    interface Page {
      entities: {
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        nodes: { id: string; relations: ConnectionView & { pageInfo: { hasNextPage: boolean } } }[];
      };
    }
    const seen = new Set<string>();
    let after: string | null = null;
    do {
      // Each relation is outgoing from exactly one entity (a self-loop too), so this reads each once.
      const page: Page = await ask<Page>(
        `query ($after: String, $entities: Int, $relations: Int) {
          entities(first: $entities, after: $after) { pageInfo { hasNextPage endCursor } nodes { id
            relations(direction: OUTGOING, first: $relations) { totalCount pageInfo { hasNextPage } nodes { ...R } } } } } ${RELATION}`,
        // Ten entities a page: fifty with 100 relations and their evidence each is past the cost limit.
        { after, entities: 10, relations: 100 },
      );
      for (const entity of page.entities.nodes) {
        expect(entity.relations.pageInfo.hasNextPage).toBe(false);
        for (const relation of entity.relations.nodes) {
          expect(relation.from.id).toBe(entity.id);
          expect(seen.has(relation.id)).toBe(false);
          seen.add(relation.id);
          expectVerbatimEvidence(relation);
          expect(relation.assertedOn).toBe('2019-03-20');
        }
      }
      after = page.entities.pageInfo.hasNextPage ? page.entities.pageInfo.endCursor : null;
    } while (after);
    expect(seen.size).toBeGreaterThan(200);
  });
});

describe('statistics and mentions of an entity', () => {
  it('a figure with a total: 135 out of 1,092 World Heritage sites', async () => {
    const data = await ask<{
      entity: {
        value: number;
        bound: string;
        unit: string;
        total: number | null;
        subject: { id: string };
        evidence: EvidenceView[];
      };
    }>(
      `{ entity(id: "stat-sco-world-heritage-sites") { ... on Statistic {
          value bound unit total counts subject { id } evidence { quote start end passage { id text start end } }
      } } }`,
    );
    expect(data.entity).toMatchObject({
      value: 135,
      bound: 'EXACTLY',
      unit: 'sites',
      total: 1092,
      subject: { id: 'sco' },
    });
    expect(words(data.entity.evidence.map((e) => e.quote).join(' '))).toContain('135 out of 1,092');
    for (const evidence of data.entity.evidence) expect(TEXT.slice(evidence.start, evidence.end)).toBe(evidence.quote);
  });

  it("RATS's figures include over 600 terrorist crimes thwarted in 2013-2017", async () => {
    const data = await ask<{
      entity: {
        statistics: {
          nodes: {
            id: string;
            value: number;
            bound: string;
            unit: string;
            time: { from: { value: string } | null; to: { value: string } | null } | null;
            evidence: { quote: string }[];
          }[];
        };
      };
    }>(
      `{ entity(id: "rats") { statistics(first: 50) { nodes { ... on Statistic {
          id value bound unit time { from { value } to { value } } evidence { quote }
      } } } } }`,
    );
    const crimes = data.entity.statistics.nodes.find((s) => s.unit === 'terrorist crimes');
    expect(crimes).toMatchObject({
      value: 600,
      bound: 'OVER',
      time: { from: { value: '2013' }, to: { value: '2017' } },
    });
    expect(words(crimes?.evidence.map((e) => e.quote).join(' ') ?? '')).toContain(
      'over 600 terrorist crimes were thwarted',
    );
  });

  it('mentions point at the words of the source that name the entity', async () => {
    const data = await ask<{
      entity: {
        mentions: {
          totalCount: number;
          nodes: { passage: { id: string }; spans: { text: string; start: number; end: number }[] }[];
        };
      };
    }>(
      `{ entity(id: "csto") { mentions(first: 50) { totalCount nodes { passage { id } spans { text start end } } } } }`,
    );
    const spans = data.entity.mentions.nodes.flatMap((m) => m.spans);
    expect(spans.length).toBeGreaterThanOrEqual(3);
    for (const span of spans) expect(TEXT.slice(span.start, span.end)).toBe(span.text);
    expect(spans.map((s) => s.text)).toEqual(
      expect.arrayContaining(['CSTO', 'Collective Security Treaty Organisation']),
    );
    expect(data.entity.mentions.nodes.map((m) => m.passage.id.split('#')[1])).toEqual(
      expect.arrayContaining(['q3.p2', 'q4.p6', 'q14.p11']),
    );
  });
});
