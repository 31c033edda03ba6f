import type { PassageResolvers, PassageRole } from '../__generated__/resolvers-types';

export const Passage: PassageResolvers = {
  kind: (passage) => (passage.kind === 'section' ? 'SECTION' : 'PARAGRAPH'),
  role: (passage) => (passage.role ? (passage.role.toUpperCase().replace(/-/g, '_') as PassageRole) : null),
  source: async (passage, _args, context) => {
    const source = await context.loaders.source.load(passage.sourceId);
    if (!source) throw new Error(`passage ${passage.id} has no source`);
    return source;
  },
  parent: (passage, _args, context) => {
    if (passage.kind === 'section') return null;
    return context.loaders.passage.load(`${passage.sourceId}#${passage.localId.split('.')[0] ?? ''}`);
  },
  paragraphs: (passage, _args, context) =>
    passage.kind === 'section' ? context.loaders.paragraphs.load(passage.id) : [],
  sentences: async (passage, _args, context) => {
    const source = await context.loaders.source.load(passage.sourceId);
    return passage.sentenceStarts.map((start, i) => {
      const end = passage.sentenceEnds[i] ?? start;
      return { start, end, text: source ? source.text.slice(start, end) : '' };
    });
  },
  mentions: (passage, _args, context) => context.loaders.passageMentions.load(passage.id),
};
