/**
 * Geometry for the build-time map outline (`scripts/build-map-outline.ts`): clip
 * land rings to a longitude/latitude box, thin them, round the coordinates. Pure,
 * planar in degrees, which is close enough for a box a few degrees across.
 */

/** `[longitude, latitude]` in degrees, as GeoJSON orders them. */
export type LonLat = [number, number];

/** A closed ring: the first position is repeated at the end, as GeoJSON requires. */
export type Ring = LonLat[];

/** A longitude/latitude box: west, south, east, north. */
export interface GeoBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

type Edge = {
  inside: (p: LonLat) => boolean;
  cross: (a: LonLat, b: LonLat) => LonLat;
};

function edgesOf(box: GeoBox): Edge[] {
  const atX =
    (x: number) =>
    (a: LonLat, b: LonLat): LonLat => [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
  const atY =
    (y: number) =>
    (a: LonLat, b: LonLat): LonLat => [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];
  return [
    { inside: (p) => p[0] >= box.west, cross: atX(box.west) },
    { inside: (p) => p[0] <= box.east, cross: atX(box.east) },
    { inside: (p) => p[1] >= box.south, cross: atY(box.south) },
    { inside: (p) => p[1] <= box.north, cross: atY(box.north) },
  ];
}

/**
 * The part of a ring inside the box (Sutherland–Hodgman), closed, or null when
 * nothing is left. Where the land leaves the box the result runs along the box's
 * edge; the map only shows the inside of the box, so those runs stay out of view.
 * The ring's winding is kept, which d3-geo needs to tell land from sea.
 */
export function clipRingToBox(ring: readonly LonLat[], box: GeoBox): Ring | null {
  let points: LonLat[] = openRing(ring);
  for (const edge of edgesOf(box)) {
    if (points.length === 0) break;
    const next: LonLat[] = [];
    for (let i = 0; i < points.length; i++) {
      const current = points[i]!;
      const previous = points[(i + points.length - 1) % points.length]!;
      const inCurrent = edge.inside(current);
      if (inCurrent !== edge.inside(previous)) next.push(edge.cross(previous, current));
      if (inCurrent) next.push(current);
    }
    points = next;
  }
  points = dropRepeats(points);
  return points.length >= 3 ? closeRing(points) : null;
}

/** Whether a position lies on the box's edge (within a hair), where thinning must not move it. */
export function isOnBoxEdge([x, y]: LonLat, box: GeoBox, epsilon = 1e-9): boolean {
  return (
    Math.abs(x - box.west) < epsilon ||
    Math.abs(x - box.east) < epsilon ||
    Math.abs(y - box.south) < epsilon ||
    Math.abs(y - box.north) < epsilon
  );
}

/**
 * Thins a closed ring with Douglas–Peucker: drops positions that lie within
 * `tolerance` degrees (of latitude) of the line through their neighbours. Longitudes
 * are shrunk by cos(latitude) first, so a tolerance means the same distance either
 * way. Positions for which `keep` is true are never dropped (the box's edge).
 */
export function simplifyRing(
  ring: readonly LonLat[],
  tolerance: number,
  keep: (p: LonLat) => boolean = () => false,
): Ring | null {
  const open = openRing(ring);
  if (open.length < 3) return null;
  const meanLat = open.reduce((sum, p) => sum + p[1], 0) / open.length;
  const kx = Math.cos((meanLat * Math.PI) / 180);
  const pinned = new Set<number>([0]);
  open.forEach((p, i) => keep(p) && pinned.add(i));
  const anchors = [...pinned].sort((a, b) => a - b);
  const kept = new Set<number>(anchors);
  const closed = [...open, open[0]!];
  anchors.forEach((from, i) => {
    const to = anchors[i + 1] ?? open.length;
    markDouglasPeucker(closed, from, to, tolerance, kx, kept);
  });
  const result = open.filter((_, i) => kept.has(i));
  return result.length >= 3 ? closeRing(result) : null;
}

function markDouglasPeucker(
  points: readonly LonLat[],
  from: number,
  to: number,
  tolerance: number,
  kx: number,
  kept: Set<number>,
): void {
  if (to - from < 2) return;
  let farthest = -1;
  let distance = tolerance;
  for (let i = from + 1; i < to; i++) {
    const d = distanceToSegment(points[i]!, points[from]!, points[to]!, kx);
    if (d > distance) {
      distance = d;
      farthest = i;
    }
  }
  if (farthest < 0) return;
  kept.add(farthest);
  markDouglasPeucker(points, from, farthest, tolerance, kx, kept);
  markDouglasPeucker(points, farthest, to, tolerance, kx, kept);
}

function distanceToSegment(p: LonLat, a: LonLat, b: LonLat, kx: number): number {
  const [px, py] = [p[0] * kx, p[1]];
  const [ax, ay] = [a[0] * kx, a[1]];
  const [bx, by] = [b[0] * kx, b[1]];
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy;
  const t =
    length2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length2));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Rounds every position to `digits` decimals and drops the repeats that rounding makes. */
export function roundRing(ring: readonly LonLat[], digits: number): Ring | null {
  const k = 10 ** digits;
  const rounded = openRing(ring).map(([x, y]): LonLat => [
    Math.round(x * k) / k,
    Math.round(y * k) / k,
  ]);
  const open = dropRepeats(rounded);
  return open.length >= 3 ? closeRing(open) : null;
}

function openRing(ring: readonly LonLat[]): LonLat[] {
  const first = ring[0];
  const last = ring.at(-1);
  const closed = ring.length > 1 && first && last && first[0] === last[0] && first[1] === last[1];
  return ring.slice(0, closed ? -1 : undefined).map(([x, y]) => [x, y]);
}

function closeRing(points: readonly LonLat[]): Ring {
  return [...points, [points[0]![0], points[0]![1]]];
}

function dropRepeats(points: readonly LonLat[]): LonLat[] {
  const result = points.filter((p, i) => {
    const previous = points[(i + points.length - 1) % points.length]!;
    return points.length === 1 || p[0] !== previous[0] || p[1] !== previous[1];
  });
  return result;
}
