/**
 * The timeline's events found by id or by the position a layout node carries. A table
 * by id is made only when an id comes without a position (a selection, a tooltip, a
 * key press): for 100,000 events hashing every id costs ~70 ms, which the first
 * render, whose nodes all carry positions, does not need to pay.
 */
import type { TimelineMarkEvent } from '../../lib/events/timelineIndex';
import type { PlacedCluster, PlacedEvent } from './packRows';

export interface EventLookup {
  get(id: string): TimelineMarkEvent | undefined;
  has(id: string): boolean;
  /** The event a mark stands for. */
  ofNode(node: PlacedEvent): TimelineMarkEvent | undefined;
  /** The first `count` events of a cluster, in its order. */
  membersOf(node: PlacedCluster, count: number): TimelineMarkEvent[];
}

export function createEventLookup(events: readonly TimelineMarkEvent[]): EventLookup {
  let byId: Map<string, TimelineMarkEvent> | null = null;
  const table = () => (byId ??= new Map(events.map((event) => [event.id, event])));
  const get = (id: string) => table().get(id);
  // A node laid out from another list (kept through a gesture while the events changed)
  // has positions that mean nothing here: the id, checked, says so.
  const at = (position: number | undefined, id: string) => {
    const event = position === undefined ? undefined : events[position];
    return event?.id === id ? event : get(id);
  };
  return {
    get,
    has: (id) => table().has(id),
    ofNode: (node) => at(node.at, node.id),
    membersOf(node, count) {
      const members: TimelineMarkEvent[] = [];
      for (let i = 0; i < Math.min(count, node.ids.length); i++) {
        const event = at(node.ats?.[i], node.ids[i]!);
        if (event) members.push(event);
      }
      return members;
    },
  };
}
