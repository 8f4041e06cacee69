import { describe, expect, it } from 'vitest';
import { formatDateTime, formatRelativeTime } from '../../../src-renderer/src/i18n/format';

const NOW = new Date('2026-03-10T12:00:00Z');

describe('formatRelativeTime', () => {
  it('says hours ago in English', () => {
    expect(formatRelativeTime('en', '2026-03-10T09:00:00Z', NOW)).toBe('3 hours ago');
  });

  it('says yesterday for a day before', () => {
    expect(formatRelativeTime('en', '2026-03-09T11:00:00Z', NOW)).toBe('yesterday');
  });

  it('uses the largest unit that fits', () => {
    expect(formatRelativeTime('en', '2026-01-05T12:00:00Z', NOW)).toBe('2 months ago');
  });

  it('counts seconds under a minute', () => {
    expect(formatRelativeTime('en', '2026-03-10T11:59:50Z', NOW)).toBe('10 seconds ago');
  });

  it('says now under a second', () => {
    expect(formatRelativeTime('en', '2026-03-10T11:59:59.600Z', NOW)).toBe('now');
  });

  it('declines the unit in Russian', () => {
    expect(formatRelativeTime('ru', '2026-03-10T07:00:00Z', NOW)).toBe('5 часов назад');
  });

  it('gives back text that is not a time', () => {
    expect(formatRelativeTime('en', 'soon', NOW)).toBe('soon');
  });
});

describe('formatDateTime', () => {
  it('writes the date in words and the time', () => {
    const text = formatDateTime('en', '2026-03-10T12:00:00Z');
    expect(text).toContain('March 2026');
    expect(text).toMatch(/\d{2}:\d{2}/);
  });
});
