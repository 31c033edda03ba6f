/**
 * Issue 17: external aliases (seeds/external-aliases.yaml) are names the source never uses; the check refuses
 * one that the source does use or that another entity already claims, naming the file and line.
 */
import { entityNames, readExternalAliases } from '../../src/ingest/externalAliases';
import type { SeedEntity } from '../../src/ingest/rules';
import { formatProblem, SeedFile, type SeedProblem } from '../../src/ingest/seedFiles';

const entity = (id: string, name: string, aliases: string[] = []): SeedEntity => ({
  id,
  kind: 'Organisation',
  name,
  aliases,
  subtype: null,
  description: name,
  status: null,
  time: null,
  mentions: [],
  evidence: [],
  statistic: null,
});

const ENTITIES = [entity('sco', 'Shanghai Cooperation Organisation', ['SCO']), entity('csto', 'CSTO')];
const TEXTS = [{ id: 'press', text: 'The SCO and the\u00a0Collective Security Treaty Organisation met.' }];

function check(yaml: string): { aliases: ReturnType<typeof readExternalAliases>; problems: string[] } {
  const problems: SeedProblem[] = [];
  const { seedFile } = SeedFile.parse('seeds/external-aliases.yaml', yaml);
  const aliases = readExternalAliases(seedFile, entityNames(ENTITIES), TEXTS, problems);
  return { aliases, problems: problems.map(formatProblem) };
}

describe('external aliases', () => {
  it('reads aliases the source never uses', () => {
    const { aliases, problems } = check(
      'externalAliases:\n  - entity: sco\n    aliases: [ШОС, Shanghai Cooperation Organization]\n',
    );
    expect(problems).toEqual([]);
    expect(aliases).toEqual([{ entityId: 'sco', aliases: ['ШОС', 'Shanghai Cooperation Organization'] }]);
  });

  it('refuses an alias the source uses, whatever the spacing, and one another entity claims', () => {
    const { problems } = check(
      [
        'externalAliases:',
        '  - entity: csto',
        '    aliases:',
        '      - Collective Security Treaty Organisation',
        '      - sco',
        '  - entity: nato',
        '    aliases: [NATO]',
      ].join('\n'),
    );
    expect(problems).toEqual([
      'seeds/external-aliases.yaml:4: externalAliases[0].aliases[0]: "Collective Security Treaty Organisation" is used in source "press": make it an alias in seeds/entities/ instead',
      'seeds/external-aliases.yaml:5: externalAliases[0].aliases[1]: "sco" is already a name or alias of "sco"',
      'seeds/external-aliases.yaml:6: externalAliases[1].entity: unknown entity "nato"',
    ]);
  });

  it('is optional: no file, no aliases', () => {
    expect(readExternalAliases(null, entityNames(ENTITIES), TEXTS, [])).toEqual([]);
  });
});
