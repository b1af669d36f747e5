import { clockTimeParser } from './parsers/clockTimeParser';
import { dayMonthParser } from './parsers/dayMonthParser';
import { monthDayParser } from './parsers/monthDayParser';
import { partOfDayParser } from './parsers/partOfDayParser';
import { relativeDayParser } from './parsers/relativeDayParser';
import { weekdayParser } from './parsers/weekdayParser';
import { narrativeDateRefiner } from './refiners/narrativeDateRefiner';
import { overlapRemovalRefiner } from './refiners/overlapRemovalRefiner';
import { referenceYearRefiner } from './refiners/referenceYearRefiner';
import type { TaggerContext, TemporalMention, TemporalParser, TemporalRefiner } from './types';

export interface TaggerConfiguration {
  parsers: TemporalParser[];
  refiners: TemporalRefiner[];
}

/** Parsers find expressions; refiners then clean them up and resolve them in order. */
export const englishNarrativeConfiguration: TaggerConfiguration = {
  parsers: [
    monthDayParser,
    dayMonthParser,
    weekdayParser,
    partOfDayParser,
    relativeDayParser,
    clockTimeParser,
  ],
  refiners: [overlapRemovalRefiner, referenceYearRefiner, narrativeDateRefiner],
};

/** Finds the date and time expressions of a text and resolves them to days of the narrative. */
export function tagTemporalExpressions(
  text: string,
  context: TaggerContext,
  configuration: TaggerConfiguration = englishNarrativeConfiguration,
): TemporalMention[] {
  const found: TemporalMention[] = [];
  for (const parser of configuration.parsers) {
    // A fresh RegExp per run: a shared global pattern keeps lastIndex between calls.
    const pattern = new RegExp(parser.pattern.source, parser.pattern.flags);
    for (const match of text.matchAll(pattern)) {
      const mention = parser.extract(match as RegExpExecArray);
      if (mention) found.push(mention);
    }
  }
  found.sort((a, b) => a.index - b.index);
  return configuration.refiners.reduce(
    (mentions, refiner) => refiner.refine(mentions, text, context),
    found,
  );
}
