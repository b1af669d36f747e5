/**
 * Positions as shares of a width, for CSS: `shareOf(90, 360)` is `25%`. The timeline
 * draws its horizontal positions this way so that a layout made for one width shows
 * right at another (the prerendered first view, `view/firstView.ts`); at the width it
 * was made for, a share is the same pixel.
 */
export function shareOf(px: number, width: number): string {
  if (!(width > 0)) return '0%';
  // Four decimals of a percent: a ten-thousandth of a pixel on a 1,000-pixel plot.
  return `${Math.round((px / width) * 1e6) / 1e4}%`;
}
