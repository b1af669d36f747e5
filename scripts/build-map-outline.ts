/**
 * Writes `src/assets/map/northwest-russia.json`: the land of north-western Russia
 * around Petrograd, Pskov, Ostrov and Gatchina as a small GeoJSON, cut from Natural
 * Earth's 1:10m land in the `world-atlas` package. No network.
 *
 *   npx tsx scripts/build-map-outline.ts          # write the file
 *   npx tsx scripts/build-map-outline.ts --check  # fail if the committed file is stale
 *
 * Only the land is taken. Natural Earth's land layer has no holes for Lake Ladoga
 * or Lake Peipus (lakes are a layer of their own, which world-atlas does not ship),
 * so the map shows the Gulf of Finland's coasts and no lakes. Country borders are
 * left out on purpose: today's borders did not exist in November 1917.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import type { Topology, GeometryObject } from 'topojson-specification';
import type { FeatureCollection, MultiPolygon, Polygon, Feature } from 'geojson';
import {
  clipRingToBox,
  isOnBoxEdge,
  roundRing,
  simplifyRing,
  type GeoBox,
  type LonLat,
  type Ring,
} from '../src/lib/map/outline';
import { OUTLINE_BOX } from '../src/lib/map/outlineBox';

/** About 200 m: below a pixel at the whole map's scale. */
const TOLERANCE_DEGREES = 0.002;
/** Three decimals, about 100 m: finer than the 1:10m source itself. */
const DIGITS = 3;

const OUTPUT = fileURLToPath(new URL('../src/assets/map/northwest-russia.json', import.meta.url));

function readLand(): Feature<Polygon | MultiPolygon>[] {
  const require = createRequire(import.meta.url);
  const path = require.resolve('world-atlas/land-10m.json');
  const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology<{ land: GeometryObject }>;
  const land = feature(topology, topology.objects.land);
  const features = 'features' in land ? land.features : [land];
  return features as Feature<Polygon | MultiPolygon>[];
}

function polygonsOf(geometry: Polygon | MultiPolygon): LonLat[][][] {
  return (
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  ) as LonLat[][][];
}

/** Clips, thins and rounds one ring; null when nothing worth drawing is left. */
function prepareRing(ring: LonLat[], box: GeoBox): Ring | null {
  const clipped = clipRingToBox(ring, box);
  if (!clipped) return null;
  const simplified = simplifyRing(clipped, TOLERANCE_DEGREES, (p) => isOnBoxEdge(p, box));
  return simplified ? roundRing(simplified, DIGITS) : null;
}

export function buildOutline(box: GeoBox = OUTLINE_BOX): FeatureCollection<MultiPolygon> {
  const polygons: Ring[][] = [];
  for (const land of readLand()) {
    for (const polygon of polygonsOf(land.geometry)) {
      const [outer, ...holes] = polygon;
      const shell = outer && prepareRing(outer, box);
      if (!shell) continue;
      const kept = holes.map((hole) => prepareRing(hole, box)).filter((r): r is Ring => !!r);
      polygons.push([shell, ...kept]);
    }
  }
  return {
    type: 'FeatureCollection',
    bbox: [box.west, box.south, box.east, box.north],
    features: [
      {
        type: 'Feature',
        properties: {
          name: 'land',
          source: 'Natural Earth 1:10m land (public domain), from the world-atlas package',
        },
        geometry: { type: 'MultiPolygon', coordinates: polygons },
      },
    ],
  };
}

function main(argv: string[]): number {
  const text = `${JSON.stringify(buildOutline())}\n`;
  if (argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(OUTPUT, 'utf8');
    } catch {
      // A missing file is stale too.
    }
    if (current !== text) {
      console.error(`${OUTPUT} is stale: run npx tsx scripts/build-map-outline.ts`);
      return 1;
    }
    console.log(`${OUTPUT} is up to date.`);
    return 0;
  }
  writeFileSync(OUTPUT, text);
  console.log(`Wrote ${OUTPUT} (${Buffer.byteLength(text)} bytes).`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = main(process.argv.slice(2));
}
