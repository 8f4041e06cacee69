import { describe, expect, it } from 'vitest';
import type { StoryVersion } from '../../../src-main/contract/archive';
import { formatWireTime, hasZone } from '../../../src-renderer/src/i18n/format';
import { translate } from '../../../src-renderer/src/i18n/messages';
import { statusOptions } from '../../../src-renderer/src/lib/facet-options';
import { isWithdrawn, statusNotice } from '../../../src-renderer/src/lib/story-status';
import { newerVersion, newestFirst, previousVersion, versionName } from '../../../src-renderer/src/lib/story-versions';

const NOW = new Date('2024-03-01T12:00:00Z');

describe('statusNotice', () => {
  it('gives no notice for a usable story or one that states no status', () => {
    expect(statusNotice({ status: 'usable' }, NOW)).toBeNull();
    expect(statusNotice({}, NOW)).toBeNull();
  });

  it('calls a cancelled story withdrawn', () => {
    expect(statusNotice({ status: 'canceled' }, NOW)).toEqual({ kind: 'withdrawn' });
    expect(isWithdrawn('canceled')).toBe(true);
    expect(isWithdrawn('withheld')).toBe(false);
  });

  it('keeps the correction note, and none when it is blank', () => {
    expect(statusNotice({ status: 'correction', correctionNote: ' Fixes toll ' }, NOW)).toEqual({
      kind: 'correction',
      note: 'Fixes toll',
    });
    expect(statusNotice({ status: 'correction', correctionNote: '  ' }, NOW)).toEqual({
      kind: 'correction',
      note: null,
    });
  });

  it('judges an embargo against now, zone included', () => {
    // 12:30+01:00 is 11:30Z, half an hour before NOW; 13:30+01:00 is half an hour after.
    expect(statusNotice({ status: 'embargoed', embargo: '2024-03-01T12:30:00+01:00' }, NOW)?.kind).toBe(
      'embargo-lifted',
    );
    expect(statusNotice({ status: 'embargoed', embargo: '2024-03-01T13:30:00+01:00' }, NOW)?.kind).toBe('embargoed');
  });

  it('treats an embargo it cannot read as still in force', () => {
    expect(statusNotice({ status: 'embargoed', embargo: 'at noon' }, NOW)).toEqual({
      kind: 'embargoed',
      until: 'at noon',
    });
  });
});

const VERSIONS: StoryVersion[] = [
  { id: 'a', version: null, at: null, status: 'usable', title: 'A' },
  { id: 'b', version: '2', at: null, status: 'correction', title: 'B' },
  { id: 'c', version: '3', at: null, status: 'usable', title: 'C' },
];

describe('story versions', () => {
  it('lists the newest first without reordering the contract list', () => {
    expect(newestFirst(VERSIONS).map((v) => v.id)).toEqual(['c', 'b', 'a']);
    expect(VERSIONS.map((v) => v.id)).toEqual(['a', 'b', 'c']);
  });

  it('points an older version at the newest, and the newest at nothing', () => {
    expect(newerVersion(VERSIONS, 'a')?.id).toBe('c');
    expect(newerVersion(VERSIONS, 'c')).toBeNull();
    expect(newerVersion(VERSIONS, 'unknown')).toBeNull();
  });

  it('finds the version before, none for the first', () => {
    expect(previousVersion(VERSIONS, 'c')?.id).toBe('b');
    expect(previousVersion(VERSIONS, 'a')).toBeNull();
  });

  it('names a version by the agency number, else by its place in the story', () => {
    expect(versionName(VERSIONS, VERSIONS[1]!)).toBe('2');
    expect(versionName(VERSIONS, VERSIONS[0]!)).toBe('1');
  });
});

describe('formatWireTime', () => {
  it('keeps the wall time and the zone the agency gave', () => {
    expect(formatWireTime('en', '2024-03-01T14:05:00+01:00')).toBe('1 March 2024, 14:05 UTC+01:00');
    expect(formatWireTime('en', '2024-03-01T23:30:00-0500')).toBe('1 March 2024, 23:30 UTC-05:00');
    expect(formatWireTime('ru', '2024-03-01T14:05:00Z')).toBe('1 марта 2024 г., 14:05 UTC');
  });

  it('writes a wall time with no zone without one, and says it has none', () => {
    expect(formatWireTime('en', '2024-03-01T14:05:00')).toBe('1 March 2024, 14:05');
    expect(hasZone('2024-03-01T14:05:00')).toBe(false);
    expect(hasZone('2024-03-01T14:05:00Z')).toBe(true);
  });

  it('returns what it cannot read as it is', () => {
    expect(formatWireTime('en', 'yesterday')).toBe('yesterday');
  });
});

describe('statusOptions', () => {
  it('orders statuses as the contract lists them and drops the empty ones not chosen', () => {
    const counts = [
      { value: 'canceled', count: 1 },
      { value: 'usable', count: 9 },
      { value: 'embargoed', count: 0 },
    ];
    expect(statusOptions(counts, []).map((o) => o.value)).toEqual(['usable', 'canceled']);
    expect(statusOptions(counts, ['withheld']).map((o) => o.value)).toEqual(['usable', 'withheld', 'canceled']);
  });
});

describe('the status query error', () => {
  it('names the unknown value in both languages', () => {
    expect(translate('en', 'queryError.status-invalid', { detail: 'dead' })).toMatch(/^status:dead is not known/);
    expect(translate('ru', 'queryError.status-invalid', { detail: 'dead' })).toMatch(/^status:dead — неизвестно/);
  });
});
