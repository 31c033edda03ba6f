import { INVENTED_CATALOGUE } from '../invented-catalogue';
import { analyseText, factLines } from './analyse-text';

async function lines(text: string): Promise<string[]> {
  return factLines((await analyseText(text, '2024-05-01', INVENTED_CATALOGUE)).facts);
}

// Invented sentences and an invented catalogue (tests/unit/documents/invented-catalogue.ts).
describe('the speaker of a transcript', () => {
  it('is the one person the title names: "I" in the text is that person', async () => {
    const found = await lines('Anna Berg’s press briefing in Mombasa\n\nYesterday I met with Erik Lund in Mombasa.');
    expect(found).toContain('MET_WITH anna-berg->erik-lund held');
  });

  it('is nobody without a title naming one person', async () => {
    expect(await lines('Yesterday I met with Erik Lund in Mombasa.')).not.toContain(
      'MET_WITH anna-berg->erik-lund held',
    );
    const twoNamed = await lines('Anna Berg and Erik Lund in Mombasa\n\nYesterday I met with Erik Lund in Mombasa.');
    expect(twoNamed.filter((l) => l.startsWith('MET_WITH anna-berg'))).toEqual([]);
  });
});

describe('an office before a name ("President of X Y")', () => {
  it('gives each person the office named just before them', async () => {
    const found = await lines('In May, President of Kenya Erik Lund and President of Ghana Anna Berg met in Mombasa.');
    expect(found).toEqual(
      expect.arrayContaining(['HOLDS_OFFICE erik-lund->kenya current', 'HOLDS_OFFICE anna-berg->ghana current']),
    );
    expect(found.filter((l) => l.startsWith('HOLDS_OFFICE erik-lund->ghana'))).toEqual([]);
  });
});
