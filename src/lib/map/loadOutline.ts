/**
 * Loads the bundled land outline on first use, as a chunk of its own, so the
 * default page does not carry it. One promise for the whole app.
 */
import type { FeatureCollection, MultiPolygon } from 'geojson';

let outline: Promise<FeatureCollection<MultiPolygon>> | null = null;

export function loadOutline(): Promise<FeatureCollection<MultiPolygon>> {
  outline ??= import('../../assets/map/northwest-russia.json').then(
    (module) => module.default as unknown as FeatureCollection<MultiPolygon>,
    (error: unknown) => {
      // Let a later call try again (a chunk can fail to load on a flaky connection).
      outline = null;
      throw error;
    },
  );
  return outline;
}
