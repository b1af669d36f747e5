/**
 * The overview strip's ticks for many events: one SVG path per lane whose runs
 * cover the same pixels as a rect per event would (each tick at least 3 px wide, an
 * instant centred on its time), so a hundred thousand events cost a few paths, not
 * a hundred thousand elements.
 */
import type { LaneIndex } from '../layout/laneIndex';

/** Path data for one lane's ticks: `x` maps a time to pixels; the ticks span `[top, top + height)`. */
export function overviewPath(
  lane: LaneIndex,
  x: (time: number) => number,
  top: number,
  height: number,
): string {
  const parts: string[] = [];
  let runStart = NaN;
  let runEnd = NaN;
  const flush = () => {
    if (Number.isNaN(runStart)) return;
    const w = +(runEnd - runStart).toFixed(1);
    parts.push(`M${+runStart.toFixed(1)} ${top}h${w}v${height}h${-w}Z`);
  };
  for (let k = 0; k < lane.starts.length; k++) {
    const start = lane.starts[k]!;
    const end = lane.ends[k]!;
    const x0 = x(start) - (end > start ? 0 : 1.5);
    const x1 = x0 + Math.max(3, x(end) - x(start));
    // Ticks by start: a tick that begins within (or half a pixel past) the run joins it.
    if (x0 <= runEnd + 0.5 && x1 >= runStart - 0.5) {
      runStart = Math.min(runStart, x0);
      runEnd = Math.max(runEnd, x1);
    } else {
      flush();
      runStart = x0;
      runEnd = x1;
    }
  }
  flush();
  return parts.join('');
}
