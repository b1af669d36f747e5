/**
 * Which mark is hovered, focused and due to take focus, for one timeline: the
 * tooltip follows the mouse or keyboard focus (a tap on a phone selects without
 * one), and the roving tab stop remembers the mark last focused.
 */
export class MarkFocus {
  /** The mark under a mouse or pen. */
  hovered = $state<string | null>(null);
  /** The mark with focus. */
  focused = $state<string | null>(null);
  /** Whether the focused mark shows a focus ring (keyboard focus). */
  ring = $state(false);
  /** The mark focused last, which keeps the tab stop after focus leaves. */
  last = $state<string | null>(null);
  /** A mark to focus as soon as it is drawn on its own. */
  pending = $state<string | null>(null);
  /** Set by Escape until the pointer or focus moves. */
  dismissed = $state(false);

  /** The event the tooltip describes, if any. */
  readonly tip = $derived(
    this.dismissed ? null : (this.hovered ?? (this.ring ? this.focused : null)),
  );

  hover(id: string | null): void {
    this.hovered = id;
    this.dismissed = false;
  }

  focus(id: string | null, ring: boolean): void {
    this.focused = id;
    this.ring = ring;
    this.dismissed = false;
    if (id) this.last = id;
  }

  /** Asks for `id`'s mark to take focus once it is drawn. */
  request(id: string): void {
    this.last = id;
    this.pending = id;
  }

  /** Focuses the pending mark if `root` holds it now. */
  focusPendingIn(root: HTMLElement): void {
    if (!this.pending) return;
    const element = root.querySelector<HTMLElement>(
      `[data-event-id="${CSS.escape(this.pending)}"]`,
    );
    if (element) {
      element.focus();
      this.pending = null;
    }
  }
}
