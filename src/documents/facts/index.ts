/** Candidate facts from the sentences of a document (issue 16): cue rules as data, negation, dates. */
export { proposeFacts, type ProposeFactsInput } from './propose';
export { CUE_RULES, COMPILED_CUE_RULES } from './cues';
export { compileRules, CueRuleError, LAYOUTS, type CueRule, type CueRuleInput, type Layout } from './cueRules';
export { resolveTime, tenseOf, type Tense } from './time';
