import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import SettingsDialog from '../../src-renderer/src/components/SettingsDialog.svelte';
import { DEFAULT_SETTINGS, type Settings } from '../../src-main/contract/archive';

function renderDialog(patch: Partial<Settings> = {}, open = true) {
  const settings: Settings = { ...DEFAULT_SETTINGS, ...patch };
  const onChange = vi.fn();
  const onClose = vi.fn();
  render(SettingsDialog, { open, settings, onChange, onClose });
  return { onChange, onClose };
}

function localeSelect(): HTMLSelectElement {
  return screen.getByTestId('settings-locale') as HTMLSelectElement;
}

describe('SettingsDialog', () => {
  it('is a modal dialog named by its title', () => {
    renderDialog();
    const dialog = screen.getByRole('dialog', { name: 'Settings' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.dataset.testid).toBe('settings-dialog');
  });

  it('renders nothing while closed', () => {
    renderDialog({ locale: null }, false);
    expect(screen.queryByTestId('settings-dialog')).toBeNull();
  });

  it('shows "system" when the language follows the OS', () => {
    renderDialog({ locale: null });
    expect(localeSelect().value).toBe('system');
  });

  it('shows the chosen language', () => {
    renderDialog({ locale: 'ru' });
    expect(localeSelect().value).toBe('ru');
  });

  it('asks for Russian when Russian is chosen', async () => {
    const { onChange } = renderDialog();
    await fireEvent.change(localeSelect(), { target: { value: 'ru' } });
    expect(onChange).toHaveBeenCalledWith({ locale: 'ru' });
  });

  it('asks to follow the OS again when "system" is chosen', async () => {
    const { onChange } = renderDialog({ locale: 'en' });
    await fireEvent.change(localeSelect(), { target: { value: 'system' } });
    expect(onChange).toHaveBeenCalledWith({ locale: null });
  });

  it('moves focus to the language select on open', async () => {
    renderDialog();
    await expect.poll(() => document.activeElement).toBe(localeSelect());
  });

  it('closes on Escape', async () => {
    const { onClose } = renderDialog();
    await fireEvent.keyDown(localeSelect(), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('closes from its close button', async () => {
    const { onClose } = renderDialog();
    await fireEvent.click(screen.getByTestId('settings-close'));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('wraps Tab from the last control back to the first', async () => {
    renderDialog();
    const close = screen.getByTestId('settings-close');
    close.focus();
    await fireEvent.keyDown(close, { key: 'Tab' });
    expect(document.activeElement).toBe(localeSelect());
  });
});
