// Folders of dispatches the e2e specs import, built at test time in the archive's
// temp folder: the seed, small dispatches written here, and a slice of the shared
// corpus when it is present (never copied into the repo).
import { existsSync } from 'node:fs';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ROOT } from '../harness/fixtures';

export const CORPUS = join(ROOT, '../shared/corpus');
export const CORPUS_MISSING = existsSync(CORPUS) ? null : `no corpus at ${CORPUS}`;

/** What the seed (seeds/000_068abd54a537aef4.txt) reads as, field by field. */
export const SEED = {
  title: 'Песков: РФ готова к координации совместных усилий с США в борьбе с терроризмом в Сирии',
  isoDate: '2016-07-15',
  place: 'Москва',
  agency: 'САНА',
  signature: '*Н.С./М.К.',
  subheading: 'Путин обозначил взаимные усилия РФ и США в урегулировании конфликтов, в частности в Сирии и на Украине',
  related: 'Система ПВО РФ за сутки сбила 44 украинских дрона',
};

/** A short Arabic dispatch of our own, so the right-to-left checks need no corpus. */
export const ARABIC = {
  title: 'وزير الخارجية يبحث مع نظيره الروسي تطورات الأوضاع في المنطقة',
  text: [
    'دمشق-سانا بحث وزير الخارجية والمغتربين اليوم مع نظيره الروسي خلال اتصال هاتفي تطورات الأوضاع في المنطقة والعلاقات الثنائية بين البلدين الصديقين وسبل تعزيزها في مختلف المجالات.',
    'وأكد الجانبان أهمية مواصلة التنسيق والتشاور بين البلدين إزاء القضايا الإقليمية والدولية ذات الاهتمام المشترك، ودعم الجهود الرامية إلى إيجاد حلول سياسية للأزمات في المنطقة.',
  ],
};

/** Markup that would run or load something if the reader ever rendered article text as HTML. */
export const HOSTILE_TITLE = 'Hostile headline <script>window.__pwned=1</script>';
const HOSTILE_MARKUP =
  '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"><a href="javascript:window.__pwned=3">click me</a>';

// Files from several agencies, languages and formats: SANA's JSON (343 English articles),
// BBC text, Sky News Arabia TREC, and saved HTML pages in Russian and English.
const CORPUS_SLICE = [
  'sana/sanasyria.json',
  'bbc/politics/001.txt',
  'bbc/politics/007.txt',
  'ant-multisource/SkyNews/middleEast/SK-middleEast-1-20180223.txt',
  'ant-multisource/SkyNews/middleEast/SK-middleEast-1043-20180414.txt',
  'ant-multisource/SkyNews/middleEast/SK-middleEast-1103-20180417.txt',
  'tgnews-html/scripts/4011238084351119989.html',
  'tgnews-html/scripts/4032480120902045148.html',
  'tgnews-html/scripts/4042890082496547000.html',
];

/** The seed plus our Arabic dispatch: enough for every test that needs no corpus. */
export async function writeSmallFolder(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  await cp(join(ROOT, 'seeds'), folder, { recursive: true });
  await writeFile(join(folder, 'arabic.txt'), `${ARABIC.title}\n\n${ARABIC.text.join('\n\n')}\n`);
}

/** Adds the corpus slice under `folder/corpus`; does nothing when the corpus is absent. */
export async function writeCorpusSlice(folder: string): Promise<void> {
  if (CORPUS_MISSING) return;
  for (const file of CORPUS_SLICE) {
    const target = join(folder, 'corpus', file);
    await mkdir(dirname(target), { recursive: true });
    await cp(join(CORPUS, file), target);
  }
}

/** A text dispatch and a saved HTML page, both carrying script, an img with onerror and a javascript: link. */
export async function writeHostileFolder(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  await writeFile(
    join(folder, 'hostile.txt'),
    `${HOSTILE_TITLE}\n\nDamascus, SANA – A paragraph with ${HOSTILE_MARKUP} inside.\n`,
  );
  const page = `<!doctype html><html><head><title>Hostile page</title><script>window.__pwned=4</script></head>
<body onload="window.__pwned=5"><article><h1>Hostile saved page</h1>
<p>Damascus, SANA – The first paragraph of a saved page that carries markup. ${HOSTILE_MARKUP}</p>
<p>A second paragraph <iframe src="javascript:window.__pwned=6"></iframe> long enough to read as body text of the article.</p>
</article></body></html>`;
  await writeFile(join(folder, 'hostile.html'), page);
}
