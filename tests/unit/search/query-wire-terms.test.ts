// The query terms for what agency copy states (issue 17): status:, byline:, subject:, has:versions.
import { describe, expect, it } from 'vitest';
import { DISPATCH_STATUSES } from '../../../src-main/contract/archive';
import { QUERY_ERROR_CODES } from '../../../src-main/contract/search';
import { parseQuery } from '../../../src-main/core/search/query';
import type { QueryNode } from '../../../src-main/core/search/query-tree';

function node(input: string): QueryNode | null {
  const parsed = parseQuery(input);
  if (!parsed.ok) throw new Error(`did not parse: ${parsed.error.message}`);
  return parsed.node;
}

function error(input: string): { code: string; detail: string; message: string } {
  const parsed = parseQuery(input);
  if (parsed.ok) throw new Error(`parsed, but should not: ${JSON.stringify(parsed.node)}`);
  return parsed.error;
}

describe('status:', () => {
  it('reads every status by its own name, in any case', () => {
    for (const status of DISPATCH_STATUSES) expect(node(`status:${status}`)).toEqual({ kind: 'status', status });
    expect(node('STATUS:Canceled')).toEqual({ kind: 'status', status: 'canceled' });
  });

  it('reads killed, kill, withdrawn and cancelled as canceled, and embargo as embargoed', () => {
    for (const word of ['killed', 'kill', 'withdrawn', 'cancelled', 'KILLED'])
      expect(node(`status:${word}`)).toEqual({ kind: 'status', status: 'canceled' });
    expect(node('status:embargo')).toEqual({ kind: 'status', status: 'embargoed' });
  });

  it('negates and combines like any other term', () => {
    expect(node('quake -status:canceled')).toEqual({
      kind: 'and',
      children: [
        { kind: 'word', text: 'quake', prefix: false },
        { kind: 'not', child: { kind: 'status', status: 'canceled' } },
      ],
    });
  });

  it('reports an unknown status with its own code and the value at fault', () => {
    expect(error('quake status:dead')).toEqual({
      code: 'status-invalid',
      detail: 'dead',
      message:
        'status:dead is not known. Use status:usable, status:embargoed, status:correction, status:withheld or status:canceled.',
    });
    expect(QUERY_ERROR_CODES).toContain('status-invalid');
  });

  it('does not take a name Object has for a status', () => {
    expect(error('status:constructor').code).toBe('status-invalid');
    expect(error('status:toString').code).toBe('status-invalid');
  });

  it('asks for a value when there is none', () => {
    expect(error('status:').message).toBe('status: needs a value, e.g. status:canceled.');
  });
});

describe('byline:', () => {
  it('reads a word or a quoted phrase as a byline field', () => {
    expect(node('byline:Müller')).toEqual({ kind: 'field', field: 'byline', value: 'Müller' });
    expect(node('byline:"Jane Doe"')).toEqual({ kind: 'field', field: 'byline', value: 'Jane Doe' });
  });

  it('reports an unclosed quote after it', () => {
    expect(error('byline:"Jane Doe').code).toBe('unclosed-field-quote');
  });
});

describe('subject:', () => {
  it('keeps the colon inside a coded value', () => {
    expect(node('subject:medtop:20001065')).toEqual({ kind: 'subject', value: 'medtop:20001065', prefix: false });
  });

  it('reads a keyword, quoted when it has spaces', () => {
    expect(node('subject:POLITICS')).toEqual({ kind: 'subject', value: 'POLITICS', prefix: false });
    expect(node('subject:"Middle East"')).toEqual({ kind: 'subject', value: 'Middle East', prefix: false });
  });

  it('reads a scheme alone, or a trailing star, as a prefix', () => {
    expect(node('subject:medtop:')).toEqual({ kind: 'subject', value: 'medtop:', prefix: true });
    expect(node('subject:medtop:2000*')).toEqual({ kind: 'subject', value: 'medtop:2000', prefix: true });
  });

  it('asks for a value when there is nothing to look for', () => {
    expect(error('subject:').code).toBe('field-needs-value');
    expect(error('subject:*')).toMatchObject({
      code: 'field-needs-value',
      message: 'subject: needs a value, e.g. subject:medtop:20001065.',
    });
    expect(error('subject::').code).toBe('field-needs-value');
  });
});

describe('has:versions', () => {
  it('reads has:versions and has:version', () => {
    expect(node('has:versions')).toEqual({ kind: 'versions' });
    expect(node('has:Version')).toEqual({ kind: 'versions' });
    expect(node('-has:versions')).toEqual({ kind: 'not', child: { kind: 'versions' } });
  });

  it('still reads the user-work kinds of has:', () => {
    expect(node('has:note')).toEqual({ kind: 'has', what: 'note' });
  });
});

describe('field names', () => {
  it('treats a word before a colon that Object happens to have as plain words', () => {
    expect(node('constructor:x')).toEqual({ kind: 'word', text: 'constructor:x', prefix: false });
  });
});
