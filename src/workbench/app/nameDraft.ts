/**
 * A person or a place made from a name selected in the source, as its form holds it,
 * and the entry `curation/people.json` or `curation/places.json` stores. Pure.
 */
import type { Person, Place } from '../../lib/events/types';
import { idFromTitle } from './eventDraft';

export const PLACE_KINDS: Place['kind'][] = [
  'city',
  'town',
  'building',
  'railway-station',
  'region',
];
export const AUTHORITIES = { wikidata: 'Wikidata', geonames: 'GeoNames' } as const;

export interface AuthorityRecord {
  source: keyof typeof AUTHORITIES;
  id: string;
  label: string;
  retrieved: string;
}

export interface NameDraft {
  kind: 'person' | 'place';
  id: string;
  name: string;
  /** How the page writes the name: the words selected, case and all. */
  alias: string;
  role: string;
  placeKind: Place['kind'];
  longitude: string;
  latitude: string;
  /** Where the coordinates come from. */
  coordinatesSource: string;
  authority: '' | AuthorityRecord['source'];
  authorityId: string;
  authorityLabel: string;
  /** The day the record was looked up, YYYY-MM-DD. */
  retrieved: string;
}

export type PersonEntry = Person & { authority?: AuthorityRecord };
export type PlaceEntry = Place & { authority?: AuthorityRecord };

/** A new entry's form from the words selected: the alias as written, its name and id from it. */
export function nameDraftFrom(selected: string, today: string): NameDraft {
  const alias = selected.replace(/\s+/gu, ' ').trim();
  return {
    kind: 'place',
    id: idFromTitle(alias),
    name: alias,
    alias,
    role: '',
    placeKind: 'town',
    longitude: '',
    latitude: '',
    coordinatesSource: '',
    authority: '',
    authorityId: '',
    authorityLabel: '',
    retrieved: today,
  };
}

/** A coordinate typed in the form, or what is wrong with it, in words. */
export function readCoordinate(
  text: string,
  axis: 'longitude' | 'latitude',
): { value: number } | { problem: string } {
  const limit = axis === 'longitude' ? 180 : 90;
  const value = Number(text.trim().replace(',', '.'));
  if (text.trim() === '' || !Number.isFinite(value) || Math.abs(value) > limit) {
    return {
      problem: `${axis === 'longitude' ? 'Longitude' : 'Latitude'} must be a number of degrees from −${limit} to ${limit} (${axis === 'longitude' ? 'east' : 'north'} positive), e.g. ${axis === 'longitude' ? '30.10' : '59.57'}; it is "${text}"`,
    };
  }
  return { value: Math.round(value * 1e5) / 1e5 };
}

function authorityOf(draft: NameDraft): AuthorityRecord | undefined {
  if (draft.authority === '') return undefined;
  return {
    source: draft.authority,
    id: draft.authorityId.trim(),
    label: draft.authorityLabel.trim(),
    retrieved: draft.retrieved.trim(),
  };
}

/**
 * The entry the draft makes, or the problems of the fields only the form can see
 * (a coordinate that is not a number); the rest is the extractor's to check.
 */
export function entryOf(
  draft: NameDraft,
):
  | { kind: 'person'; entry: PersonEntry }
  | { kind: 'place'; entry: PlaceEntry }
  | { problems: string[] } {
  const authority = authorityOf(draft);
  const common = {
    id: draft.id.trim(),
    name: draft.name.trim(),
  };
  const aliases = draft.alias.trim() ? [draft.alias.trim()] : [];
  if (draft.kind === 'person') {
    return {
      kind: 'person',
      entry: { ...common, role: draft.role.trim(), aliases, ...(authority ? { authority } : {}) },
    };
  }
  const longitude = readCoordinate(draft.longitude, 'longitude');
  const latitude = readCoordinate(draft.latitude, 'latitude');
  const problems = [longitude, latitude].flatMap((c) => ('problem' in c ? [c.problem] : []));
  if (problems.length > 0 || !('value' in longitude) || !('value' in latitude)) return { problems };
  return {
    kind: 'place',
    entry: {
      ...common,
      kind: draft.placeKind,
      coordinates: [longitude.value, latitude.value],
      coordinatesSource: { title: draft.coordinatesSource.trim() },
      aliases,
      ...(authority ? { authority } : {}),
    },
  };
}
