import { describe, expect, it } from 'vitest';
import { overlapArea, placeLabels, type LabelRequest } from './labels';

const measure = (text: string) => text.length * 7;
const bounds = { x: 0, y: 0, width: 300, height: 200 };

describe('placeLabels', () => {
  it('puts a lone label to the right of its marker', () => {
    const [label] = placeLabels([{ id: 'a', text: 'Pskov', x: 100, y: 100, r: 5 }], {
      measure,
      fontSize: 12,
      bounds,
    });
    expect(label!.anchor).toBe('start');
    expect(label!.x).toBeGreaterThan(105);
    expect(label!.clear).toBe(true);
  });

  it('moves a label to the left when the right would leave the drawing', () => {
    const [label] = placeLabels([{ id: 'a', text: 'Petrograd', x: 290, y: 100, r: 5 }], {
      measure,
      fontSize: 12,
      bounds,
    });
    expect(label!.anchor).toBe('end');
    expect(label!.box.x).toBeGreaterThanOrEqual(0);
  });

  it('keeps labels of close markers apart', () => {
    const requests: LabelRequest[] = [
      { id: 'a', text: 'Winter Palace', x: 100, y: 100, r: 5 },
      { id: 'b', text: 'Smolny', x: 110, y: 96, r: 5 },
    ];
    const [a, b] = placeLabels(requests, { measure, fontSize: 12, bounds });
    expect(overlapArea(a!.box, b!.box)).toBe(0);
    expect(a!.clear && b!.clear).toBe(true);
  });

  it('keeps labels off obstacles', () => {
    const obstacle = { x: 105, y: 80, width: 100, height: 40 };
    const [label] = placeLabels([{ id: 'a', text: 'Gatchina', x: 100, y: 100, r: 5 }], {
      measure,
      fontSize: 12,
      bounds,
      obstacles: [obstacle],
    });
    expect(overlapArea(label!.box, obstacle)).toBe(0);
  });

  it('tries above first when asked to', () => {
    const [label] = placeLabels(
      [{ id: 'a', text: 'Smolny', x: 100, y: 100, r: 5, prefer: 'above' }],
      { measure, fontSize: 12, bounds },
    );
    expect(label!.anchor).toBe('middle');
    expect(label!.y).toBeLessThan(100);
  });

  it('reports a label as not clear when every spot is taken', () => {
    const [label] = placeLabels([{ id: 'a', text: 'A long name', x: 10, y: 10, r: 5 }], {
      measure,
      fontSize: 12,
      bounds: { x: 0, y: 0, width: 20, height: 20 },
    });
    expect(label!.clear).toBe(false);
  });
});
