// Builds small PDFs in the test itself, for inputs no writer here makes on purpose: a
// 500-page file, a password-protected one. Each page is lines of Helvetica at 12 pt; a
// line written `# …` is set at 24 pt, as a headline.

export interface TinyPdfOptions {
  /** Adds a Standard security handler whose user password is not empty, so opening needs one. */
  encrypted?: boolean;
  /** The document info Title. */
  title?: string;
  /** Each page's lines are its content stream's operators, as written, not text to set. */
  operators?: boolean;
}

export function tinyPdf(pages: string[][], options: TinyPdfOptions = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add('');
  const pagesObj = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  const kids = pages.map((lines) => {
    const ops = options.operators
      ? lines.join('\n')
      : lines
          .map((line, i) => {
            const size = line.startsWith('# ') ? 24 : 12;
            return `BT /F1 ${size} Tf 72 ${720 - i * 30} Td (${escape(line.replace(/^# /, ''))}) Tj ET`;
          })
          .join('\n');
    const content = add(`<< /Length ${ops.length} >>\nstream\n${ops}\nendstream`);
    return add(
      `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`,
    );
  });
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const info = options.title === undefined ? null : add(`<< /Title (${escape(options.title)}) >>`);
  const encrypt = options.encrypted
    ? add(`<< /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -4 >>`)
    : null;

  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  const id = `<${'12'.repeat(16)}>`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /ID [${id} ${id}]${info ? ` /Info ${info} 0 R` : ''}${encrypt ? ` /Encrypt ${encrypt} 0 R` : ''} >>\n`;
  out += `startxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

function escape(text: string): string {
  return text.replace(/[\\()]/g, (c) => `\\${c}`);
}
