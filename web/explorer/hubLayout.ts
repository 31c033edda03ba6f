/**
 * Where a hub's nodes go (issue 17): the centre in the middle and its clusters and neighbours around it in rows,
 * each node given the room its label needs, the rows as wide as the drawing's shape asks. Rows are a plainer
 * picture than a force layout, but on a hub every line starts at the centre anyway, and packing the label boxes
 * edge to edge is what lets them be read at the zoom that fits them all. Pure, so the tests can check it.
 */

export interface LabelBox {
  readonly id: string;
  /** The node's box with its label, and where its position lies inside it (from the box's top left corner). */
  readonly width: number;
  readonly height: number;
  readonly offsetX: number;
  readonly offsetY: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Room between two boxes (model px). */
export const HUB_GAP = 14;

/**
 * Positions for `centre` and `others` (in the order given), packed into rows about `aspect` (width / height) in
 * shape, each row centred on the middle, the centre in the middle of the middle row.
 */
export function hubPositions(centre: LabelBox, others: readonly LabelBox[], aspect: number): Map<string, Point> {
  const all = [centre, ...others];
  const area = all.reduce((sum, box) => sum + (box.width + HUB_GAP) * (box.height + HUB_GAP), 0);
  const widest = Math.max(...all.map((box) => box.width + HUB_GAP));
  const rowWidth = Math.max(widest, Math.sqrt(area * Math.max(aspect, 0.2)));

  const rows: LabelBox[][] = [];
  let row: LabelBox[] = [];
  let used = 0;
  for (const box of others) {
    const width = box.width + HUB_GAP;
    if (row.length > 0 && used + width > rowWidth) {
      rows.push(row);
      row = [];
      used = 0;
    }
    row.push(box);
    used += width;
  }
  if (row.length > 0) rows.push(row);
  const middle = rows[Math.floor(rows.length / 2)];
  if (middle) middle.splice(Math.ceil(middle.length / 2), 0, centre);
  else rows.push([centre]);

  const positions = new Map<string, Point>();
  let top = 0;
  for (const boxes of rows) {
    const width = boxes.reduce((sum, box) => sum + box.width + HUB_GAP, 0);
    const height = Math.max(...boxes.map((box) => box.height)) + HUB_GAP;
    let left = -width / 2;
    for (const box of boxes) {
      positions.set(box.id, {
        x: left + HUB_GAP / 2 + box.offsetX,
        y: top + (height - box.height) / 2 + box.offsetY,
      });
      left += box.width + HUB_GAP;
    }
    top += height;
  }
  return positions;
}
