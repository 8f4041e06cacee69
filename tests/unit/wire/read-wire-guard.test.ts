import { expect, it, vi } from 'vitest';
import { readWire } from '../../../src-main/core/parse/wire/read-wire';

// A reader that meets a shape nobody foresaw must cost the file, not the import.
vi.mock('../../../src-main/core/parse/wire/read-nitf', async (original) => ({
  ...(await original<typeof import('../../../src-main/core/parse/wire/read-nitf')>()),
  readNitf: () => {
    throw new Error('unforeseen shape');
  },
}));

it('turns an exception inside a reader into a reject that names the format and the error', async () => {
  const outcome = await readWire(
    new TextEncoder().encode('<nitf><body><body.content><p>x</p></body.content></body></nitf>'),
    'odd.xml',
  );
  expect(outcome).toEqual({
    ok: false,
    code: 'malformed',
    reason: 'odd.xml: nitf reader failed on this file (unforeseen shape)',
  });
});
