import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src-main/core/search/query';
import type { QueryNode } from '../../../src-main/core/search/query-tree';

function node(input: string): QueryNode | null {
  const parsed = parseQuery(input);
  if (!parsed.ok) throw new Error(`did not parse: ${parsed.error.message}`);
  return parsed.node;
}

function error(input: string): string {
  const parsed = parseQuery(input);
  if (parsed.ok) throw new Error(`parsed, but should not: ${JSON.stringify(parsed.node)}`);
  return parsed.error.message;
}

const word = (text: string, prefix = false): QueryNode => ({ kind: 'word', text, prefix });

describe('parseQuery', () => {
  it('reads an empty or blank query as matching everything', () => {
    expect(node('')).toBeNull();
    expect(node('   ')).toBeNull();
  });

  it('joins words with AND by default', () => {
    expect(node('Путин Керри')).toEqual({ kind: 'and', children: [word('Путин'), word('Керри')] });
  });

  it('accepts an explicit AND', () => {
    expect(node('oil AND gas')).toEqual(node('oil gas'));
  });

  it('binds OR looser than AND', () => {
    expect(node('a b OR c')).toEqual({
      kind: 'or',
      children: [{ kind: 'and', children: [word('a'), word('b')] }, word('c')],
    });
  });

  it('treats lower-case or and and as words', () => {
    expect(node('war or peace')).toEqual({ kind: 'and', children: [word('war'), word('or'), word('peace')] });
  });

  it('groups with brackets', () => {
    expect(node('Reuters (oil OR gas)')).toEqual({
      kind: 'and',
      children: [word('Reuters'), { kind: 'or', children: [word('oil'), word('gas')] }],
    });
  });

  it('negates a word, a phrase, a field and a group with a leading minus', () => {
    expect(node('-Украине')).toEqual({ kind: 'not', child: word('Украине') });
    expect(node('-"Белый дом"')).toEqual({ kind: 'not', child: { kind: 'phrase', text: 'Белый дом' } });
    expect(node('-agency:SANA')).toEqual({ kind: 'not', child: { kind: 'field', field: 'agency', value: 'SANA' } });
    expect(node('-(a OR b)')).toEqual({ kind: 'not', child: { kind: 'or', children: [word('a'), word('b')] } });
  });

  it('keeps a minus inside a word as part of it', () => {
    expect(node('по-прежнему')).toEqual(word('по-прежнему'));
  });

  it('reads quoted text as a phrase', () => {
    expect(node('"trade deficit"')).toEqual({ kind: 'phrase', text: 'trade deficit' });
  });

  it('reads a trailing star as a prefix', () => {
    expect(node('моск*')).toEqual(word('моск', true));
  });

  it('reads agency:, place:, lang: and language: as field filters', () => {
    expect(node('agency:САНА')).toEqual({ kind: 'field', field: 'agency', value: 'САНА' });
    expect(node('place:Дамаск')).toEqual({ kind: 'field', field: 'place', value: 'Дамаск' });
    expect(node('lang:ar')).toEqual({ kind: 'field', field: 'language', value: 'ar' });
    expect(node('language:ar')).toEqual(node('lang:ar'));
  });

  it('takes a quoted field value with spaces', () => {
    expect(node('agency:"Sky News Arabia"')).toEqual({ kind: 'field', field: 'agency', value: 'Sky News Arabia' });
  });

  it('reads a year, a month and a day as inclusive date ranges', () => {
    expect(node('date:2016')).toEqual({ kind: 'date', from: '2016', to: '2016-99-99' });
    expect(node('date:2016-07')).toEqual({ kind: 'date', from: '2016-07', to: '2016-07-99' });
    expect(node('date:2016-07-15')).toEqual({ kind: 'date', from: '2016-07-15', to: '2016-07-15' });
  });

  it('reads date ranges, open at either end', () => {
    expect(node('date:2016-01..2016-12')).toEqual({ kind: 'date', from: '2016-01', to: '2016-12-99' });
    expect(node('date:2016..')).toEqual({ kind: 'date', from: '2016', to: null });
    expect(node('date:..2016-06')).toEqual({ kind: 'date', from: null, to: '2016-06-99' });
  });

  it('reads tag: with a hierarchical or quoted name, and negated', () => {
    expect(node('tag:syria/aleppo')).toEqual({ kind: 'tag', name: 'syria/aleppo' });
    expect(node('-tag:"middle east"')).toEqual({ kind: 'not', child: { kind: 'tag', name: 'middle east' } });
  });

  it('reads has:annotations, has:note and has:tags, singular or plural', () => {
    expect(node('has:annotation')).toEqual({ kind: 'has', what: 'annotations' });
    expect(node('has:notes')).toEqual({ kind: 'has', what: 'note' });
    expect(node('HAS:Tags')).toEqual({ kind: 'has', what: 'tags' });
  });

  it('treats an unknown field as plain words', () => {
    expect(node('author:Smith')).toEqual(word('author:Smith'));
  });

  it('drops a lone star or minus', () => {
    expect(node('* - Syria')).toEqual(word('Syria'));
  });
});

describe('parseQuery errors', () => {
  it('names what has: accepts when given something else', () => {
    expect(error('has:colour')).toBe(
      'has:colour is not known. Use has:annotations, has:note, has:tags or has:versions.',
    );
  });

  it('gives each error a code and the part at fault, so the interface can word it in its own language', () => {
    const parsed = parseQuery('oil date:2016-13');
    expect(parsed.ok ? null : { code: parsed.error.code, detail: parsed.error.detail }).toEqual({
      code: 'date-invalid',
      detail: '2016-13',
    });
  });

  it('reports an unclosed quotation mark', () => {
    expect(error('"trade deficit')).toBe('A closing quotation mark (") is missing.');
  });

  it('reports unbalanced brackets', () => {
    expect(error('(oil OR gas')).toBe('A closing bracket ")" is missing.');
    expect(error('oil)')).toBe('There is a closing bracket ")" without an opening one.');
  });

  it('reports OR and AND without a term on one side', () => {
    expect(error('OR oil')).toBe('OR needs a search term on both sides.');
    expect(error('oil OR')).toBe('OR needs a search term on both sides.');
    expect(error('oil AND')).toBe('AND needs a search term on both sides.');
  });

  it('reports a prefix too short to search', () => {
    expect(error('a*')).toBe('Type at least 2 letters before * (a*).');
  });

  it('reports a field without a value', () => {
    expect(error('agency:')).toBe('agency: needs a value, e.g. agency:SANA.');
  });

  it('reports a date that is not one', () => {
    expect(error('date:2016-13')).toMatch(/^date:2016-13 is not a date\. Use YYYY, YYYY-MM or YYYY-MM-DD/);
    expect(error('date:July')).toMatch(/^date:July is not a date/);
  });

  it('reports a date range that ends before it starts', () => {
    expect(error('date:2016-12..2016-01')).toBe('date:2016-12..2016-01 ends before it starts.');
  });
});
