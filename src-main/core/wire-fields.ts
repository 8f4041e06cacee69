// The agency fields (contract/records.ts WireFields) travel with a record through the
// catalogue, exports and backups. Every copy picks them by this one list, so a field added
// to the contract and here reaches every place at once (the compiler checks the list is whole).
import type { WireFields } from '../contract/records';

const WIRE_KEYS: Record<keyof WireFields, true> = {
  byline: true,
  dateTime: true,
  subjects: true,
  urgency: true,
  slugline: true,
  guid: true,
  version: true,
  versionCreated: true,
  status: true,
  embargo: true,
  correctionNote: true,
};
export const WIRE_FIELD_NAMES = Object.keys(WIRE_KEYS) as (keyof WireFields)[];

/** The wire fields `from` has, and no others; absent ones stay absent. */
export function pickWireFields(from: WireFields): WireFields {
  const picked: Record<string, unknown> = {};
  for (const key of WIRE_FIELD_NAMES) if (from[key] !== undefined) picked[key] = from[key];
  return picked as WireFields;
}
