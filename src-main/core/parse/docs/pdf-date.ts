// PDF dates are `D:YYYYMMDDHHmmSSOHH'mm'` (PDF 32000-1 §7.9.4), every part after the year
// optional. pdf.js's PDFDateString turns one into a UTC Date and drops the offset, which the
// record keeps (`dateTime` with its offset, `date` as the day in that offset); hence this.
const PDF_DATE = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz])|([+-])(\d{2})'?(\d{2})?'?)?/;

/** An ISO 8601 instant with its offset, or null when the string is not a PDF date. */
export function pdfDateTime(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = PDF_DATE.exec(value.trim());
  if (!m) return null;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', zulu, sign, oh, om = '00'] = m;
  if (+mo < 1 || +mo > 12 || +d < 1 || +d > 31 || +h > 23 || +mi > 59 || +s > 59) return null;
  const offset = sign && oh ? `${sign}${oh}:${om}` : zulu ? 'Z' : 'Z';
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}
