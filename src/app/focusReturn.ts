/**
 * Remembers where focus was before it entered a panel, so closing the panel can
 * put it back: on the timeline mark, list row or passage that opened it.
 */
export class FocusReturn {
  #last = new Map<string, HTMLElement>();

  /** Call from a `focusin` listener on the document. */
  track(target: EventTarget | null, panels: Record<string, HTMLElement | null | undefined>): void {
    if (!(target instanceof HTMLElement || target instanceof SVGElement)) return;
    for (const [name, panel] of Object.entries(panels)) {
      if (!panel?.contains(target)) this.#last.set(name, target as HTMLElement);
    }
  }

  /**
   * Focuses what had focus before `name`'s panel, or the first fallback that is on
   * the page. Returns whether anything took focus.
   */
  restore(name: string, ...fallbacks: (HTMLElement | null | undefined)[]): boolean {
    for (const element of [this.#last.get(name), ...fallbacks]) {
      if (element?.isConnected) {
        element.focus();
        if (document.activeElement === element) return true;
      }
    }
    return false;
  }
}
