// Reads FactRuEval-2016's standard markup (.tokens, .spans, .objects; format in its README
// and scripts/dialent/standard.py) into the token sets its track 1 scorer compares.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Tag = 'per' | 'org' | 'loc';

export interface StdToken {
  id: string;
  start: number;
  /** Inclusive, as the scorer's Token.end. */
  end: number;
  text: string;
  ignored: boolean;
}

export interface TokenSet {
  tag: Tag;
  tokens: Set<StdToken>;
  /** The weight of each token: 1 for name spans of the mention's kind, 0 for descriptors (config.py QUALITY). */
  marks: Map<StdToken, number>;
  parents: TokenSet[];
  text: string;
}

export interface StandardDoc {
  name: string;
  text: string;
  tokens: StdToken[];
  sets: TokenSet[];
}

// With locorg disabled (t1_eval.py -l) a LocOrg is a location.
const TYPES: Record<string, Tag> = { Person: 'per', Org: 'org', Organization: 'org', Location: 'loc', LocOrg: 'loc' };
const QUALITY: Record<Tag, Set<string>> = {
  per: new Set(['none', 'name', 'patronymic', 'nickname', 'surname']),
  org: new Set(['none', 'loc_name', 'org_name']),
  loc: new Set(['none', 'org_name', 'loc_name']),
};

const isLetter = (s: string): boolean => s.length === 1 && s.toUpperCase() !== s.toLowerCase();

function readTokens(path: string): StdToken[] {
  const tokens = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((line) => {
      const [id = '', start = '0', length = '0', ...rest] = line.split(' ');
      const s = Number(start);
      return { id, start: s, end: s + Number(length) - 1, text: rest.join(' '), ignored: false };
    })
    .sort((a, b) => a.start - b.start);
  // dialent Token.isIgnored: a one-character non-letter glued to a neighbour
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const glued = (prev !== undefined && t.start - prev.end === 1) || (next !== undefined && next.start - t.end === 1);
    t.ignored = t.end === t.start && !isLetter(t.text) && glued;
  });
  return tokens;
}

function readSpans(path: string, byId: Map<string, StdToken>): Map<string, { tag: string; tokens: StdToken[] }> {
  const spans = new Map<string, { tag: string; tokens: StdToken[] }>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [left, right] = line.split('  # ');
    if (left === undefined || right === undefined) continue;
    const [id = '', tag = '', , , , n = '0'] = left.split(' ').filter(Boolean);
    const ids = right.split(' ').filter(Boolean).slice(0, Number(n));
    spans.set(id, { tag, tokens: ids.map((t) => byId.get(t)).filter((t): t is StdToken => t !== undefined) });
  }
  return spans;
}

/** One document of the standard: its text and the token set of every annotated object. */
export function readStandard(annotations: string, texts: string, name: string): StandardDoc {
  const tokens = readTokens(join(annotations, `${name}.tokens`));
  const spans = readSpans(join(annotations, `${name}.spans`), new Map(tokens.map((t) => [t.id, t])));
  const sets: TokenSet[] = [];
  for (const line of readFileSync(join(annotations, `${name}.objects`), 'utf8').split('\n')) {
    const [fields = '', comment = ''] = line.split('#');
    const [, type = '', ...spanIds] = fields.trim().split(/\s+/);
    const tag = TYPES[type];
    if (!tag) continue;
    const set: TokenSet = { tag, tokens: new Set(), marks: new Map(), parents: [], text: comment.trim() };
    for (const id of spanIds) {
      const span = spans.get(id);
      for (const t of span?.tokens ?? []) {
        set.tokens.add(t);
        const mark = QUALITY[tag].has(span?.tag ?? '') ? 1 : 0;
        set.marks.set(t, Math.max(set.marks.get(t) ?? 0, mark));
      }
    }
    sets.push(set);
  }
  // standard.py makeTokenSets: organisations inside other organisations
  const orgs = sets.filter((s) => s.tag === 'org');
  for (const org of orgs)
    org.parents = orgs.filter(
      (o) => o !== org && o.tokens.size > org.tokens.size && [...org.tokens].every((t) => o.tokens.has(t)),
    );
  const text = readFileSync(join(texts, `${name}.txt`), 'utf8');
  return { name, text, tokens, sets };
}

/** The first `limit` .txt files under `dir` in name order ([] when `dir` is absent): copy to time or check the rules on. */
export const textFiles = (dir: string, limit: number): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((p) => p.endsWith('.txt'))
        .sort()
        .slice(0, limit)
        .map((p) => join(dir, p))
    : [];
