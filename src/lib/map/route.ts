/**
 * The march of Krasnov's Cossack echelons on Petrograd, and how far it had come at
 * a given time. Pure: times are milliseconds on the floating UTC axis
 * (`src/lib/time/floating.ts`), places are the events file's `[lon, lat]`.
 *
 * The dates that place the march are windows (the echelons left Ostrov at some hour
 * of 8 November), so the position at a time is a stretch of the line: from where
 * they would be had every dated stop come as late as its window allows, to where they
 * would be had each come as early.
 */
import { geoDistance, geoInterpolate } from 'd3-geo';
import type { Place, TimelineEvent } from '../events/types';
import { eventWindow } from '../events/eventSpan';

/** One stop on the route, in order of travel. */
export interface RouteStop {
  /** Id of the place in the events file. */
  place: string;
  /**
   * The event that dates the stop: `departure` when the echelons leave it,
   * `arrival` when they reach it. Stops without one are passed on the way and
   * placed in time by their distance along the line.
   */
  dated?: { event: string; as: 'departure' | 'arrival' };
}

/**
 * Ostrov → Pskov → Gatchina → towards Petrograd. The page dates the start ("On
 * November 8 the first echelons of the Cossacks left Ostrov") and Gatchina ("His
 * head echelons had reached Gatchina in the morning", 9 November); it does not
 * reach Petrograd, so the last leg stays "towards".
 */
export const MARCH_ROUTE: readonly RouteStop[] = [
  { place: 'ostrov', dated: { event: 'echelons-leave-ostrov', as: 'departure' } },
  { place: 'pskov' },
  { place: 'gatchina', dated: { event: 'gatchina-occupied', as: 'arrival' } },
  { place: 'petrograd' },
];

export type MarchStage = 'unknown' | 'not-started' | 'under-way' | 'arrived';

export interface MarchProgress {
  stage: MarchStage;
  /** The route's places in order, with coordinates; stops the data lacks are left out. */
  stops: { id: string; name: string; coordinates: [number, number] }[];
  /** The line surely travelled, from the first stop to the least the echelons can have come. */
  travelled: [number, number][];
  /** Where the head echelons may be: the line from the least they can have come to the most. */
  possible: [number, number][];
  /** The rest of the line, from the most they can have come to the last stop. */
  ahead: [number, number][];
  /**
   * Where the head echelons were, when the dates fix one point (before the start, on
   * arrival, or between stops dated to the minute); null when they give a stretch.
   */
  position: [number, number] | null;
  /** Index in `stops` of the last stop surely reached or passed (0 at the start). */
  lastStop: number;
  /** Index in `stops` of the last stop they may have reached or passed. */
  lastPossibleStop: number;
  /** How much of the whole line is travelled, by distance, 0–1: at least and at most. */
  fraction: { least: number; most: number };
  /** Whether the position lies between dated stops and is therefore estimated. */
  estimated: boolean;
  /** One sentence for the map's caption. */
  summary: string;
}

interface DatedTime {
  /** Distance along the route from the first stop, in radians. */
  at: number;
  /** The window of the moment the stop was left or reached. */
  earliest: number;
  latest: number;
}

/** Cumulative distance of each stop from the first, in radians on the sphere. */
function cumulativeDistances(coordinates: readonly [number, number][]): number[] {
  const distances = [0];
  for (let i = 1; i < coordinates.length; i++) {
    distances.push(distances[i - 1]! + geoDistance(coordinates[i - 1]!, coordinates[i]!));
  }
  return distances;
}

/** The point `at` radians along the line, and the line split there. */
function splitLine(
  coordinates: readonly [number, number][],
  distances: readonly number[],
  at: number,
): { point: [number, number]; before: [number, number][]; after: [number, number][]; leg: number } {
  const total = distances.at(-1) ?? 0;
  const clamped = Math.max(0, Math.min(total, at));
  let leg = 0;
  while (leg + 2 < coordinates.length && distances[leg + 1]! <= clamped) leg++;
  const from = coordinates[leg]!;
  const to = coordinates[leg + 1] ?? from;
  const legLength = distances[leg + 1]! - distances[leg]!;
  const t = legLength > 0 ? (clamped - distances[leg]!) / legLength : 0;
  // At a stop, the stop itself: interpolation would round its coordinates.
  const point: [number, number] =
    t <= 0 ? from : t >= 1 ? to : (geoInterpolate(from, to)(t) as [number, number]);
  return {
    point,
    before: withoutRepeats([...coordinates.slice(0, leg + 1), point]),
    after: withoutRepeats([point, ...coordinates.slice(leg + 1)]),
    leg,
  };
}

function withoutRepeats(line: [number, number][]): [number, number][] {
  const near = (a: [number, number], b: [number, number]) =>
    Math.abs(a[0] - b[0]) < 1e-9 && Math.abs(a[1] - b[1]) < 1e-9;
  return line.filter((p, i) => i === 0 || !near(p, line[i - 1]!));
}

/**
 * How far along the dated stops the march is at `time`, had each stop come at the
 * time `pick` gives it: interpolated by time between the stops around it.
 */
function distanceAt(
  dated: readonly DatedTime[],
  time: number,
  pick: 'earliest' | 'latest',
): number {
  const first = dated[0]!;
  const last = dated.at(-1)!;
  if (time <= first[pick]) return first.at;
  if (time >= last[pick]) return last.at;
  const i = dated.findIndex((d) => d[pick] > time);
  const from = dated[i - 1]!;
  const to = dated[i]!;
  return from.at + ((to.at - from.at) * (time - from[pick])) / (to[pick] - from[pick]);
}

/**
 * How far the march had come at `time` (the end of the visible window; null for
 * "all of it"). Before the departure's window opens the echelons are at the first
 * stop; once the arrival's window has closed they are at its stop; in between they
 * may be anywhere on the stretch the windows allow, interpolated by time along the
 * line and marked estimated. `events` should be all events, not the filtered ones:
 * the march does not stop because a filter hides it.
 */
export function marchProgress(
  places: readonly Place[],
  events: readonly TimelineEvent[],
  time: number | null,
  route: readonly RouteStop[] = MARCH_ROUTE,
): MarchProgress {
  const placeById = new Map(places.map((p) => [p.id, p]));
  const eventById = new Map(events.map((e) => [e.id, e]));
  const present = route.filter((stop) => placeById.has(stop.place));
  const stops = present.map((stop) => {
    const place = placeById.get(stop.place)!;
    return { id: place.id, name: place.name, coordinates: place.coordinates };
  });
  const coordinates = stops.map((s) => s.coordinates);
  const distances = cumulativeDistances(coordinates);
  const total = distances.at(-1) ?? 0;

  const dated: DatedTime[] = [];
  present.forEach((stop, i) => {
    const event = stop.dated && eventById.get(stop.dated.event);
    if (event) dated.push({ at: distances[i]!, ...eventWindow(event).start });
  });
  dated.sort((a, b) => a.at - b.at);

  const base = { stops, fraction: { least: 0, most: 0 }, estimated: false };
  if (stops.length < 2 || dated.length < 2) {
    return {
      ...base,
      stage: 'unknown',
      travelled: [],
      possible: [],
      ahead: coordinates,
      position: null,
      lastStop: 0,
      lastPossibleStop: 0,
      summary: 'The march cannot be placed in time: the events that date it are missing.',
    };
  }

  const first = dated[0]!;
  const last = dated.at(-1)!;
  const t = time ?? Number.POSITIVE_INFINITY;
  let least: number;
  let most: number;
  let stage: MarchStage;
  // The view's end is exclusive: a view ending as the departure's window opens has seen
  // no moment at which the echelons could have left.
  if (t <= first.earliest) {
    least = most = first.at;
    stage = 'not-started';
  } else if (t > last.latest) {
    least = most = last.at;
    stage = 'arrived';
  } else {
    // Had every stop come as late as its window allows, and as early.
    least = distanceAt(dated, t, 'latest');
    most = distanceAt(dated, t, 'earliest');
    stage = 'under-way';
  }

  const lower = splitLine(coordinates, distances, least);
  const upper = splitLine(coordinates, distances, most);
  const reached = (at: number) =>
    Math.max(
      0,
      distances.findLastIndex((d) => d <= at + 1e-12),
    );
  const lastStop = reached(least);
  const lastPossibleStop = reached(most);
  const point = least === most ? lower.point : null;
  return {
    stops,
    stage,
    travelled: stage === 'not-started' ? [] : lower.before,
    possible: point
      ? []
      : withoutRepeats([
          lower.point,
          ...coordinates.slice(lower.leg + 1, upper.leg + 1),
          upper.point,
        ]),
    ahead: upper.after,
    position: point,
    lastStop,
    lastPossibleStop,
    fraction: total > 0 ? { least: least / total, most: most / total } : base.fraction,
    estimated: stage === 'under-way',
    summary: summarize(
      stage,
      stops,
      lastStop,
      point
        ? null
        : {
            // The stop the stretch reaches, or the next one when it ends between two.
            upTo:
              Math.abs(distances[lastPossibleStop]! - most) < 1e-12
                ? lastPossibleStop
                : lastPossibleStop + 1,
            notLeft: least === first.at,
          },
    ),
  };
}

function summarize(
  stage: MarchStage,
  stops: MarchProgress['stops'],
  lastStop: number,
  range: { upTo: number; notLeft: boolean } | null,
): string {
  const name = (i: number) => stops[i]?.name ?? '';
  const goal = name(stops.length - 1);
  switch (stage) {
    case 'not-started':
      return `The Cossack echelons have not yet left ${name(0)}.`;
    case 'under-way':
      if (!range) {
        return `The echelons are on their way between ${name(lastStop)} and ${name(lastStop + 1)} (position estimated from the dates).`;
      }
      return (
        `The head echelons may be anywhere between ${name(lastStop)} and ${name(range.upTo)}` +
        (range.notLeft ? ` (they may not yet have left ${name(0)})` : '') +
        ': the dates give windows, not hours, so the position is a range estimated from them.'
      );
    case 'arrived':
      return `The head echelons have reached ${name(lastStop)}, on the way towards ${goal}.`;
    default:
      return '';
  }
}
