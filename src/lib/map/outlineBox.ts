import type { GeoBox } from './outline';

/**
 * The stretch of north-western Russia the bundled outline covers: the Gulf of
 * Finland's head, Petrograd, Gatchina, Pskov and Ostrov, with room around them.
 * The map's view must stay inside it, or the cut edges of the land would show.
 */
export const OUTLINE_BOX: GeoBox = { west: 24, south: 56, east: 35, north: 61.5 };
