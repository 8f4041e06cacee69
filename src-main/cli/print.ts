// How the CLI prints: progress, import summaries, records, hits, store warnings.
import type { ImportProgress, ImportSummary } from '../contract/archive';
import type { DispatchRecord } from '../contract/records';
import type { Range } from '../contract/search';

/** Hits in [brackets], so they show without colour or markup. */
export function marked(text: string, ranges: readonly Range[]): string {
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    out += `${text.slice(at, start)}[${text.slice(start, end)}]`;
    at = end;
  }
  return out + text.slice(at);
}

let lastLine = 0;
export function printProgress(p: ImportProgress): void {
  const line = `${p.phase} ${p.done}/${p.total} files, ${p.rejected} rejected${p.currentPath ? `  ${p.currentPath}` : ''}`;
  if (process.stderr.isTTY) {
    process.stderr.write(`\r\x1b[K${line.slice(0, (process.stderr.columns ?? 100) - 1)}`);
  } else if (Date.now() - lastLine > 1000 || p.phase === 'done') {
    lastLine = Date.now();
    process.stderr.write(`${line}\n`);
  }
}

export function printSummary(s: ImportSummary, dataDir: string): void {
  console.log(
    `Imported ${s.root} into ${dataDir}${s.cancelled ? ' (cancelled)' : ''} in ${(s.durationMs / 1000).toFixed(1)} s`,
  );
  console.log(`  files seen: ${s.filesSeen}`);
  console.log(`  imported:   ${s.imported} articles`);
  console.log(`  unchanged:  ${s.unchanged} files`);
  console.log(`  duplicates: ${s.duplicates} (added as extra sources)`);
  console.log(`  missing:    ${s.missingFiles} files gone since the last import`);
  console.log(`  rejected:   ${s.rejected.length}`);
  if (s.userWork?.reanchored) console.log(`  highlights placed again in ${s.userWork.reanchored} changed articles`);
  if (s.userWork?.orphaned)
    console.log(`  ${s.userWork.orphaned} highlights could not be placed: kept as orphaned, with their notes`);
  if (s.userWork?.moved) console.log(`  tags and notes of ${s.userWork.moved} moved articles followed them`);
  if (s.userWork?.taggedFromSource) console.log(`  ${s.userWork.taggedFromSource} articles tagged from their files`);
  for (const r of s.rejected) console.log(`    ${r.path}: ${r.reason}`);
}

export function describe(r: DispatchRecord): string {
  const meta = [r.date, r.place, r.agency, r.language, r.signature].map((v) => v ?? '—').join(' | ');
  const lines = [r.title, `  ${meta}`, ...wireLines(r)];
  if (r.entities?.length)
    lines.push(`  mentions: ${r.entities.map((e) => `${e.name} (${e.type} ×${e.count})`).join('; ')}`);
  lines.push(
    `  ${r.paragraphs.length} paragraphs, ${r.related.length} related, ${r.source.format}/${r.source.encoding}`,
  );
  return lines.join('\n');
}

/** What agency copy states, a line each, only where the record has it. */
function wireLines(r: DispatchRecord): string[] {
  const status = r.status && r.status !== 'usable' ? r.status : null;
  const rows: [string, string | null | undefined][] = [
    ['byline', r.byline],
    ['time', r.dateTime],
    ['status', status && (r.embargo ? `${status} until ${r.embargo}` : status)],
    ['correction', r.correctionNote],
    ['subjects', r.subjects?.join(', ')],
    ['slug', r.slugline],
    ['urgency', r.urgency?.toString()],
    ['guid', r.guid && (r.version ? `${r.guid} (version ${r.version})` : r.guid)],
  ];
  return rows.filter(([, v]) => v).map(([k, v]) => `  ${k}: ${v}`);
}

export function warnStore(warnings: readonly string[]): void {
  for (const w of warnings) console.error(`warning: ${w}`);
}
