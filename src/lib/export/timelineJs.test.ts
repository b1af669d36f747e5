import type { Calendar } from '../calendar/julianDay';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EventsFile, TimelineEvent } from '../events/types';
import { escapeHtmlText, toTimelineJs } from './timelineJs';

const file = JSON.parse(readFileSync('events.json', 'utf8')) as EventsFile;
const event = (id: string) => file.events.find((e) => e.id === id)!;
const slideOf = (id: string, primary: Calendar = 'gregorian') =>
  toTimelineJs(file, [event(id)], { primary }).events[0]!;

describe('toTimelineJs', () => {
  it('has the fields TimelineJS3 reads: events with start_date.year, text, group and unique_id', () => {
    const timeline = toTimelineJs(file, file.events);
    expect(timeline.title.text.headline).toBe('Stormy Passage, p. 376');
    expect(timeline.events).toHaveLength(file.events.length);
    const ids = new Set<string>();
    for (const slide of timeline.events) {
      expect(Number.isInteger(slide.start_date.year)).toBe(true);
      expect(slide.start_date.month).toBeGreaterThanOrEqual(1);
      expect(slide.start_date.month).toBeLessThanOrEqual(12);
      expect(slide.start_date.day).toBeGreaterThanOrEqual(1);
      expect(typeof slide.start_date.display_date).toBe('string');
      expect(slide.text.headline).not.toBe('');
      expect(slide.group).not.toBe('');
      expect(slide.unique_id).toMatch(/^[a-z0-9-]+$/);
      ids.add(slide.unique_id);
    }
    expect(ids.size).toBe(file.events.length);
  });

  it('gives an instant its hour and minute and no end', () => {
    const slide = slideOf('congress-opens');
    expect(slide.start_date).toEqual({
      year: 1917,
      month: 11,
      day: 7,
      hour: 22,
      minute: 40,
      display_date: '22:40, 7 November 1917 (25 October O.S.)',
    });
    expect(slide.end_date).toBeUndefined();
  });

  it('gives a moment known to a part of the day the hours of its window at both ends', () => {
    // "In the morning": some moment from 06:00 to 11:59 on 9 November.
    const slide = slideOf('gatchina-occupied');
    expect(slide.start_date).toMatchObject({ year: 1917, month: 11, day: 9, hour: 6, minute: 0 });
    expect(slide.end_date).toEqual({ year: 1917, month: 11, day: 9, hour: 11, minute: 59 });
  });

  it('gives one day no end and several days an inclusive last day', () => {
    expect(slideOf('echelons-leave-ostrov').end_date).toBeUndefined();
    expect(slideOf('echelons-leave-ostrov').start_date.hour).toBeUndefined();
    expect(slideOf('woytinsky-stays-in-pskov').end_date).toEqual({ year: 1917, month: 11, day: 9 });
  });

  it('shows the date in words with the chosen calendar first', () => {
    expect(slideOf('echelons-leave-ostrov', 'julian').display_date).toBe(
      '26 October 1917 O.S. (8 November N.S.)',
    );
  });

  it('groups slides by lane label and quotes the passage with its page', () => {
    const slide = slideOf('krasnov-telegram');
    expect(slide.group).toBe('The narrator at Pskov');
    expect(slide.text.text).toContain('On November 9 I received a telegram from General Krasnov.');
    expect(slide.text.text).toContain('(W. S. Woytinsky, Stormy Passage, p. 376)');
  });

  it('writes the dates of the summary in the calendar the slides lead with', () => {
    // "… the arrest of the ministers inside, at 2:10 a.m. on {{1917-11-08}}, …"
    expect(slideOf('winter-palace-invaded').text.text).toContain(
      'at 2:10 a.m. on 8 November 1917 (26 October O.S.),',
    );
    expect(slideOf('winter-palace-invaded', 'julian').text.text).toContain(
      'at 2:10 a.m. on 26 October 1917 O.S. (8 November N.S.),',
    );
  });

  it('escapes markup in the data so TimelineJS shows it as text', () => {
    const hostile: TimelineEvent = {
      ...event('congress-opens'),
      title: '<img src=x onerror=alert(1)>',
      summary: 'Tom & "Jerry"',
    };
    const slide = toTimelineJs(file, [hostile]).events[0]!;
    expect(slide.text.headline).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(slide.text.text).toContain('Tom &amp; &quot;Jerry&quot;');
    expect(slide.text.headline).not.toContain('<');
    expect(slide.autolink).toBe(false);
  });
});

describe('escapeHtmlText', () => {
  it('escapes the five characters HTML gives meaning to', () => {
    expect(escapeHtmlText(`<a href='x'>"&"</a>`)).toBe(
      '&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;',
    );
  });
});
