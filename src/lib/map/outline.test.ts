import { describe, expect, it } from 'vitest';
import {
  clipRingToBox,
  isOnBoxEdge,
  roundRing,
  simplifyRing,
  type GeoBox,
  type LonLat,
} from './outline';

/** Twice the signed planar area of a closed ring: positive when it winds anticlockwise on a lon/lat plot. */
function signedArea2(ring: readonly LonLat[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[i + 1]!;
    sum += x0 * y1 - x1 * y0;
  }
  return sum;
}

const box: GeoBox = { west: 0, south: 0, east: 10, north: 10 };

describe('clipRingToBox', () => {
  it('returns a ring wholly inside the box unchanged', () => {
    const ring: LonLat[] = [
      [1, 1],
      [1, 2],
      [2, 2],
      [1, 1],
    ];
    expect(clipRingToBox(ring, box)).toEqual(ring);
  });

  it('cuts a ring that crosses the box at the box edge', () => {
    const ring: LonLat[] = [
      [5, 5],
      [5, 15],
      [15, 15],
      [15, 5],
      [5, 5],
    ];
    const clipped = clipRingToBox(ring, box)!;
    expect(clipped.at(0)).toEqual(clipped.at(-1));
    for (const [x, y] of clipped) {
      expect(x).toBeGreaterThanOrEqual(5);
      expect(x).toBeLessThanOrEqual(10);
      expect(y).toBeGreaterThanOrEqual(5);
      expect(y).toBeLessThanOrEqual(10);
    }
    expect(Math.abs(signedArea2(clipped)) / 2).toBeCloseTo(25);
  });

  it('keeps the winding of the ring it clips', () => {
    const clockwise: LonLat[] = [
      [-5, -5],
      [-5, 5],
      [5, 5],
      [5, -5],
      [-5, -5],
    ];
    expect(Math.sign(signedArea2(clipRingToBox(clockwise, box)!))).toBe(
      Math.sign(signedArea2(clockwise)),
    );
  });

  it('returns null for a ring wholly outside the box', () => {
    const ring: LonLat[] = [
      [20, 20],
      [20, 21],
      [21, 21],
      [20, 20],
    ];
    expect(clipRingToBox(ring, box)).toBeNull();
  });
});

describe('simplifyRing', () => {
  it('drops positions closer to the line than the tolerance and keeps the corners', () => {
    const ring: LonLat[] = [
      [0, 0],
      [0, 5],
      [0.001, 7],
      [0, 10],
      [10, 10],
      [10, 0],
      [0, 0],
    ];
    expect(simplifyRing(ring, 0.01)).toEqual([
      [0, 0],
      [0, 10],
      [10, 10],
      [10, 0],
      [0, 0],
    ]);
  });

  it('never drops a position the keep test pins', () => {
    const ring: LonLat[] = [
      [0, 0],
      [0, 5],
      [0, 10],
      [10, 10],
      [10, 0],
      [0, 0],
    ];
    const simplified = simplifyRing(ring, 1, (p) => p[1] === 5)!;
    expect(simplified).toContainEqual([0, 5]);
  });
});

describe('roundRing', () => {
  it('rounds to the given decimals and drops repeats rounding creates', () => {
    const ring: LonLat[] = [
      [0.00001, 0],
      [0.00002, 0],
      [1.23456, 0],
      [1, 1],
      [0.00001, 0],
    ];
    expect(roundRing(ring, 3)).toEqual([
      [0, 0],
      [1.235, 0],
      [1, 1],
      [0, 0],
    ]);
  });
});

describe('isOnBoxEdge', () => {
  it('tells positions on the edge from those inside', () => {
    expect(isOnBoxEdge([0, 4], box)).toBe(true);
    expect(isOnBoxEdge([4, 10], box)).toBe(true);
    expect(isOnBoxEdge([4, 4], box)).toBe(false);
  });
});
