/**
 * Lanes as the timeline draws them: the given order, any lane an event names but the
 * list lacks added at the end, a colour each, and how many sub-rows each may use.
 */
import type { Lane, TimelineEvent } from '../events/types';

/** Lane colours: each at least 3:1 against the page (WCAG 1.4.11), told apart by hue and lightness. */
export const LANE_COLOURS = [
  '#a2342b',
  '#2c5d8f',
  '#4f6f22',
  '#7b4a9b',
  '#8f5a12',
  '#2f6f6a',
] as const;

export interface DrawnLane extends Lane {
  colour: string;
  /** Sub-rows for marks: as many as the lane has events, at most `maxRows`. */
  rows: number;
}

/** The lanes to draw for `events`, each with its colour and number of rows. */
export function drawnLanes(
  lanes: readonly Lane[],
  events: readonly TimelineEvent[],
  maxRows = 3,
): DrawnLane[] {
  const all = [...lanes];
  for (const event of events) {
    if (!all.some((lane) => lane.id === event.lane)) {
      all.push({ id: event.lane, label: event.lane, description: '' });
    }
  }
  return all.map((lane, index) => {
    const count = events.filter((event) => event.lane === lane.id).length;
    return {
      ...lane,
      colour: LANE_COLOURS[index % LANE_COLOURS.length]!,
      rows: Math.max(1, Math.min(maxRows, count)),
    };
  });
}

/** Vertical geometry of the lanes, in pixels from the top of the plot. */
export interface LaneBand {
  lane: DrawnLane;
  top: number;
  height: number;
}

export interface LaneGeometry {
  /** Height of the lane's header line (its label). */
  headerHeight: number;
  /** Height of one sub-row: mark plus label. */
  rowHeight: number;
  /** Space under the last row. */
  padding: number;
}

/** Height of the time axis above the lanes. */
export const AXIS_HEIGHT = 60;

export const LANE_GEOMETRY: LaneGeometry = { headerHeight: 22, rowHeight: 36, padding: 6 };

/** Stacks the lanes from `top` down. */
export function stackLanes(
  lanes: readonly DrawnLane[],
  top: number,
  geometry = LANE_GEOMETRY,
): LaneBand[] {
  let y = top;
  return lanes.map((lane) => {
    const height = geometry.headerHeight + lane.rows * geometry.rowHeight + geometry.padding;
    const band = { lane, top: y, height };
    y += height;
    return band;
  });
}
