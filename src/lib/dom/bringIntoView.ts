/**
 * Scrolls the page so the element's top comes into view when too little of it shows
 * (on a phone the day cards fill the first screen and the timeline they move lies
 * below it); nothing moves when it is already in view.
 */
export function bringIntoView(element: HTMLElement | null, shareOfScreen = 0.6): void {
  if (!element) return;
  const { top, bottom } = element.getBoundingClientRect();
  if (top >= 0 && top <= innerHeight * shareOfScreen) return;
  if (top < 0 && bottom > innerHeight * (1 - shareOfScreen)) return;
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  element.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
}
