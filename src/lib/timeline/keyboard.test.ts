import { describe, expect, it } from 'vitest';
import { PAN_STEP, revealWindow, timelineKeyAction, type KeyInput } from './keyboard';
import { HOUR, MINUTE } from './window';

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
