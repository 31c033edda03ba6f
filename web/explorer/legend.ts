/**
 * The legend: each entity kind's colour and shape (drawn as the graph draws them), and each line style of status.
 */
import { el } from './dom';
import { ENTITY_KINDS, KIND_STYLES, STATUS_FAMILY_STYLES, type KindShape, type StatusFamily } from './kinds';

const SVG = 'http://www.w3.org/2000/svg';

/** SVG outlines of the node shapes, in a 16 x 16 box. */
const SHAPE_PATHS: Readonly<Record<KindShape, string>> = {
  ellipse: 'M8 1a7 7 0 1 0 0.001 0Z',
  'round-rectangle': 'M4 1h8a3 3 0 0 1 3 3v8a3 3 0 0 1-3 3H4a3 3 0 0 1-3-3V4a3 3 0 0 1 3-3Z',
  diamond: 'M8 0.5 15.5 8 8 15.5 0.5 8Z',
  rectangle: 'M1.5 1.5h13v13h-13Z',
  hexagon: 'M4.2 1.5h7.6L15.5 8l-3.7 6.5H4.2L0.5 8Z',
  triangle: 'M8 1 15.5 14.5H0.5Z',
  tag: 'M1 2h9l5 6-5 6H1Z',
  barrel: 'M3 1h10q2.5 7 0 14H3q-2.5-7 0-14Z',
};

function shapeIcon(shape: KindShape, colour: string): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', SHAPE_PATHS[shape]);
  path.setAttribute('fill', colour);
  svg.append(path);
  return svg;
}

/** A short line drawn as the graph draws edges of `family` (implied ones fainter). */
export function lineSample(family: StatusFamily, implied = false): HTMLElement {
  const style = STATUS_FAMILY_STYLES[family];
  const sample = el('span', { className: 'line-sample' });
  sample.style.borderTop = `3px ${style.line} ${style.colour}`;
  if (implied) sample.style.opacity = '0.65';
  return sample;
}

export function renderLegend(container: HTMLElement): void {
  const kinds = el('ul', { className: 'legend-kinds' });
  for (const kind of ENTITY_KINDS) {
    const style = KIND_STYLES[kind];
    kinds.append(
      el('li', { dataset: { kind } }, shapeIcon(style.shape, style.colour), el('span', { text: style.label })),
    );
  }
  const lines = el('ul', { className: 'legend-lines' });
  for (const [family, style] of Object.entries(STATUS_FAMILY_STYLES) as [
    StatusFamily,
    (typeof STATUS_FAMILY_STYLES)[StatusFamily],
  ][]) {
    lines.append(el('li', { dataset: { family } }, lineSample(family), el('span', { text: style.label })));
  }
  lines.append(el('li', {}, lineSample('established', true), el('span', { text: 'implied, not stated' })));
  container.replaceChildren(el('h2', { text: 'Legend' }), kinds, lines);
}
