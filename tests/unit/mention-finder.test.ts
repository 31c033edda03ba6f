/**
 * The fast mention finder must find exactly what the surface patterns find: the same spans for the same
 * entities, with plural and possessive endings, word boundaries, case rules of acronyms, and overlaps.
 */
import { entitiesNamed, mentionsBothWays, randomText } from '../support/mentionOracle';

const FORMS = ['SCO', 'Qingdao summit', 'Norov', 'UN Security Council', 'Counter-Terrorism Committee', 'Ufa', 'NATO'];
const FRAGMENTS = [
  ...FORMS,
  "SCO's",
  'SCO’s',
  "SCO'sX",
  'SCOs',
  'sco',
  'DISCO',
  'Qingdao summits',
  'qingdao  Summit',
  'Norov’',
  'Ufaes',
  'UN Security Council Counter-Terrorism Committee',
  'Counter‐Terrorism Committee',
  'NATOes',
  'naTO',
  '𝐀SCO',
  'é',
  ' ',
  ', ',
  '. ',
  '-',
  "'",
  'x',
  '1',
];

it('finds the same mentions as the surface patterns in 300 generated paragraphs', () => {
  const entities = entitiesNamed(FORMS);
  for (let seed = 1; seed <= 300; seed += 1) {
    const { found, expected } = mentionsBothWays(randomText(FRAGMENTS, seed, 40).replace(/\n/g, ' '), entities);
    expect(found).toEqual(expected);
  }
});
