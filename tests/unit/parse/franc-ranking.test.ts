import { describe, expect, it } from 'vitest';
import { francAll } from 'franc-min';
import { francRanking } from '../../../src-main/core/parse/franc-ranking';

const TEXTS = [
  'Shr 64 cts vs 55 cts Net 14.0 mln vs 12.1 mln Revs 220.5 mln vs 198.4 mln Note: year-ago restated.',
  'Public show for Reynolds portrait draws crowds to the gallery on its first weekend in London.',
  'Le gouvernement a annoncé mardi une série de mesures pour soutenir les entreprises touchées par la crise.',
  'El presidente del Gobierno anunció este martes un paquete de medidas para las empresas afectadas.',
  'Die Bundesregierung hat am Dienstag ein Paket von Maßnahmen für die betroffenen Unternehmen angekündigt.',
  'O governo anunciou nesta terça-feira um pacote de medidas para as empresas afetadas pela crise.',
  'Il governo ha annunciato martedì un pacchetto di misure per le imprese colpite dalla crisi economica.',
  'Дания сомневается в возможности принять матчи Евро-2020. Президент Датского футбольного союза заявил.',
  'Закінчився перший квартал 2020 року. Підприємства, які за його наслідками отримали чистий прибуток.',
  'أعلنت الحكومة يوم الثلاثاء عن حزمة من الإجراءات لدعم الشركات المتضررة من الأزمة الاقتصادية',
  'دولت روز سه‌شنبه بسته‌ای از اقدامات را برای حمایت از شرکت‌های آسیب‌دیده اعلام کرد',
  '政府周二宣布了一系列措施，以支持受危机影响的企业。',
  'Η κυβέρνηση ανακοίνωσε την Τρίτη ένα πακέτο μέτρων για τις πληγείσες επιχειρήσεις.',
  'सरकार ने मंगलवार को प्रभावित कंपनियों के लिए उपायों के एक पैकेज की घोषणा की।',
  'Kennedy questions trust of Blair over Iraq — 1234 !!! ??? ... aaa aaa aaa',
];

/** Every text at a few lengths, short of franc's minimum to past its 2,048-character cut. */
const SAMPLES = TEXTS.flatMap((text) =>
  [0, 9, 10, 25, 60, 150, 400, 2500].map((n) => text.repeat(Math.ceil(n / text.length) + 1).slice(0, n)),
);

describe('francRanking', () => {
  it('ranks every sample exactly as francAll does', () => {
    for (const sample of SAMPLES) expect(francRanking(sample)).toEqual(francAll(sample));
  });

  it('ranks among the allowed languages exactly as francAll with `only` does', () => {
    const lists = [['rus', 'ukr', 'bul'], ['arb', 'pes', 'urd', 'pbu', 'skr'], ['eng'], ['xxx'], ['cmn']];
    for (const only of lists)
      for (const sample of SAMPLES) expect(francRanking(sample, only)).toEqual(francAll(sample, { only }));
  });
});
