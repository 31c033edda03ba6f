/**
 * Synthetic proper names built from syllables ("Varendia", "Koltaran"), so that a large corpus reads like
 * place and people names rather than "Organisation 123", and every word is fresh: a name that the mention
 * matcher finds belongs to exactly one entity.
 */
import type { Random } from './random';

const ONSETS = 'b d k l m n r s t v z g h p f y b d k l m n r s t v br dr kh sh tr zh kr ch'.split(' ');
const NUCLEI = 'a e i o u a e i o a e o ai ou'.split(' ');
// Empty codas are repeated so that most syllables end in a vowel.
const CODAS = ['', '', '', '', '', '', ...'n r l s k m n r nd st v z'.split(' ')];

/** Endings that make a word read as a country or a surname. */
export const STATE_ENDINGS = 'ia istan ania ova and ara esh ica'.split(' ');
export const SURNAME_ENDINGS = 'ov ev ski ani ez enko uli son ar in'.split(' ');

/** English words of the prose; a synthetic name must never be one of them. */
const PROSE_WORDS = new Set(
  (
    'also area assist band bank body border chair club data done even figure hold held host into joint last link ' +
    'made meet member more most note over part plan role said same share some state such sure take than them then ' +
    'there these took under very what when will with work year years zone'
  ).split(' '),
);

export class WordForge {
  private readonly used = new Set<string>();

  constructor(private readonly random: Random) {}

  /** A word not produced before, capitalised, of 2-3 syllables with an optional ending. */
  fresh(endings: readonly string[] = [], endingChance = 0): string {
    for (;;) {
      const syllables = this.random.chance(0.55) ? 2 : 3;
      let word = '';
      for (let i = 0; i < syllables; i += 1) word += this.syllable(i === syllables - 1);
      if (word.length < 5 || word.length > 9) continue;
      if (endings.length > 0 && this.random.chance(endingChance)) word = joinEnding(word, this.random.pick(endings));
      const key = word.toLowerCase();
      if (this.used.has(key) || PROSE_WORDS.has(key)) continue;
      this.used.add(key);
      return key.charAt(0).toUpperCase() + key.slice(1);
    }
  }

  private syllable(last: boolean): string {
    const coda = last || this.random.chance(0.25) ? this.random.pick(CODAS) : '';
    return this.random.pick(ONSETS) + this.random.pick(NUCLEI) + coda;
  }
}

/** Appends an ending without doubling vowels ("Vela" + "ia" = "Velia"). */
function joinEnding(word: string, ending: string): string {
  const vowels = 'aeiouy';
  const trimmed = vowels.includes(word.slice(-1)) && vowels.includes(ending.charAt(0)) ? word.slice(0, -1) : word;
  return trimmed + ending;
}
