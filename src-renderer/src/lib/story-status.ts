// What the reader's banner says about an agency's status (contract/records.ts
// DispatchStatus). Pure, so the rules are tested apart from the view.
import type { DispatchStatus, WireFields } from '../../../src-main/contract/records';

/** The one banner an article gets, or none for a usable story. */
export type StatusNotice =
  | { kind: 'withdrawn' }
  | { kind: 'withheld' }
  | { kind: 'correction'; note: string | null }
  /** `until` is null when the agency marks an embargo without saying when it ends. */
  | { kind: 'embargoed'; until: string | null }
  | { kind: 'embargo-lifted'; at: string };

/** The agency killed or cancelled the story: listed apart, left out of exports unless asked for. */
export function isWithdrawn(status: DispatchStatus | undefined): boolean {
  return status === 'canceled';
}

/**
 * The notice for `fields` at `now`. An embargo whose time has passed is no longer a
 * warning but still worth knowing (a story released at a set hour), so it says when it
 * lifted; an embargo time that cannot be read is treated as still in force, since
 * wrongly calling a story free to use is the costlier mistake.
 */
export function statusNotice(
  fields: Pick<WireFields, 'status' | 'embargo' | 'correctionNote'>,
  now: Date,
): StatusNotice | null {
  switch (fields.status) {
    case 'canceled':
      return { kind: 'withdrawn' };
    case 'withheld':
      return { kind: 'withheld' };
    case 'correction':
      return { kind: 'correction', note: fields.correctionNote?.trim() || null };
    case 'embargoed': {
      const until = fields.embargo ?? null;
      const ends = until === null ? NaN : Date.parse(until);
      return until !== null && ends <= now.getTime()
        ? { kind: 'embargo-lifted', at: until }
        : { kind: 'embargoed', until };
    }
    default:
      return null;
  }
}
