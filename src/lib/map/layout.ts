/**
 * The march map's geometry in pixels: a conic projection fitted to the places,
 * an enlarged inset for the buildings of central Petrograd (the Winter Palace and
 * the Smolny are 4.5 km apart, a few pixels on the whole map), scale bars and
 * non-overlapping labels. D3 computes here; the component only draws. Pure.
 */
import { geoConicConformal, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import type { Place } from '../events/types';
import { placeLabels, type PlacedLabel, type Preference, type Rect } from './labels';

export type LonLat = [number, number];

export interface MapPlace {
  id: string;
  name: string;
  kind: Place['kind'];
  /** Marker centre in pixels. */
  x: number;
  y: number;
  /** Which panel draws it. */
  frame: 'main' | 'inset';
  label: PlacedLabel;
}

export interface ScaleBar {
  x: number;
  y: number;
  /** Length in pixels. */
  length: number;
  /** "50 km". */
  label: string;
}

export interface InsetLayout extends Rect {
  title: string;
  /** The land clipped to the inset. */
  landPath: string;
  scaleBar: ScaleBar;
  /** From the main map's marker of `leaderFrom` to the inset's nearest corner. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

export interface MapLayout {
  width: number;
  height: number;
  /** The land of the main map, clipped to the drawing. */
  landPath: string;
  places: MapPlace[];
  inset: InsetLayout | null;
  scaleBar: ScaleBar;
  /** Projects a position on the main map; null when it is off the map. */
  project: (position: LonLat) => [number, number] | null;
  /** An SVG path for a line on the main map. */
  line: (positions: readonly LonLat[]) => string;
  /** The main map's corners in longitude/latitude: north-west and south-east. */
  corners: [LonLat, LonLat];
}

export interface LayoutOptions {
  width: number;
  height: number;
  places: readonly Place[];
  /** The bundled outline (GeoJSON); null while it loads. */
  land: GeoPermissibleObjects | null;
  /** Width of a label in pixels. */
  measure: (text: string) => number;
  /** Label font size in pixels (default 13). */
  fontSize?: number;
  /** Places drawn in the inset (default: the buildings). */
  insetIds?: readonly string[];
  /** The main-map place the inset enlarges (default `petrograd`). */
  insetOf?: string;
}

/** Marker radius on the main map and in the inset. */
export const MARKER_RADIUS = 6;

const CONIC = { parallels: [57.5, 60] as [number, number], centralMeridian: 29.4 };
const KIND_ORDER: Record<Place['kind'], number> = {
  city: 0,
  town: 1,
  'railway-station': 2,
  building: 3,
  region: 4,
};

function conic(): GeoProjection {
  return geoConicConformal().parallels(CONIC.parallels).rotate([-CONIC.centralMeridian, 0]);
}

function multiPoint(places: readonly Place[]): GeoPermissibleObjects {
  return { type: 'MultiPoint', coordinates: places.map((p) => p.coordinates) };
}

/** A scale bar of a round length (1, 2, 5, 10, 20, 25, 50, 100 km) about `target` pixels long. */
export function scaleBarFor(
  projection: GeoProjection,
  at: LonLat,
  target = 80,
): Omit<ScaleBar, 'x' | 'y'> {
  const kmPerDegreeLon = 111.32 * Math.cos((at[1] * Math.PI) / 180);
  const a = projection(at)!;
  const b = projection([at[0] + 10 / kmPerDegreeLon, at[1]])!;
  const pxPerKm = Math.hypot(b[0] - a[0], b[1] - a[1]) / 10;
  const nice = [0.5, 1, 2, 5, 10, 20, 25, 50, 100, 200];
  const km = nice.reduce((best, n) =>
    Math.abs(n * pxPerKm - target) < Math.abs(best * pxPerKm - target) ? n : best,
  );
  return { length: km * pxPerKm, label: km < 1 ? `${km * 1000} m` : `${km} km` };
}

/** A point to keep a corner box away from, and how far. */
type Keep = { x: number; y: number; margin: number };

/** Whether a rectangle keeps its distance from every point. */
function isClear(rect: Rect, keep: readonly Keep[]): boolean {
  return keep.every(
    ({ x, y, margin }) =>
      x < rect.x - margin ||
      x > rect.x + rect.width + margin ||
      y < rect.y - margin ||
      y > rect.y + rect.height + margin,
  );
}

/** Points every few pixels along a polyline, so a rectangle can be kept off it. */
function sampleLine(points: readonly [number, number][], step = 6): [number, number][] {
  const samples: [number, number][] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [x0, y0] = points[i]!;
    const [x1, y1] = points[i + 1]!;
    const n = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0) / step));
    for (let k = 0; k <= n; k++) samples.push([x0 + ((x1 - x0) * k) / n, y0 + ((y1 - y0) * k) / n]);
  }
  return samples;
}

/**
 * A box of this size in a corner of the drawing, clear of the points and of the
 * boxes already taken: of the free corners, the one nearest `near`, or the first
 * of top-right, top-left, bottom-right, bottom-left.
 */
function pickCorner(
  width: number,
  height: number,
  size: { width: number; height: number },
  avoid: readonly Keep[],
  taken: readonly Rect[],
  near?: { x: number; y: number },
): Rect | null {
  const edge = 8;
  const corners: Rect[] = [];
  for (const y of [edge, height - size.height - edge]) {
    for (const x of [width - size.width - edge, edge]) corners.push({ x, y, ...size });
  }
  const free = corners.filter(
    (rect) =>
      isClear(rect, avoid) &&
      taken.every(
        (t) =>
          rect.x + rect.width <= t.x ||
          t.x + t.width <= rect.x ||
          rect.y + rect.height <= t.y ||
          t.y + t.height <= rect.y,
      ),
  );
  if (!near) return free[0] ?? null;
  const distance = (r: Rect) =>
    Math.hypot(
      Math.max(r.x - near.x, 0, near.x - r.x - r.width),
      Math.max(r.y - near.y, 0, near.y - r.y - r.height),
    );
  return free.sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

/**
 * Lays out the map for a drawing of `width` × `height` pixels. The main map is
 * fitted to the places outside the inset (with room above for the Gulf of
 * Finland's north shore and room around for labels); the inset takes a free
 * corner, or is left out when none is free.
 */
export function layoutMarchMap(options: LayoutOptions): MapLayout {
  const { width, height, places, land, measure, fontSize = 13 } = options;
  const insetIds = new Set(
    options.insetIds ?? places.filter((p) => p.kind === 'building').map((p) => p.id),
  );
  const mainPlaces = places.filter((p) => !insetIds.has(p.id));
  const insetPlaces = places.filter((p) => insetIds.has(p.id));

  const padX = Math.max(24, Math.min(90, width * 0.12));
  const main = conic()
    .fitExtent(
      [
        [padX, Math.max(40, height * 0.1)],
        [width - padX, height - Math.max(34, height * 0.08)],
      ],
      multiPoint(mainPlaces.length ? mainPlaces : places),
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  const mainPath = geoPath(main);
  const points = mainPlaces.map((p) => main(p.coordinates)!);

  // The inset and scale bar keep off the markers (with room for a label) and the
  // straight lines between them.
  const avoid: Keep[] = [
    ...points.map(([x, y]) => ({ x, y, margin: MARKER_RADIUS + 18 })),
    ...sampleLine(points).map(([x, y]) => ({ x, y, margin: 8 })),
  ];
  const insetSize = {
    width: Math.round(Math.max(170, Math.min(220, width * 0.38))),
    height: Math.round(Math.max(112, Math.min(150, width * 0.26))),
  };
  const insetAnchor = mainPlaces.find((p) => p.id === (options.insetOf ?? 'petrograd'));
  const near = insetAnchor && main(insetAnchor.coordinates)!;
  const insetRect = insetPlaces.length
    ? pickCorner(width, height, insetSize, avoid, [], near ? { x: near[0], y: near[1] } : undefined)
    : null;
  const barLength = scaleBarFor(main, main.invert!([width / 2, height / 2]) as LonLat);
  const barRect = pickCorner(
    width,
    height,
    { width: barLength.length + 16, height: 26 },
    avoid,
    insetRect ? [insetRect] : [],
  ) ?? { x: 8, y: height - 34, width: barLength.length + 16, height: 26 };
  const scaleBar: ScaleBar = { ...barLength, x: barRect.x + 8, y: barRect.y + 16 };

  const obstacles = [insetRect, barRect].filter((r): r is Rect => !!r);
  const ordered = [...mainPlaces].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  const mainLabels = placeLabels(
    ordered.map((p) => {
      const [x, y] = main(p.coordinates)!;
      return { id: p.id, text: p.name, x, y, r: MARKER_RADIUS };
    }),
    { measure, fontSize, bounds: { x: 2, y: 2, width: width - 4, height: height - 4 }, obstacles },
  );

  const placed: MapPlace[] = ordered.map((p, i) => {
    const [x, y] = main(p.coordinates)!;
    return { id: p.id, name: p.name, kind: p.kind, x, y, frame: 'main', label: mainLabels[i]! };
  });

  let inset: InsetLayout | null = null;
  if (insetRect) {
    const built = layoutInset(insetRect, insetPlaces, land, measure, fontSize);
    placed.push(...built.places);
    const anchor = placed.find((p) => p.id === (options.insetOf ?? 'petrograd'));
    inset = { ...built.inset, leader: anchor ? leaderLine(anchor, insetRect) : null };
  }

  const corners: [LonLat, LonLat] = [
    main.invert!([0, 0]) as LonLat,
    main.invert!([width, height]) as LonLat,
  ];
  return {
    width,
    height,
    landPath: land ? (mainPath(land) ?? '') : '',
    places: placed,
    inset,
    scaleBar,
    project: (position) => {
      const p = main(position);
      return p && Number.isFinite(p[0]) && Number.isFinite(p[1]) ? [p[0], p[1]] : null;
    },
    line: (positions) =>
      positions.length < 2
        ? ''
        : (mainPath({ type: 'LineString', coordinates: [...positions] }) ?? ''),
    corners,
  };
}

function layoutInset(
  rect: Rect,
  places: readonly Place[],
  land: GeoPermissibleObjects | null,
  measure: (text: string) => number,
  fontSize: number,
): { inset: Omit<InsetLayout, 'leader'>; places: MapPlace[] } {
  const titleHeight = fontSize + 10;
  const labelRoom = fontSize * 1.6;
  // Labels sit above and below their markers, so half the widest one must fit beside each edge marker.
  const side = Math.min(
    rect.width / 2 - 10,
    Math.max(...places.map((p) => measure(p.name))) / 2 + 6,
  );
  const projection = conic()
    .fitExtent(
      [
        [rect.x + side, rect.y + titleHeight + labelRoom],
        [rect.x + rect.width - side, rect.y + rect.height - labelRoom - 18],
      ],
      multiPoint(places),
    )
    .clipExtent([
      [rect.x, rect.y],
      [rect.x + rect.width, rect.y + rect.height],
    ]);
  const points = places.map((p) => projection(p.coordinates)!);
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / Math.max(1, points.length);
  // Each label on the outer side, away from the others: the northern one above, the southern below.
  const labels = placeLabels(
    places.map((p, i) => {
      const [x, y] = points[i]!;
      const prefer: Preference = y <= meanY ? 'above' : 'below';
      return { id: p.id, text: p.name, x, y, r: MARKER_RADIUS - 1, prefer };
    }),
    {
      measure,
      fontSize,
      bounds: {
        x: rect.x + 3,
        y: rect.y + titleHeight,
        width: rect.width - 6,
        height: rect.height - titleHeight - 20,
      },
    },
  );
  const centre = projection.invert!([rect.x + rect.width / 2, rect.y + rect.height / 2]) as LonLat;
  const bar = scaleBarFor(projection, centre, Math.min(60, rect.width * 0.35));
  return {
    inset: {
      ...rect,
      title: 'Central Petrograd (enlarged)',
      landPath: land ? (geoPath(projection)(land) ?? '') : '',
      scaleBar: { ...bar, x: rect.x + 8, y: rect.y + rect.height - 8 },
    },
    places: places.map((p, i) => {
      const [x, y] = projection(p.coordinates)!;
      return { id: p.id, name: p.name, kind: p.kind, x, y, frame: 'inset', label: labels[i]! };
    }),
  };
}

function leaderLine(from: { x: number; y: number }, rect: Rect) {
  const x2 = Math.max(rect.x, Math.min(rect.x + rect.width, from.x));
  const y2 = Math.max(rect.y, Math.min(rect.y + rect.height, from.y));
  const length = Math.hypot(x2 - from.x, y2 - from.y);
  if (length < MARKER_RADIUS + 2) return null;
  // Start at the marker's edge, not its centre.
  const k = (MARKER_RADIUS + 2) / length;
  return { x1: from.x + (x2 - from.x) * k, y1: from.y + (y2 - from.y) * k, x2, y2 };
}
