// The story's closing lines that are the page's (issue 18): licence and citation notices,
// permalinks, list headings, an author box, and the label lines a template sets in the body
// (a labelled date line, a file to download, a lightbox caption), on lines made up here.
import { describe, expect, it } from 'vitest';
import { isLabelLine } from '../../../src-main/core/parse/html-label-lines';
import { withoutClosingCalls } from '../../../src-main/core/parse/html-tail';
import { bodyOf, page, paragraphs, STORY } from './bridge-story';

describe('closing notices and list headings', () => {
  it('drops licence, citation, permalink and "more at" lines among the last few', () => {
    const notices = [
      'This text is published under the licence CC-BY-NC-ND 4.0. The photos may not be reused.',
      'SUGGESTED CITATION Doe, Jane: The bridge, Town Blog, 2020/4/09, https://example.org/bridge/.',
      'Permalink https://example.org/p/RPYx',
      'Weitere Infos unter www.example.de.',
      'Einfach hier klicken und für das digitale Heft registrieren!',
      'Help us continue to bring the news to readers everywhere',
      'Mit diesem Button kannst Du diese Folge zu einer Liste hinzufügen.',
      'Pour accéder en illimité',
      'Jetzt vorsorgen - sparen Sie bis zu 500 Euro!',
      'Dies ist Teil 2 zum Text "Die Brücke", der vergangene Woche erschienen ist.',
      '※下に線があることばは辞書の説明を見ることができます。',
      'Kennt ihr schon unseren Brückenfinder? Ab sofort findet ihr mit ihm alle Brücken der Stadt auf einen Klick.',
    ];
    for (const notice of notices) expect(withoutClosingCalls([...STORY, notice]), notice).toEqual(STORY);
  });

  it('drops a disclosure or an invitation to comment that closes the body, though a paragraph long', () => {
    const disclosure = `Disclaimer: News articles on this site may contain opinions of the author. ${STORY[2]} This site participates in the Amazon Associate program.`;
    const invitation = `Du möchtest mitmachen? Dann hinterlasse einfach einen Kommentar unter diesen Beitrag. ${STORY[0]}`;
    expect(withoutClosingCalls([...STORY, disclosure])).toEqual(STORY);
    expect(withoutClosingCalls([...STORY, invitation])).toEqual(STORY);
    expect(withoutClosingCalls([invitation, ...STORY])).toEqual([invitation, ...STORY]);
  });

  it('drops the heading of a list of other pages, and a lone section label, at the end', () => {
    for (const heading of ['Mehr zum Thema auf Example.de', 'Audios et vidéos sur le sujet', 'News', 'Read more'])
      expect(withoutClosingCalls([...STORY, heading]), heading).toEqual(STORY);
  });

  it('counts short lines free, so a notice above a few of them is still in the tail', () => {
    const tail = [
      'Permalien https://example.org/p/1',
      'Date 23.05.2011',
      'Imprimer cette page',
      'Permalien https://example.org/p/1',
    ];
    expect(withoutClosingCalls([...STORY, ...tail])).toEqual([...STORY, 'Date 23.05.2011', 'Imprimer cette page']);
  });

  it('keeps the same words earlier in the story or in a long paragraph', () => {
    const early =
      'More on this later: the council said the licence under Creative Commons lets anyone reuse the plans.';
    expect(withoutClosingCalls(['News', early, ...STORY])).toEqual(['News', early, ...STORY]);
    const long = `${STORY[0]} The permalink to the plans, the council said, would be published with the minutes. ${STORY[1]}`;
    expect(withoutClosingCalls([...STORY, long])).toEqual([...STORY, long]);
  });

  it('cuts an author box, heading and blurb, that closes the body', () => {
    const box = [
      'Über Michael Beispiel-Mann',
      'Coach für erfolgreiches Lernen, Lehrer an einer Schule in Freiburg, bloggt gelegentlich.',
    ];
    expect(withoutClosingCalls([...STORY, ...box])).toEqual(STORY);
    const early = ['About Jane Doe', ...STORY];
    expect(withoutClosingCalls(early)).toEqual(early);
  });

  it('drops the licence line from a page’s body', () => {
    const notice = '<p>Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE.</p>';
    const text = bodyOf(page(`<article>${paragraphs}${notice}</article>`));
    expect(text).toContain(STORY[3]);
    expect(text).not.toContain('Lizenz');
  });
});

describe('template label lines', () => {
  it('takes a date line with its label or section for a label', () => {
    for (const line of ['Stand: 05. Februar 2020', 'Date 23.05.2011', '02.02.2022 A-Frauen', '2021-10-16 | Botschaft'])
      expect(isLabelLine(line), line).toBe(true);
    expect(isLabelLine('Am 2. Februar 2022 kam er zurück.')).toBe(false);
    // a podcast's publication line is the story's (webdev: resonator-podcast.de)
    expect(isLabelLine('Veröffentlicht am 16.08.2019')).toBe(false);
    expect(isLabelLine('Published on 3 May 2020 the report said the bridge was unsafe.')).toBe(false);
  });

  it('takes a file offered for download and a lightbox caption for labels', () => {
    expect(isLabelLine('Informationsschreiben vom 14. Oktober 2021PDF | 38 KB | Datei ist nicht barrierefrei')).toBe(
      true,
    );
    expect(isLabelLine('Vergrößern Eine kleine runde Aussparung für die Kamera im Display.')).toBe(true);
    expect(isLabelLine('Quellenangaben:')).toBe(true);
    for (const heading of ['meist-diskutiert', 'Most read', 'Externer Inhalt'])
      expect(isLabelLine(heading), heading).toBe(true);
    expect(isLabelLine('Most read stories this year were about the bridge.')).toBe(false);
    for (const heading of ['Vorschau auf den nächsten Artikel', 'Entdecken Sie jetzt', 'Next article'])
      expect(isLabelLine(heading), heading).toBe(true);
  });

  it('takes the publisher’s notice on the whole text for a label', () => {
    expect(isLabelLine('(Alle Angaben ohne Gewähr)')).toBe(true);
    expect(isLabelLine('Dieser Text entspricht den Leitlinien und wurde von Medizinern geprüft.')).toBe(true);
    expect(isLabelLine('Die Stadt gibt alle Angaben ohne Gewähr weiter, sagte der Sprecher.')).toBe(false);
    expect(isLabelLine('The report, a PDF of 38 pages, says the bridge is unsafe.')).toBe(false);
  });
});
