import { describe, expect, it } from 'vitest';
import { STORY_DAYS } from '../timeline/fitDomain';
import { panExtentFor } from '../timeline/zoomExtent';
import { HOUR, MINUTE, sameWindow, type AxisTransform, type TimeWindow } from '../timeline/window';
import { ViewState, type MoveOrigin, type ZoomDriver } from './viewState.svelte';

const spans: TimeWindow[] = [
  { start: Date.UTC(1917, 10, 7, 21), end: Date.UTC(1917, 10, 8, 6) },
  { start: Date.UTC(1917, 10, 9, 6), end: Date.UTC(1917, 10, 9, 12) },
];

/** A driver that applies moves at once and records them, standing in for d3-zoom. */
function recordingDriver(view: ViewState) {
  const moves: { origin: MoveOrigin; transform?: AxisTransform; factor?: number }[] = [];
  const driver: ZoomDriver = {
    transformTo(transform, origin) {
      moves.push({ origin, transform });
      view.transform = transform;
    },
    scaleBy(factor, origin) {
      moves.push({ origin, factor });
      view.transform = { ...view.transform, k: view.transform.k * factor };
    },
  };
  view.driver = driver;
  return moves;
}

function makeView(width = 1000) {
  const view = new ViewState(() => spans);
  view.width = width;
  return view;
}

describe('ViewState', () => {
  it('shows the whole period, in whole days, at the identity transform', () => {
    const view = makeView();
    expect(view.transform).toEqual({ k: 1, x: 0 });
    expect(view.window).toEqual(view.baseDomain);
    expect(view.baseDomain).toEqual({ start: Date.UTC(1917, 10, 7), end: Date.UTC(1917, 10, 10) });
  });

  it('falls back to 7–9 November without events', () => {
    expect(new ViewState().baseDomain).toEqual(STORY_DAYS);
  });

  it('derives its scale from the transform, so x maps the window onto the width', () => {
    const view = makeView();
    const window = { start: Date.UTC(1917, 10, 8), end: Date.UTC(1917, 10, 8, 12) };
    view.transform = view.transformFor(window);
    expect(view.x(window.start)).toBeCloseTo(0);
    expect(view.x(window.end)).toBeCloseTo(1000);
    expect(sameWindow(view.window, window)).toBe(true);
  });

  it('fits all events with room to breathe', () => {
    const view = makeView();
    const moves = recordingDriver(view);
    view.fitAll();
    expect(moves[0]!.origin).toBe('control');
    expect(view.window.start).toBeLessThan(spans[0]!.start);
    expect(view.window.end).toBeGreaterThan(spans[1]!.end);
  });

  it('zooms in and out about the centre through the driver, by a factor of two', () => {
    const view = makeView();
    const moves = recordingDriver(view);
    view.zoomIn();
    view.zoomOut();
    expect(moves.map((m) => [m.origin, m.factor])).toEqual([
      ['control', 2],
      ['control', 0.5],
    ]);
  });

  it('pans by a share of the visible span', () => {
    const view = makeView();
    recordingDriver(view);
    const before = view.window;
    view.panBy(0.25);
    const span = before.end - before.start;
    expect(view.window.start - before.start).toBeCloseTo(span / 4, -2);
  });

  it('keeps a requested window within the zoom limits', () => {
    const view = makeView();
    recordingDriver(view);
    const t = Date.UTC(1917, 10, 7, 22, 40);
    view.show({ start: t, end: t + MINUTE }, 'request');
    expect(view.window.end - view.window.start).toBeCloseTo(30 * MINUTE, -3);
  });

  it('keeps the same window in view when the width changes and the transform is re-applied', () => {
    const view = makeView(1000);
    const window = { start: Date.UTC(1917, 10, 8, 3), end: Date.UTC(1917, 10, 8, 3) + 5 * HOUR };
    view.transform = view.transformFor(window);
    view.width = 375;
    view.transform = view.transformFor(window);
    expect(sameWindow(view.window, window)).toBe(true);
  });

  it('moves at once, within the zoom limits, before the gestures are bound', () => {
    const settled: [MoveOrigin, TimeWindow][] = [];
    const view = new ViewState(
      () => spans,
      (origin, window) => settled.push([origin, window]),
    );
    view.width = 1000;
    const before = view.window;
    view.zoomIn();
    expect(view.window.end - view.window.start).toBeCloseTo((before.end - before.start) / 2, -3);
    expect((view.window.start + view.window.end) / 2).toBeCloseTo(
      (before.start + before.end) / 2,
      -3,
    );
    const t = Date.UTC(1917, 10, 8, 3);
    view.show({ start: t, end: t + MINUTE }, 'request');
    expect(view.window.end - view.window.start).toBeCloseTo(30 * MINUTE, -3);
    expect(view.window.start).toBeLessThanOrEqual(t);
    expect(view.window.end).toBeGreaterThanOrEqual(t + MINUTE);
    // Each move is reported as d3-zoom reports the end of its own.
    expect(settled.map(([origin]) => origin)).toEqual(['control', 'request']);
    expect(sameWindow(settled[1]![1], view.window)).toBe(true);
  });

  it('keeps the view within the pan limits before the gestures are bound', () => {
    const view = makeView();
    view.show({ start: Date.UTC(1917, 0, 1), end: Date.UTC(1917, 0, 2) }, 'control');
    const pan = panExtentFor(view.baseDomain);
    expect(view.window.start).toBeGreaterThanOrEqual(pan.start - 1);
    expect(view.window.end).toBeLessThanOrEqual(pan.end + 1);
    expect(view.window.end - view.window.start).toBeCloseTo(24 * HOUR, -3);
  });

  it('keeps the window on screen when the width changes before the gestures are bound', () => {
    const view = makeView(1280);
    const window = { start: Date.UTC(1917, 10, 8, 3), end: Date.UTC(1917, 10, 8, 3) + 5 * HOUR };
    view.show(window, 'request');
    view.width = 900;
    expect(sameWindow(view.window, window)).toBe(true);
  });
});
