/**
 * Plain-text tables for people: a header, a rule, and columns padded to their widest cell. The last column is
 * never padded, so long text (a snippet, a quote) just runs on.
 */
// The last column's rule stops here: a long quote should not draw a line across the screen.
const RULE_MAX = 40;

export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => (row[i] ?? '').length)));
  const render = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width, i) => '-'.repeat(i === widths.length - 1 ? Math.min(width, RULE_MAX) : width));
  return [render(headers), render(rule), ...rows.map(render)].join('\n');
}
