import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASIS_LABELS, DATE_BASES } from './dateWords';

describe('the bases of a date', () => {
  it('are every basis events.json may carry, each with words for the reader and the curator', () => {
    const schema = readFileSync(
      join(import.meta.dirname, '../../../schema/events.schema.json'),
      'utf8',
    );
    const enums = [...schema.matchAll(/"enum":\s*\[([^\]]*)\]/g)].map(
      (m) => JSON.parse(`[${m[1]}]`) as string[],
    );
    const basis = enums.find((values) => values.includes('narrative'));
    expect([...DATE_BASES].sort()).toEqual([...basis!].sort());
    for (const b of DATE_BASES) {
      expect(BASIS_LABELS[b].label).not.toBe('');
      expect(BASIS_LABELS[b].whenToChoose).not.toBe('');
    }
  });
});
