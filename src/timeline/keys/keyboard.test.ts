import { describe, expect, it } from 'vitest';
import { windowDate } from '../../lib/events/fixtures/windowDate';
import type { TimelineEvent } from '../../lib/events/types';
import {
  laneNeighbour,
  PAN_STEP,
  revealWindow,
  timelineKeyAction,
  type KeyInput,
} from './keyboard';
import { buildMarkIndex } from '../layout/laneIndex';
import { HOUR, MINUTE } from '../view/window';

const key = (k: string, extra: Partial<KeyInput> = {}): KeyInput => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...extra,
});
const order = ['a', 'b', 'c'];

describe('timelineKeyAction', () => {
  it('zooms with + and − and fits with 0', () => {
    expect(timelineKeyAction(key('+'), order, null)).toEqual({ kind: 'zoom-in' });
    expect(timelineKeyAction(key('='), order, null)).toEqual({ kind: 'zoom-in' });
    expect(timelineKeyAction(key('-'), order, null)).toEqual({ kind: 'zoom-out' });
    expect(timelineKeyAction(key('0'), order, null)).toEqual({ kind: 'fit' });
  });

  it('pans with Shift and the arrows', () => {
    expect(timelineKeyAction(key('ArrowLeft', { shiftKey: true }), order, 'b')).toEqual({
      kind: 'pan',
      share: -PAN_STEP,
    });
    expect(timelineKeyAction(key('ArrowRight', { shiftKey: true }), order, null)).toEqual({
      kind: 'pan',
      share: PAN_STEP,
    });
  });

  it('moves focus in time order with the plain arrows from a mark', () => {
    expect(timelineKeyAction(key('ArrowRight'), order, 'a')).toEqual({ kind: 'focus', id: 'b' });
    expect(timelineKeyAction(key('End'), order, 'a')).toEqual({ kind: 'focus', id: 'c' });
  });

  it('leaves the arrows alone when no mark has focus, and every key with Ctrl, Alt or Meta', () => {
    expect(timelineKeyAction(key('ArrowRight'), order, null)).toBeNull();
    expect(timelineKeyAction(key('+', { ctrlKey: true }), order, 'a')).toBeNull();
    expect(timelineKeyAction(key('0', { metaKey: true }), order, 'a')).toBeNull();
  });

  it('dismisses the tooltip with Escape', () => {
    expect(timelineKeyAction(key('Escape'), order, 'a')).toEqual({ kind: 'dismiss' });
  });
});

describe('revealWindow', () => {
  const window = { start: 0, end: 24 * HOUR };

  it('is null when the mark already stands alone', () => {
    expect(revealWindow({ start: HOUR, end: HOUR }, window, () => true)).toBeNull();
  });

  it('centres an off-screen event, keeping the zoom when that is enough', () => {
    const span = { start: 48 * HOUR, end: 50 * HOUR };
    const alone = (w: typeof window) => w.start <= span.start && w.end >= span.end;
    expect(revealWindow(span, window, alone)).toEqual({ start: 37 * HOUR, end: 61 * HOUR });
  });

  it('zooms in by halves until a clustered mark stands alone', () => {
    const span = { start: 12 * HOUR, end: 12 * HOUR };
    const alone = (w: typeof window) => w.end - w.start <= 6 * HOUR;
    const target = revealWindow(span, window, alone)!;
    expect(target.end - target.start).toBe(6 * HOUR);
    expect((target.start + target.end) / 2).toBe(12 * HOUR);
  });

  it('stops at the zoom limit', () => {
    const target = revealWindow({ start: 0, end: 0 }, window, () => false, 30 * MINUTE)!;
    expect(target.end - target.start).toBeGreaterThanOrEqual(30 * MINUTE);
    expect(target.end - target.start).toBeLessThan(HOUR);
  });
});

describe('laneNeighbour', () => {
  const at = (id: string, lane: string, hour: number) =>
    ({
      id,
      lane,
      title: id,
      date: windowDate(`1917-11-08T${String(hour).padStart(2, '0')}:00`),
    }) as unknown as TimelineEvent;
  const index = buildMarkIndex([
    at('top-early', 'top', 1),
    at('top-late', 'top', 20),
    at('mid', 'middle', 12),
    at('low-early', 'low', 2),
    at('low-noon', 'low', 11),
  ]);
  const lanes = ['top', 'empty', 'middle', 'low'];

  it('goes to the event of the lane below whose start is closest in time', () => {
    expect(laneNeighbour(index, lanes, 'mid', 1)).toBe('low-noon');
    expect(laneNeighbour(index, lanes, 'top-early', 1)).toBe('mid');
  });

  it('skips a lane with no events and goes up as well as down', () => {
    expect(laneNeighbour(index, lanes, 'mid', -1)).toBe('top-late');
    expect(laneNeighbour(index, lanes, 'low-early', -1)).toBe('mid');
  });

  it('stays put at the top and bottom lanes', () => {
    expect(laneNeighbour(index, lanes, 'top-late', -1)).toBeNull();
    expect(laneNeighbour(index, lanes, 'low-noon', 1)).toBeNull();
  });

  it('is asked by ↑ and ↓ only from a mark', () => {
    expect(timelineKeyAction(key('ArrowDown'), order, 'a')).toEqual({ kind: 'lane', step: 1 });
    expect(timelineKeyAction(key('ArrowUp'), order, 'a')).toEqual({ kind: 'lane', step: -1 });
    expect(timelineKeyAction(key('ArrowDown'), order, null)).toBeNull();
  });
});
