/**
 * Places map labels next to their markers so that no two labels overlap, no label
 * covers a marker or an obstacle (the inset, the scale bar), and all stay inside
 * the drawing. Greedy: each label takes the first free spot from a fixed list of
 * candidates around its marker, in the order given. Pure, in pixels.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  id: string;
  text: string;
  /** Marker centre. */
  x: number;
  y: number;
  /** Marker radius, kept clear of every label. */
  r: number;
  /** Overrides the options' `prefer` for this label. */
  prefer?: Preference;
}

/** Which spots to try first: beside the marker, above it, or below it. */
export type Preference = 'sides' | 'above' | 'below';

export interface PlacedLabel {
  id: string;
  text: string;
  /** Where `<text>` goes: `x`, the baseline `y`, and its `text-anchor`. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** The box the text takes, for tests and hit areas. */
  box: Rect;
  /** False when no candidate was free and the least-bad one was taken. */
  clear: boolean;
}

export interface LabelOptions {
  /** Width of a text in pixels at `fontSize`. */
  measure: (text: string) => number;
  fontSize: number;
  /** The area labels must stay inside. */
  bounds: Rect;
  /** Areas labels must not cover. */
  obstacles?: readonly Rect[];
  /** Space between marker and label. */
  gap?: number;
  /** Which spots to try first (default: beside the marker). */
  prefer?: Preference;
}

type Candidate = { dx: number; dy: number; anchor: PlacedLabel['anchor'] };

/** Right, left, above, below, then the diagonals: right and left read best next to a dot. */
function candidates(r: number, gap: number, fontSize: number, prefer: Preference): Candidate[] {
  const side = r + gap;
  const baselineMiddle = fontSize * 0.35;
  const above = -(side + fontSize * 0.25);
  const below = side + fontSize * 0.85;
  const sides: Candidate[] = [
    { dx: side, dy: baselineMiddle, anchor: 'start' },
    { dx: -side, dy: baselineMiddle, anchor: 'end' },
  ];
  const up: Candidate = { dx: 0, dy: above, anchor: 'middle' };
  const down: Candidate = { dx: 0, dy: below, anchor: 'middle' };
  const first =
    prefer === 'above'
      ? [up, down, ...sides]
      : prefer === 'below'
        ? [down, up, ...sides]
        : [...sides, up, down];
  return [
    ...first,
    { dx: side * 0.7, dy: above, anchor: 'start' },
    { dx: side * 0.7, dy: below, anchor: 'start' },
    { dx: -side * 0.7, dy: above, anchor: 'end' },
    { dx: -side * 0.7, dy: below, anchor: 'end' },
  ];
}

function boxOf(
  x: number,
  y: number,
  anchor: PlacedLabel['anchor'],
  width: number,
  fontSize: number,
): Rect {
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  // From the ascender above the baseline to the descender below it.
  return { x: left, y: y - fontSize * 0.8, width, height: fontSize * 1.05 };
}

/** The area two rectangles share, 0 when they only touch. */
export function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function outside(box: Rect, bounds: Rect): number {
  const over =
    Math.max(0, bounds.x - box.x) +
    Math.max(0, box.x + box.width - (bounds.x + bounds.width)) +
    Math.max(0, bounds.y - box.y) +
    Math.max(0, box.y + box.height - (bounds.y + bounds.height));
  return over * box.height;
}

/** Places the labels in the order given: put the ones that matter most first. */
export function placeLabels(
  requests: readonly LabelRequest[],
  options: LabelOptions,
): PlacedLabel[] {
  const { measure, fontSize, bounds, obstacles = [], gap = 4, prefer = 'sides' } = options;
  const markers: Rect[] = requests.map((m) => ({
    x: m.x - m.r,
    y: m.y - m.r,
    width: 2 * m.r,
    height: 2 * m.r,
  }));
  const placed: PlacedLabel[] = [];
  for (const request of requests) {
    const width = measure(request.text);
    let best: PlacedLabel | null = null;
    let bestCost = Number.POSITIVE_INFINITY;
    for (const c of candidates(request.r, gap, fontSize, request.prefer ?? prefer)) {
      const x = request.x + c.dx;
      const y = request.y + c.dy;
      const box = boxOf(x, y, c.anchor, width, fontSize);
      const blocked = [...markers, ...obstacles, ...placed.map((p) => p.box)];
      const cost = blocked.reduce((sum, b) => sum + overlapArea(box, b), 0) + outside(box, bounds);
      if (cost < bestCost) {
        bestCost = cost;
        best = {
          id: request.id,
          text: request.text,
          x,
          y,
          anchor: c.anchor,
          box,
          clear: cost === 0,
        };
      }
      if (cost === 0) break;
    }
    // A label whose place could not be projected (a NaN cost everywhere) is left out.
    if (best) placed.push(best);
  }
  return placed;
}
