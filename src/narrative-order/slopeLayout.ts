/**
 * The slope chart's geometry: one row per event in each column (reading order on
 * the left, time order on the right) and, between them, a line per event from its
 * row on the left to its row on the right. D3 computes the rows (a point scale) and
 * the lines (d3-shape's horizontal link, a bump that leaves and meets each row level,
 * so lines cross once for each pair told the other way round and nowhere else).
 */
import { scalePoint } from 'd3-scale';
import { linkHorizontal } from 'd3-shape';
import type { NarrativeOrder } from './narrativeOrder';

/** Beyond this many events the chart would be too tall to read; the caption still speaks. */
export const MAX_CHARTED = 200;

/** How far the lines' ends stand in from the columns, leaving room for their dots. */
export const END_INSET = 5;

export interface SlopeLine {
  id: string;
  /** The middle of the event's row in the column in reading order, and in time order. */
  toldY: number;
  timeY: number;
  /** The line's path, from the left column to the right. */
  d: string;
  inOrder: boolean;
}

export interface SlopeLayout {
  width: number;
  height: number;
  /** The x of the lines' two ends. */
  startX: number;
  endX: number;
  /** In time order. */
  lines: SlopeLine[];
}

const link = linkHorizontal<
  { source: [number, number]; target: [number, number] },
  [number, number]
>();

/** Lays the lines out between columns `width` apart whose rows are `rowHeight` tall. */
export function layoutSlopes(
  order: NarrativeOrder,
  { width, rowHeight }: { width: number; rowHeight: number },
): SlopeLayout {
  const rows = order.byTime.length;
  const height = rows * rowHeight;
  const y = scalePoint<number>()
    .domain(order.byTime.map((_, index) => index))
    .range([0, height])
    .padding(0.5);
  const startX = END_INSET;
  const endX = Math.max(startX, width - END_INSET);
  const lines = order.byTime.map((event): SlopeLine => {
    const toldY = y(event.told)!;
    const timeY = y(event.time)!;
    return {
      id: event.id,
      toldY,
      timeY,
      d: link({ source: [startX, toldY], target: [endX, timeY] }) ?? '',
      inOrder: event.inOrder,
    };
  });
  return { width, height, startX, endX, lines };
}

/**
 * The lines in the order they are painted, last on top: those told in time order,
 * then those out of it, then the ones the reader is looking at (`near`, the lines that
 * cross the emphasized one), the emphasized (under the pointer or focus) and the selected.
 */
export function paintOrder(
  lines: readonly SlopeLine[],
  {
    selected,
    emphasized,
    near,
  }: { selected: string | null; emphasized: string | null; near: ReadonlySet<string> },
): SlopeLine[] {
  const layer = (line: SlopeLine) =>
    line.id === selected
      ? 4
      : line.id === emphasized
        ? 3
        : near.has(line.id)
          ? 2
          : line.inOrder
            ? 0
            : 1;
  // A stable sort keeps time order within a layer.
  return [...lines].sort((a, b) => layer(a) - layer(b));
}
