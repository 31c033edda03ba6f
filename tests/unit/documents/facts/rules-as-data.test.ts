import {
  COMPILED_CUE_RULES,
  CUE_RULES,
  compileRules,
  CueRuleError,
  proposeFacts,
} from '../../../../src/documents/facts';
import { analyseText } from './analyse-text';

const CONSULTATIONS = {
  id: 'consultations-with',
  type: 'COOPERATES_WITH',
  cues: ['holds\\s+consultations\\s+with'],
  layouts: ['from-cue-to'],
  status: 'contacts',
};

describe('cue rules are data', () => {
  it('a new rule adds a candidate without new code', async () => {
    const sentence = 'The SCO holds consultations with ASEAN.';
    const analysis = await analyseText(sentence);
    const input = {
      text: sentence,
      passages: analysis.passages,
      mentions: analysis.mentions,
      kindOf: () => 'Organisation' as const,
      documentDate: '2019-03-20',
    };
    const contacts = (rules: Parameters<typeof proposeFacts>[1]) =>
      proposeFacts(input, rules).filter((f) => f.type === 'COOPERATES_WITH' && f.status === 'contacts');
    expect(contacts(COMPILED_CUE_RULES)).toEqual([]);
    const extended = compileRules([...CUE_RULES, CONSULTATIONS]);
    expect(contacts(extended)).toEqual([
      expect.objectContaining({ from: { entityId: 'sco' }, to: { entityId: 'asean' }, rule: 'consultations-with' }),
    ]);
  });

  it.each([
    [
      { ...CONSULTATIONS, type: 'SANCTIONS' },
      'cue rule "consultations-with": type is not a relationship type of the vocabulary',
    ],
    [{ ...CONSULTATIONS, status: 'imposed' }, `status "imposed" is not one of COOPERATES_WITH's`],
    [{ ...CONSULTATIONS, cues: ['(unclosed'] }, 'cues.0 is not a valid regular expression'],
    [{ ...CONSULTATIONS, id: 'Bad Id' }, 'must be a kebab-case id'],
    [{ ...CONSULTATIONS, layouts: ['sideways'] }, 'cue rule "consultations-with": layouts.0'],
    [
      { ...CONSULTATIONS, type: 'OBSERVER_OF', status: 'observer', from: ['Event'] },
      'from kind Event is not allowed by OBSERVER_OF',
    ],
  ])('refuses a bad rule with a clear error (%#)', (rule, message) => {
    expect(() => compileRules([rule])).toThrow(CueRuleError);
    expect(() => compileRules([rule])).toThrow(message);
  });

  it('refuses two rules with one id', () => {
    expect(() => compileRules([CONSULTATIONS, CONSULTATIONS])).toThrow('the id is used by another rule');
  });
});
