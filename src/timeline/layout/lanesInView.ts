/**
 * Which lanes a fresh timeline's first paint draws the marks of: those whose band is
 * at least partly inside the viewport. A large file's lanes take eight rows each, so on
 * a desktop only the first two or three are on screen at first; the rest are drawn as
 * soon as the browser is idle after that paint.
 */
import type { LaneBand } from './lanes';

/**
 * The ids of the lanes whose band has some of it in the viewport, given where the
 * plot's top stands in it (`plotTop`, negative when scrolled past) and the viewport's
 * height.
 */
export function lanesInView(
  bands: readonly LaneBand[],
  plotTop: number,
  viewportHeight: number,
): Set<string> {
  const inView = new Set<string>();
  for (const band of bands) {
    const top = plotTop + band.top;
    if (top < viewportHeight && top + band.height > 0) inView.add(band.lane.id);
  }
  return inView;
}
