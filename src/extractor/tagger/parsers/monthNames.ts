export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "Jan", "Jan.", "January" → 1. */
export const MONTH_PATTERN =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

export function monthNumber(name: string): number {
  const prefix = name.slice(0, 3).toLowerCase();
  const index = MONTH_NAMES.findIndex((month) => month.slice(0, 3).toLowerCase() === prefix);
  if (index < 0) throw new Error(`not a month name: ${name}`);
  return index + 1;
}
