// Boxes and lines that are the page's, not the story's (issue 18): consent placeholders,
// publisher notices, date lines and ad labels, each on a small page made up here.
import { describe, expect, it } from 'vitest';
import { isLabelLine } from '../../../src-main/core/parse/html-label-lines';
import { boilerplateKind } from '../../../src-main/core/parse/html-prune';
import { bodyOf, element, page, paragraphs, STORY } from './bridge-story';

describe('boxes named for what they are', () => {
  it('prunes the consent box that stands in for an embedded post', () => {
    const consent =
      '<div class="third-party-services--placeholder"><div class="message">We respect your privacy and do not connect to Twitter without your consent.</div></div>';
    const text = bodyOf(page(`<article>${paragraphs.replace('</p>', `</p>${consent}`)}</article>`));
    expect(text).toContain(STORY[1]);
    expect(text).not.toContain('We respect your privacy');
  });

  it('prunes a publisher notice under the post', () => {
    const notice = '<div class="community-notice">This post is a reader blog and gives the author’s view.</div>';
    const text = bodyOf(page(`<article><div class="entry-content">${paragraphs}${notice}</div></article>`));
    expect(text).toContain(STORY[3]);
    expect(text).not.toContain('reader blog');
  });

  it('keeps an embedded tweet quoted in the story', () => {
    const tweet =
      '<blockquote class="twitter-tweet"><p>The bridge opens on Monday, finally, says the mayor of the town.</p></blockquote>';
    expect(bodyOf(page(`<article>${paragraphs}${tweet}<p>${STORY[0]}</p></article>`))).toContain('says the mayor');
    expect(boilerplateKind(element('<blockquote class="twitter-tweet"></blockquote>'))).toBeNull();
  });
});

describe('label lines', () => {
  it('takes a line that is only a date for the page’s date line', () => {
    for (const line of ['7. oktober 2020', '05. Februar 2020', 'March 12, 2020', '03.04.2020', '2020-04-03'])
      expect(isLabelLine(line), line).toBe(true);
    expect(isLabelLine('On 7 October 2020 the bridge was closed for repairs.')).toBe(false);
  });

  it('drops a date line from the body but keeps a sentence holding a date', () => {
    const text = bodyOf(
      page(
        `<article><p>7. oktober 2020</p>${paragraphs}<p>The work began on 1. Januar 2023 in the north.</p></article>`,
      ),
    );
    expect(text).not.toMatch(/^7\. oktober 2020$/m);
    expect(text).toContain('1. Januar 2023');
  });

  it('takes a button’s label left as a line for a label, but not a sentence that shares', () => {
    for (const line of ['Rezept drucken', 'Beitrag teilen', 'Dieses Skript als PDF herunterladen', 'zurück', 'Share'])
      expect(isLabelLine(line), line).toBe(true);
    expect(isLabelLine('The ministers agreed that both towns would share the cost of the new bridge.')).toBe(false);
  });

  it('takes an ad label set off by a dash for a label', () => {
    expect(isLabelLine('ANZEIGE - Heute mal ausgehen? Wie wäre es mit:')).toBe(true);
    expect(isLabelLine('Werbung – Jetzt vorsorgen')).toBe(true);
    expect(isLabelLine('Werbung-Verbot für Süßigkeiten beschlossen')).toBe(false);
  });
});
