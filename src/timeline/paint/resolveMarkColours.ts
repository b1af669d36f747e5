/**
 * The colours the HTML marks get from the stylesheet (a lane's `--lane`, which the
 * theme lightens in the dark, and its tints), resolved to values a canvas takes, by
 * reading each from a probe placed in the lane. Read again only when the lanes or the
 * theme change.
 */
import type { LaneColours, MarkColours } from './paintMarks';

export function resolveMarkColours(plot: Element, laneIds: readonly string[]): MarkColours {
  const probe = document.createElement('span');
  probe.hidden = true;
  const read = (host: Element, colour: string) => {
    probe.style.color = colour;
    host.append(probe);
    const resolved = getComputedStyle(probe).color;
    probe.remove();
    return resolved;
  };
  const lanes = new Map<string, LaneColours>();
  for (const id of laneIds) {
    const host = plot.querySelector(`[data-lane="${CSS.escape(id)}"]`) ?? plot;
    lanes.set(id, {
      solid: read(host, 'var(--lane)'),
      selected: read(host, 'color-mix(in srgb, var(--lane) 10%, transparent)'),
      cluster: read(host, 'color-mix(in srgb, var(--lane) 16%, var(--tl-paper))'),
      faint: read(host, 'color-mix(in srgb, var(--lane) 22%, var(--tl-paper))'),
    });
  }
  return {
    ink: read(plot, 'var(--tl-ink)'),
    paper: read(plot, 'var(--tl-paper)'),
    focus: read(plot, 'var(--tl-focus)'),
    lanes,
  };
}
