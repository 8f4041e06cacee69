// The query language users type, parsed into a small tree. Syntax only: words are
// analysed later (compile-query.ts), so this file knows nothing of stemming.
//
//   words          all must match (AND is the default; `a AND b` may be written out)
//   a OR b         either; binds looser than AND: `a b OR c` is `(a AND b) OR c`
//   -word -"a b"   must not match; also -agency:X, -(a OR b)
//   "a phrase"     words next to each other, in order
//   pref*          any word starting with pref
//   agency:X place:X lang:xx (language:xx) date:2016, date:2016-07, date:2016-07-15,
//   date:2016-01..2016-12 (either end may be left open)
//   tag:syria      the user's tag, or any tag under it (syria/aleppo); tag:"two words"
//   has:annotations has:note has:tags   articles with that kind of user work
//   status:canceled  as the agency states it (also killed, withdrawn, embargo; see query-fields.ts)
//   byline:Doe byline:"Jane Doe"   words of the author line
//   subject:POLITICS subject:medtop:20001065 subject:medtop:   a subject or keyword code; a scheme alone: any of it
//   has:versions   stories the archive holds more than one version of
//   ( … )          grouping
import { fieldNamed, fieldNode, type LexedField } from './query-fields';
import { MIN_PREFIX, QuerySyntaxError } from './query-errors';
import type { ParsedQuery, QueryNode } from './query-tree';

type Lexeme =
  | { type: 'word'; text: string; negated: boolean }
  | { type: 'phrase'; text: string; negated: boolean }
  | { type: 'field'; name: LexedField; value: string; negated: boolean }
  | { type: 'open'; negated: boolean }
  | { type: 'close' }
  | { type: 'or' }
  | { type: 'and' };

export function parseQuery(input: string): ParsedQuery {
  try {
    const parser = new Parser(lex(input));
    return { ok: true, node: parser.parse() };
  } catch (err) {
    if (err instanceof QuerySyntaxError) return { ok: false, error: err.toQueryError() };
    throw err;
  }
}

// A field name, a colon, then a quoted value or a bare one up to whitespace or a bracket.
const FIELD = /^([\p{L}]+):(?:"([^"]*)("?)|([^\s()"]*))/u;
const BARE = /^[^\s()"]+/u;

function lex(input: string): Lexeme[] {
  const out: Lexeme[] = [];
  let rest = input;
  for (;;) {
    rest = rest.replace(/^\s+/u, '');
    if (!rest) return out;
    const negated = rest.startsWith('-') && rest.length > 1 && !/^-\s/u.test(rest);
    const body = negated ? rest.slice(1) : rest;
    const [lexeme, length] = lexOne(body, negated);
    if (lexeme) out.push(lexeme);
    rest = body.slice(length);
  }
}

function lexOne(text: string, negated: boolean): [Lexeme | null, number] {
  if (text.startsWith('(')) return [{ type: 'open', negated }, 1];
  if (text.startsWith(')')) return [{ type: 'close' }, 1];
  if (text.startsWith('"')) {
    const end = text.indexOf('"', 1);
    if (end < 0) throw new QuerySyntaxError('unclosed-quote');
    return [{ type: 'phrase', text: text.slice(1, end), negated }, end + 1];
  }
  const field = FIELD.exec(text);
  const name = field ? fieldNamed(field[1]!) : undefined;
  if (field && name) {
    if (field[2] !== undefined && field[3] !== '"') throw new QuerySyntaxError('unclosed-field-quote', field[1]);
    const value = (field[2] ?? field[4] ?? '').trim();
    if (!value) throw new QuerySyntaxError('field-needs-value', field[1]);
    return [{ type: 'field', name, value, negated }, field[0].length];
  }
  const word = BARE.exec(text)![0];
  if (!negated && (word === 'OR' || word === 'AND')) return [{ type: word === 'OR' ? 'or' : 'and' }, word.length];
  return [{ type: 'word', text: word, negated }, word.length];
}

/**
 * Recursive descent over the lexemes: OR binds looser than AND, so `a b OR c` means
 * `(a AND b) OR c`, as in most search engines.
 */
class Parser {
  #at = 0;
  constructor(private readonly lexemes: Lexeme[]) {}

  parse(): QueryNode | null {
    const node = this.#or();
    const next = this.lexemes[this.#at];
    if (next?.type === 'close') throw new QuerySyntaxError('stray-closing-bracket');
    return node;
  }

  #or(): QueryNode | null {
    const children: QueryNode[] = [];
    let operands = 0;
    for (;;) {
      const part = this.#and();
      operands++;
      if (part) children.push(part);
      if (this.lexemes[this.#at]?.type !== 'or') break;
      if (!part) throw new QuerySyntaxError('or-needs-terms');
      this.#at++;
    }
    if (operands > 1 && children.length < operands) throw new QuerySyntaxError('or-needs-terms');
    return children.length > 1 ? { kind: 'or', children } : (children[0] ?? null);
  }

  #and(): QueryNode | null {
    const children: QueryNode[] = [];
    for (
      let next = this.lexemes[this.#at];
      next && next.type !== 'or' && next.type !== 'close';
      next = this.lexemes[this.#at]
    ) {
      if (next.type === 'and') {
        if (children.length === 0 || this.#peekEndsOperand()) throw new QuerySyntaxError('and-needs-terms');
        this.#at++;
        continue;
      }
      const node = this.#unary(next);
      if (node) children.push(node);
    }
    return children.length > 1 ? { kind: 'and', children } : (children[0] ?? null);
  }

  #peekEndsOperand(): boolean {
    const after = this.lexemes[this.#at + 1];
    return !after || after.type === 'or' || after.type === 'close' || after.type === 'and';
  }

  #unary(lexeme: Exclude<Lexeme, { type: 'or' | 'and' | 'close' }>): QueryNode | null {
    this.#at++;
    const node = this.#primary(lexeme);
    return node && lexeme.negated ? { kind: 'not', child: node } : node;
  }

  #primary(lexeme: Exclude<Lexeme, { type: 'or' | 'and' | 'close' }>): QueryNode | null {
    switch (lexeme.type) {
      case 'open': {
        const inner = this.#or();
        if (this.lexemes[this.#at]?.type !== 'close') throw new QuerySyntaxError('unclosed-bracket');
        this.#at++;
        return inner;
      }
      case 'phrase':
        return lexeme.text.trim() ? { kind: 'phrase', text: lexeme.text } : null;
      case 'field':
        return fieldNode(lexeme.name, lexeme.value);
      case 'word':
        return wordNode(lexeme.text);
    }
  }
}

// Stray punctuation (a lone `-` or `*`, a dash between words) searches for nothing.
function wordNode(text: string): QueryNode | null {
  const prefix = text.endsWith('*');
  const stripped = text.replace(/\*+$/u, '');
  if (!/[\p{L}\p{N}]/u.test(stripped)) return null;
  if (prefix && [...stripped].length < MIN_PREFIX) throw new QuerySyntaxError('prefix-too-short', text);
  return { kind: 'word', text: stripped, prefix };
}
