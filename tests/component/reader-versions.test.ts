// A story's versions in the reader: the list, the way to the newest from an older one,
// and the changes since the version before, fetched from main and shown inline.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ArticleReader from '../../src-renderer/src/components/ArticleReader.svelte';
import type { Article, DiffPart } from '../../src-main/contract/archive';
import { setLocale } from '../../src-renderer/src/i18n';
import { readerState } from './annotation-fixtures';
import { stubBridge, stubBridgeFailing } from './bridge-stub';
import { DIFF, FIRST, SECOND, THIRD, VERSIONS, version } from './wire-fixtures';

function showVersion(shown: Article, diff: DiffPart[] | null = DIFF) {
  const bridge = stubBridge({ 'archive:diff': () => diff });
  const onOpenVersion = vi.fn();
  const { rerender } = render(ArticleReader, { ...readerState(), article: shown, onOpenVersion });
  return { bridge, onOpenVersion, rerender };
}

function diffCalls(invoke: ReturnType<typeof stubBridge>['invoke']): unknown[] {
  return invoke.mock.calls.filter(([channel]) => channel === 'archive:diff').map(([, args]) => args);
}

describe('Story versions', () => {
  afterEach(() => setLocale('en'));

  it('lists every version newest first, under a heading that counts them', () => {
    showVersion(version(THIRD));
    const section = screen.getByTestId('versions');
    expect(within(section).getByRole('heading', { name: 'Versions (3)' })).toBeTruthy();
    expect(
      within(section)
        .getAllByTestId('version')
        .map((row) => row.dataset.id),
    ).toEqual([THIRD, SECOND, FIRST]);
  });

  it('gives each version its number, its time as written and its status', () => {
    showVersion(version(THIRD));
    const second = screen.getAllByTestId('version')[1]!;
    expect(second.textContent).toContain('Version 2');
    expect(second.textContent).toContain('1 March 2024, 15:30 UTC+01:00');
    expect(within(second).getByTestId('version-status').textContent).toBe('Correction');
  });

  it('marks the version shown as current, with no link to itself', () => {
    showVersion(version(SECOND));
    const rows = screen.getAllByTestId('version');
    expect(rows.map((row) => row.getAttribute('aria-current'))).toEqual([null, 'true', null]);
    expect(within(rows[1]!).queryByTestId('version-open')).toBeNull();
  });

  it('opens another version by its article id when it is clicked', async () => {
    const { onOpenVersion } = showVersion(version(THIRD));
    await fireEvent.click(within(screen.getAllByTestId('version')[2]!).getByTestId('version-open'));
    expect(onOpenVersion).toHaveBeenCalledWith(FIRST);
  });

  it('shows no versions section for a story with one version', () => {
    showVersion(version(FIRST, { versions: [VERSIONS[0]!] }));
    expect(screen.queryByTestId('versions')).toBeNull();
    expect(screen.queryByTestId('earlier-version')).toBeNull();
  });

  it('says an older version is an earlier one and leads to the newest', async () => {
    const { onOpenVersion } = showVersion(version(FIRST));
    expect(screen.getByTestId('earlier-version').textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'An earlier version — newer one: Version 3',
    );
    await fireEvent.click(screen.getByTestId('earlier-version-newest'));
    expect(onOpenVersion).toHaveBeenCalledWith(THIRD);
  });

  it('does not call the newest version an earlier one', () => {
    showVersion(version(THIRD));
    expect(screen.queryByTestId('earlier-version')).toBeNull();
  });

  it('names the versions in Russian when the interface is Russian', async () => {
    showVersion(version(FIRST));
    setLocale('ru');
    await expect.poll(() => screen.getByTestId('earlier-version').textContent).toContain('Версия 3');
    expect(within(screen.getByTestId('versions')).getByRole('heading').textContent).toBe('Версии (3)');
  });
});

describe('Show changes', () => {
  it('asks main for the changes from the version before to this one', async () => {
    const { bridge } = showVersion(version(THIRD));
    await fireEvent.click(screen.getByTestId('versions-diff-toggle'));
    expect(diffCalls(bridge.invoke)).toEqual([{ id: SECOND, against: THIRD }]);
  });

  it('shows removed words struck through in <del> and added ones in <ins>', async () => {
    showVersion(version(THIRD));
    await fireEvent.click(screen.getByTestId('versions-diff-toggle'));
    const text = await screen.findByTestId('version-diff-text');
    expect(text.textContent).toBe('The quake killed tentwelve people on the coast.');
    expect([...text.querySelectorAll('del')].map((el) => el.textContent)).toEqual(['ten']);
    expect([...text.querySelectorAll('ins')].map((el) => el.textContent)).toEqual(['twelve']);
    expect(screen.getByTestId('versions-diff-toggle').getAttribute('aria-pressed')).toBe('true');
  });

  it('shows markup in the changes as text and creates no element from it', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    showVersion(version(THIRD), [{ kind: 'added', text: hostile }]);
    await fireEvent.click(screen.getByTestId('versions-diff-toggle'));
    const text = await screen.findByTestId('version-diff-text');
    expect(text.querySelector('ins')?.textContent).toBe(hostile);
    expect(text.querySelector('img')).toBeNull();
  });

  it('hides the changes on a second press and shows them again without asking main twice', async () => {
    const { bridge } = showVersion(version(THIRD));
    const toggle = screen.getByTestId('versions-diff-toggle');
    await fireEvent.click(toggle);
    await screen.findByTestId('version-diff-text');
    await fireEvent.click(toggle);
    expect(screen.queryByTestId('version-diff')).toBeNull();
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    await fireEvent.click(toggle);
    await screen.findByTestId('version-diff-text');
    expect(diffCalls(bridge.invoke)).toHaveLength(1);
  });

  it('starts closed for another version, and compares that one with the version before it', async () => {
    const { bridge, rerender } = showVersion(version(THIRD));
    await fireEvent.click(screen.getByTestId('versions-diff-toggle'));
    await screen.findByTestId('version-diff-text');
    await rerender({ article: version(SECOND) });
    const toggle = screen.getByTestId('versions-diff-toggle');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(screen.queryByTestId('version-diff')).toBeNull();
    await fireEvent.click(toggle);
    expect(diffCalls(bridge.invoke)).toEqual([
      { id: SECOND, against: THIRD },
      { id: FIRST, against: SECOND },
    ]);
  });

  it('offers no changes for the first version, which has none before it', () => {
    showVersion(version(FIRST));
    expect(screen.queryByTestId('versions-diff-toggle')).toBeNull();
  });

  it('says so when a version is no longer in the archive', async () => {
    showVersion(version(THIRD), null);
    await fireEvent.click(screen.getByTestId('versions-diff-toggle'));
    expect((await screen.findByTestId('version-diff-failure')).textContent).toContain('no longer in the archive');
  });

  it('gives the reason when main cannot answer', async () => {
    stubBridgeFailing('archive:diff', 'the archive is locked');
    render(ArticleReader, { ...readerState(), article: version(THIRD) });
    await fireEvent.click(screen.getByTestId('versions-diff-toggle'));
    expect((await screen.findByTestId('version-diff-failure')).textContent).toContain('the archive is locked');
  });
});
