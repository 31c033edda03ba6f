import type { CatalogueEntity } from '../../../src/documents/types';

/**
 * An invented catalogue for rules that read the catalogue itself (statistics' figures, events' names), so that no
 * test leans on a value or name of the seed transcript. The organisation, people and figures do not exist.
 */
export const INVENTED_CATALOGUE: readonly CatalogueEntity[] = [
  { id: 'mcc', kind: 'Organisation', name: 'Maritime Cooperation Council', aliases: ['MCC'] },
  { id: 'kenya', kind: 'State', name: 'Republic of Kenya', aliases: ['Kenya'] },
  { id: 'oman', kind: 'State', name: 'Sultanate of Oman', aliases: ['Oman'] },
  { id: 'ghana', kind: 'State', name: 'Republic of Ghana', aliases: ['Ghana'] },
  { id: 'mombasa', kind: 'Place', name: 'Mombasa', aliases: [] },
  { id: 'anna-berg', kind: 'Person', name: 'Anna Berg', aliases: [] },
  { id: 'erik-lund', kind: 'Person', name: 'Erik Lund', aliases: [] },
  { id: 'mombasa-summit', kind: 'Event', name: 'MCC Summit in Mombasa', aliases: ['Mombasa summit'] },
  { id: 'trade-ministers-meeting', kind: 'Event', name: "Meeting of the MCC states' trade ministers", aliases: [] },
  { id: 'energy-ministers-meeting', kind: 'Event', name: 'Meeting of energy ministers of the MCC', aliases: [] },
  { id: 'expert-meetings', kind: 'Event', name: 'Expert meetings before the Mombasa summit', aliases: [] },
  { id: 'lighthouse-register', kind: 'Document', name: 'Register of Coastal Lighthouses', aliases: [] },
  { id: 'fisheries-charter', kind: 'Document', name: 'Fisheries charter', aliases: [] },
  { id: 'mcc-secretariat', kind: 'Organisation', name: 'MCC Secretariat', aliases: [] },
  { id: 'pilots-guild', kind: 'Organisation', name: 'Harbour Pilots Guild', aliases: [] },
  { id: 'reef-process', kind: 'Initiative', name: 'Reef process', aliases: [] },
  { id: 'sea-games', kind: 'Event', name: 'Sea Games', aliases: [] },
  { id: 'sea-games-2022', kind: 'Event', name: 'Sea Games 2022', aliases: [] },
  {
    id: 'envoys-guild-meeting',
    kind: 'Event',
    name: 'Meeting between envoys of Kenya and the Harbour Pilots Guild in Mombasa',
    aliases: [],
  },
  {
    id: 'stat-delegates',
    kind: 'Statistic',
    name: 'Delegates at the Mombasa summit',
    aliases: [],
    figure: { value: 250, unit: 'delegates', subject: 'mombasa-summit' },
  },
  {
    id: 'stat-mcc-years',
    kind: 'Statistic',
    name: "Years of the MCC's work",
    aliases: [],
    figure: { value: 70, unit: 'years', subject: 'mcc' },
  },
  {
    id: 'stat-mcc-trade-share',
    kind: 'Statistic',
    name: "The MCC's share of sea trade",
    aliases: [],
    figure: { value: 3.5, unit: 'percent', subject: 'mcc' },
  },
  {
    id: 'stat-mcc-founders',
    kind: 'Statistic',
    name: 'Founding states of the MCC',
    aliases: [],
    figure: { value: 2, unit: 'founding states', subject: 'mcc' },
  },
  {
    id: 'stat-mcc-lighthouses',
    kind: 'Statistic',
    name: 'Lighthouses the MCC keeps',
    aliases: [],
    figure: { value: 1200, unit: 'lighthouses', subject: 'mcc' },
  },
  {
    id: 'stat-ferries-kenya',
    kind: 'Statistic',
    name: 'Growth of ferries from Kenya',
    aliases: [],
    figure: { value: 3, unit: 'fold', subject: 'kenya' },
  },
  {
    id: 'stat-ferries-oman',
    kind: 'Statistic',
    name: 'Growth of ferries from Oman',
    aliases: [],
    figure: { value: 3, unit: 'fold', subject: 'oman' },
  },
];
