import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { routeCall } from '../../../src-main/core/ipc-router';
import { ArchiveService } from '../../../src-main/core/service';

let dir: string;
let service: ArchiveService;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'da-router-'));
  service = await ArchiveService.open({ dataDir: join(dir, 'data') });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('routeCall', () => {
  it('refuses a channel the contract does not declare', async () => {
    expect(await routeCall(service.handlers, 'fs:readFile', { path: '/etc/passwd' })).toEqual({
      ok: false,
      error: { code: 'invalid-channel', message: 'unknown channel "fs:readFile"' },
    });
  });

  it('refuses a payload that fails its schema, naming the field', async () => {
    const reply = await routeCall(service.handlers, 'archive:list', { offset: -1, limit: 10 });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-args' } });
    expect(!reply.ok && reply.error.message).toMatch(/^archive:list: offset: /);
  });

  it('refuses unexpected extra fields', async () => {
    const reply = await routeCall(service.handlers, 'archive:get', { id: '0123456789abcdef', evil: true });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-args' } });
  });

  it('answers a valid call with the service result', async () => {
    await writeFile(join(dir, 'a.txt'), 'Headline here\n\nA paragraph of text that is long enough.\n');
    await routeCall(service.handlers, 'import:folder', { path: dir });
    const reply = await routeCall(service.handlers, 'archive:list', { offset: 0, limit: 10 });
    expect(reply).toMatchObject({ ok: true, value: { total: 1, items: [{ title: 'Headline here' }] } });
  });

  it('reports a failed import as a typed error', async () => {
    const reply = await routeCall(service.handlers, 'import:folder', { path: join(dir, 'missing') });
    expect(reply).toEqual({
      ok: false,
      error: { code: 'import-failed', message: `cannot import ${join(dir, 'missing')}: no such file` },
    });
  });

  it('refuses a second import while one runs', async () => {
    await writeFile(join(dir, 'a.txt'), 'Headline here\n\nA paragraph.\n');
    const first = routeCall(service.handlers, 'import:folder', { path: dir });
    const second = await routeCall(service.handlers, 'import:folder', { path: dir });
    expect(second).toMatchObject({ ok: false, error: { code: 'busy' } });
    expect(await first).toMatchObject({ ok: true });
  });
});
