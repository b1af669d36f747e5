import { csvParseRows } from 'd3-dsv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventsFile } from '../events/types';
import { exportFile } from './exportFiles';

const file = JSON.parse(readFileSync('events.json', 'utf8')) as EventsFile;

describe('exportFile', () => {
  it('names each file after the source and gives it its type', () => {
    expect(exportFile('csv', file, file.events)).toMatchObject({
      filename: 'stormy-passage-p376-events.csv',
      type: 'text/csv;charset=utf-8',
    });
    expect(exportFile('json', file, file.events).filename).toBe('stormy-passage-p376-events.json');
    expect(exportFile('timelinejs', file, file.events).filename).toBe(
      'stormy-passage-p376-timelinejs.json',
    );
  });

  it('starts the CSV with a byte-order mark so Excel reads UTF-8, and the rest parses', () => {
    const { text } = exportFile('csv', file, file.events.slice(0, 3));
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(csvParseRows(text.slice(1))).toHaveLength(4);
  });

  it('writes JSON that parses for both JSON formats', () => {
    expect(() => JSON.parse(exportFile('json', file, file.events).text) as unknown).not.toThrow();
    expect(JSON.parse(exportFile('timelinejs', file, [], 'julian').text)).toMatchObject({
      events: [],
    });
  });
});
