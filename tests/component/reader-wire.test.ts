// The reader's agency fields and status banners: what the agency states shows, and
// nothing stands in for what it does not.
import { render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ArticleReader from '../../src-renderer/src/components/ArticleReader.svelte';
import StatusBanner from '../../src-renderer/src/components/StatusBanner.svelte';
import type { Article } from '../../src-main/contract/archive';
import { setLocale } from '../../src-renderer/src/i18n';
import { article, readerState } from './annotation-fixtures';

const NOW = new Date('2024-03-01T12:00:00Z');

function showArticle(overrides: Partial<Article>) {
  return render(ArticleReader, { ...readerState(), article: article([], '', overrides) });
}

describe('ArticleReader wire fields', () => {
  afterEach(() => setLocale('en'));

  it('shows the byline, slugline, urgency and version the agency states', () => {
    showArticle({ byline: 'By Jane Doe', slugline: 'QUAKE-COAST/', urgency: 2, version: '3' });
    expect(screen.getByTestId('meta-byline').textContent).toBe('By Jane Doe');
    expect(screen.getByTestId('meta-slugline').textContent).toBe('QUAKE-COAST/');
    expect(screen.getByTestId('meta-urgency').textContent).toBe('2');
    expect(screen.getByTestId('meta-version').textContent).toBe('3');
  });

  it('writes the time as the agency wrote it, in its own zone, with the ISO value kept', () => {
    showArticle({ dateTime: '2024-03-01T14:05:00+01:00' });
    const time = screen.getByTestId('meta-datetime');
    expect(time.tagName).toBe('TIME');
    expect(time.getAttribute('datetime')).toBe('2024-03-01T14:05:00+01:00');
    expect(time.textContent).toBe('1 March 2024, 14:05 UTC+01:00');
  });

  it('writes a time given in UTC with its zone, in Russian too', async () => {
    showArticle({ dateTime: '2024-03-01T13:05:00Z' });
    expect(screen.getByTestId('meta-datetime').textContent).toBe('1 March 2024, 13:05 UTC');
    setLocale('ru');
    await expect.poll(() => screen.getByTestId('meta-datetime').textContent).toBe('1 марта 2024 г., 13:05 UTC');
  });

  it('shows each subject as its own chip, markup as text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { container } = showArticle({ subjects: ['medtop:20001065', 'POLITICS', hostile] });
    const chips = within(screen.getByTestId('meta-subjects')).getAllByRole('listitem');
    expect(chips.map((chip) => chip.textContent)).toEqual(['medtop:20001065', 'POLITICS', hostile]);
    expect(container.querySelector('img')).toBeNull();
  });

  it('shows no wire line for a dispatch that states none of it', () => {
    showArticle({});
    expect(screen.queryByTestId('wire-meta')).toBeNull();
  });

  it('shows no banner for a usable story', () => {
    showArticle({ status: 'usable' });
    expect(screen.queryByTestId('status-banner')).toBeNull();
  });
});

describe('Status banners', () => {
  afterEach(() => setLocale('en'));

  it('says a cancelled story was withdrawn by the agency, above the headline', () => {
    showArticle({ status: 'canceled' });
    const banner = screen.getByTestId('status-banner');
    expect(banner.dataset.kind).toBe('withdrawn');
    expect(banner.textContent).toContain('Withdrawn by the agency');
    const title = screen.getByTestId('reader-title');
    expect(banner.compareDocumentPosition(title) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('says it in Russian when the interface is Russian', async () => {
    showArticle({ status: 'canceled' });
    setLocale('ru');
    await expect.poll(() => screen.getByTestId('status-banner').textContent).toContain('Отозвано агентством');
  });

  it('says a withheld story is withheld by the agency', () => {
    showArticle({ status: 'withheld' });
    expect(screen.getByTestId('status-banner').textContent).toContain('Withheld by the agency');
  });

  it('marks a correction with what the agency says it corrected, as text', () => {
    render(StatusBanner, {
      fields: { status: 'correction', correctionNote: 'Corrects <b>death toll</b> in paragraph 2' },
      now: NOW,
    });
    const banner = screen.getByTestId('status-banner');
    expect(banner.textContent).toContain('Correction');
    expect(screen.getByTestId('correction-note').textContent).toBe('Corrects <b>death toll</b> in paragraph 2');
    expect(banner.querySelector('b')).toBeNull();
  });

  it('warns of an embargo still in force, with its end as the agency wrote it', () => {
    render(StatusBanner, { fields: { status: 'embargoed', embargo: '2024-03-01T18:00:00+01:00' }, now: NOW });
    const banner = screen.getByTestId('status-banner');
    expect(banner.dataset.kind).toBe('embargoed');
    expect(banner.textContent?.replace(/\s+/g, ' ').trim()).toBe('⚠ Embargoed until 1 March 2024, 18:00 UTC+01:00');
    expect(banner.querySelector('time')?.getAttribute('datetime')).toBe('2024-03-01T18:00:00+01:00');
  });

  it('says when an embargo that has passed was lifted, without the warning', () => {
    render(StatusBanner, { fields: { status: 'embargoed', embargo: '2024-03-01T09:00:00Z' }, now: NOW });
    const banner = screen.getByTestId('status-banner');
    expect(banner.dataset.kind).toBe('embargo-lifted');
    expect(banner.textContent).toContain('Embargo lifted 1 March 2024, 09:00 UTC');
    expect(banner.textContent).not.toContain('Embargoed until');
  });

  it('keeps warning of an embargo whose end the agency did not give', () => {
    render(StatusBanner, { fields: { status: 'embargoed' }, now: NOW });
    expect(screen.getByTestId('status-banner').textContent).toContain('Embargoed');
  });
});
