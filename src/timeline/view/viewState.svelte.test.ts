import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STORY_DAYS } from './fitDomain';
import { panExtentFor } from './zoomExtent';
import { HOUR, MINUTE, sameWindow, windowForTransform, type TimeWindow } from './window';
import { ViewState } from './viewState.svelte';

const spans: TimeWindow[] = [
  { start: Date.UTC(1917, 10, 7, 21), end: Date.UTC(1917, 10, 8, 6) },
  { start: Date.UTC(1917, 10, 9, 6), end: Date.UTC(1917, 10, 9, 12) },
];

/**
 * Stands in for d3-zoom: records each move and applies it as d3 would report it, a
 * zoom event then an end (an animated move arrives in one step here).
 */
function recordingDriver(view: ViewState) {
  const moves: { window: TimeWindow; instant: boolean }[] = [];
  view.driver = {
    moveTo(window, instant = false) {
      moves.push({ window, instant });
      view.followTransform(view.transformFor(window));
      view.settle();
      return false;
    },
  };
  return moves;
}

function makeView(width = 1000, onsettle = () => {}) {
  const view = new ViewState(() => spans, onsettle);
  view.width = width;
  return view;
}

describe('ViewState', () => {
  it('opens on every event with room to breathe, following the fit', () => {
    const view = makeView();
    expect(view.following).toBe(true);
    expect(view.window).toEqual(view.fitted);
    expect(view.window.start).toBeLessThan(spans[0]!.start);
    expect(view.window.end).toBeGreaterThan(spans[1]!.end);
    expect(view.baseDomain).toEqual({ start: Date.UTC(1917, 10, 7), end: Date.UTC(1917, 10, 10) });
  });

  it('falls back to 7–9 November without events', () => {
    expect(new ViewState().baseDomain).toEqual(STORY_DAYS);
  });

  it('derives the scale and the transform from the window, so x maps the window onto the width', () => {
    const view = makeView();
    const window = { start: Date.UTC(1917, 10, 8), end: Date.UTC(1917, 10, 8, 12) };
    view.show(window);
    expect(view.x(window.start)).toBeCloseTo(0);
    expect(view.x(window.end)).toBeCloseTo(1000);
    expect(
      sameWindow(windowForTransform(view.transform, view.baseDomain, view.range), window),
    ).toBe(true);
  });

  it('keeps the window, not the pixels, when the width changes', () => {
    const view = makeView(1280);
    const window = { start: Date.UTC(1917, 10, 8, 3), end: Date.UTC(1917, 10, 8, 3) + 5 * HOUR };
    view.show(window);
    view.width = 375;
    expect(view.window).toEqual(window);
    expect(view.x(window.end)).toBeCloseTo(375);
  });

  it('moves through the driver once d3-zoom is bound, animated unless asked otherwise', () => {
    const view = makeView();
    const moves = recordingDriver(view);
    view.zoomIn();
    view.fitAll({ instant: true });
    expect(moves.map((m) => m.instant)).toEqual([false, true]);
    expect(sameWindow(view.window, view.fitted)).toBe(true);
  });

  it('zooms about the centre by a factor of two, and quick presses add up', () => {
    const view = makeView();
    const before = view.window;
    view.zoomIn();
    expect(view.window.end - view.window.start).toBeCloseTo((before.end - before.start) / 2, -3);
    expect((view.window.start + view.window.end) / 2).toBeCloseTo(
      (before.start + before.end) / 2,
      -3,
    );
    // With an animation under way, the next press starts from where it is heading, even
    // though the press cuts the animation short (d3 then ends it, and the view settles).
    const heading: TimeWindow[] = [];
    view.driver = {
      moveTo: (window) => {
        if (heading.length > 0) view.settle();
        heading.push(window);
        return true;
      },
    };
    const from = view.window;
    view.zoomIn();
    view.zoomIn();
    view.zoomIn();
    const last = heading.at(-1)!;
    expect(last.end - last.start).toBeCloseTo((from.end - from.start) / 8, -3);
    // Under way, the view says so (the timeline is aria-busy), until the move settles.
    expect(view.animating).toBe(true);
    view.settle();
    expect(view.animating).toBe(false);
  });

  it('pans by a share of the visible span', () => {
    const view = makeView();
    view.show({ start: Date.UTC(1917, 10, 8), end: Date.UTC(1917, 10, 8, 12) });
    const before = view.window;
    view.panBy(0.25);
    expect(view.window.start - before.start).toBeCloseTo(3 * HOUR, -3);
  });

  it('keeps a window within the zoom and pan limits', () => {
    const view = makeView();
    const t = Date.UTC(1917, 10, 7, 22, 40);
    view.show({ start: t, end: t + MINUTE });
    expect(view.window.end - view.window.start).toBeCloseTo(30 * MINUTE, -3);
    expect(view.window.start).toBeLessThanOrEqual(t);
    view.show({ start: Date.UTC(1917, 0, 1), end: Date.UTC(1917, 0, 2) });
    const pan = panExtentFor(view.baseDomain);
    expect(view.window.start).toBeGreaterThanOrEqual(pan.start - 1);
    expect(view.window.end).toBeLessThanOrEqual(pan.end + 1);
  });

  it('settles at the end of each move, and a move of its own stops following the fit', () => {
    let settled = 0;
    const view = makeView(1000, () => settled++);
    view.show({ start: Date.UTC(1917, 10, 8), end: Date.UTC(1917, 10, 9) });
    expect(view.following).toBe(false);
    expect(view.settled).toEqual(view.window);
    view.fitAll();
    expect(view.following).toBe(true);
    expect(settled).toBe(2);
  });

  it('does not settle while the brush is dragged, and settles once when it is let go', () => {
    let settled = 0;
    const view = makeView(1000, () => settled++);
    const before = view.settled;
    view.brushGesture = true;
    view.show({ start: Date.UTC(1917, 10, 8), end: Date.UTC(1917, 10, 9) }, { instant: true });
    view.show(
      { start: Date.UTC(1917, 10, 8, 6), end: Date.UTC(1917, 10, 9, 6) },
      { instant: true },
    );
    expect(settled).toBe(0);
    expect(view.settled).toBe(before);
    view.brushGesture = false;
    view.settle();
    expect(settled).toBe(1);
    expect(view.settled).toEqual({
      start: Date.UTC(1917, 10, 8, 6),
      end: Date.UTC(1917, 10, 9, 6),
    });
  });

  it('round-trips any window within the limits through its transform at any width', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 48 }),
        fc.integer({ min: 1, max: 48 }),
        fc.integer({ min: 200, max: 3000 }),
        (startHour, hours, width) => {
          const view = makeView(width);
          const start = Date.UTC(1917, 10, 7) + startHour * HOUR;
          view.show({ start, end: start + hours * HOUR });
          const back = windowForTransform(view.transform, view.baseDomain, view.range);
          expect(sameWindow(back, view.window)).toBe(true);
        },
      ),
    );
  });
});
