import { DEFAULT_SETTINGS } from '../../../src-main/contract/archive';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../src-main/contract/ipc';
import { routeCall } from '../../../src-main/core/ipc-router';
import { ArchiveService } from '../../../src-main/core/service';

// The reading room's channels check their payloads at the door like every other.
describe('archive:search arguments', () => {
  const args = CHANNELS['archive:search'].args;

  it('fills defaults for an empty payload: no query, no filters, newest first', () => {
    expect(args.parse({})).toEqual({ query: '', filters: {}, sort: 'date-desc', offset: 0, limit: 100 });
  });

  it('refuses a facet the contract does not declare', () => {
    const result = args.safeParse({ filters: { colour: ['x'] } });
    expect(result.success).toBe(false);
  });

  it('refuses a facet value that is not a list of strings', () => {
    expect(args.safeParse({ filters: { agency: 'САНА' } }).success).toBe(false);
    expect(args.safeParse({ filters: { agency: [''] } }).success).toBe(false);
  });

  it('refuses an unknown sort and a page larger than 500', () => {
    expect(args.safeParse({ sort: 'random' }).success).toBe(false);
    expect(args.safeParse({ limit: 501 }).success).toBe(false);
  });

  it('refuses a query longer than 2,000 characters', () => {
    expect(args.safeParse({ query: 'a'.repeat(2001) }).success).toBe(false);
  });
});

describe('settings channels', () => {
  let dir: string;
  let service: ArchiveService;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'da-settings-'));
    service = await ArchiveService.open({ dataDir: join(dir, 'data') });
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('starts following the OS language', async () => {
    expect(await routeCall(service.handlers, 'settings:get', {})).toEqual({ ok: true, value: DEFAULT_SETTINGS });
  });

  it('keeps a chosen UI language across a restart', async () => {
    expect(await routeCall(service.handlers, 'settings:set', { locale: 'ru' })).toEqual({
      ok: true,
      value: { ...DEFAULT_SETTINGS, locale: 'ru' },
    });
    await service.close();
    const reopened = await ArchiveService.open({ dataDir: join(dir, 'data') });
    expect(await routeCall(reopened.handlers, 'settings:get', {})).toEqual({
      ok: true,
      value: { ...DEFAULT_SETTINGS, locale: 'ru' },
    });
  });

  it('changes only the settings a call names, and refuses an out-of-range file size limit', async () => {
    await routeCall(service.handlers, 'settings:set', { theme: 'dark' });
    expect(await routeCall(service.handlers, 'settings:set', { paperSize: 'Letter' })).toEqual({
      ok: true,
      value: { ...DEFAULT_SETTINGS, theme: 'dark', paperSize: 'Letter' },
    });
    expect(await routeCall(service.handlers, 'settings:set', { maxFileMb: 0 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-args' },
    });
  });

  it('refuses a UI language there are no messages for', async () => {
    const reply = await routeCall(service.handlers, 'settings:set', { locale: 'de' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-args' } });
  });
});
