import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import SettingsDialog from '../../src-renderer/src/components/SettingsDialog.svelte';
import { DEFAULT_SETTINGS, type AppInfo, type Settings } from '../../src-main/contract/archive';

const INFO: AppInfo = {
  version: '1.2.3',
  dataDir: '/home/ana/.config/Dispatch Archive',
  logDir: '/home/ana/.config/Dispatch Archive/logs',
};

function renderDialog(
  patch: Partial<Settings> = {},
  options: { open?: boolean; opens?: boolean; error?: string } = {},
) {
  const settings: Settings = { ...DEFAULT_SETTINGS, ...patch };
  const onChange = vi.fn();
  const onClose = vi.fn();
  const onOpenFolder = vi.fn(async () => options.opens ?? true);
  render(SettingsDialog, {
    open: options.open ?? true,
    settings,
    info: INFO,
    error: options.error ?? null,
    onChange,
    onOpenFolder,
    onClose,
  });
  return { onChange, onClose, onOpenFolder };
}

function localeSelect(): HTMLSelectElement {
  return screen.getByTestId('settings-locale') as HTMLSelectElement;
}

function sizeInput(): HTMLInputElement {
  return screen.getByTestId('settings-max-file') as HTMLInputElement;
}

async function typeSize(text: string): Promise<void> {
  await fireEvent.input(sizeInput(), { target: { value: text } });
  await fireEvent.change(sizeInput());
}

describe('SettingsDialog', () => {
  it('is a modal dialog named by its title', () => {
    renderDialog();
    const dialog = screen.getByRole('dialog', { name: 'Settings' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.dataset.testid).toBe('settings-dialog');
  });

  it('renders nothing while closed', () => {
    renderDialog({ locale: null }, { open: false });
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

describe('SettingsDialog theme and paper', () => {
  it('checks the saved theme', () => {
    renderDialog({ theme: 'light' });
    expect((screen.getByRole('radio', { name: 'Light' }) as HTMLInputElement).checked).toBe(true);
  });

  it('asks for the dark theme when Dark is picked', async () => {
    const { onChange } = renderDialog();
    await fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(onChange).toHaveBeenCalledWith({ theme: 'dark' });
  });

  it('asks for Letter paper when it is chosen', async () => {
    const { onChange } = renderDialog();
    await fireEvent.change(screen.getByTestId('settings-paper'), { target: { value: 'Letter' } });
    expect(onChange).toHaveBeenCalledWith({ paperSize: 'Letter' });
  });

  it('says the paper size is the one PDF exports are laid out on', () => {
    renderDialog();
    expect(screen.getByTestId('settings-paper').getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText('The paper PDF exports are laid out on.')).toBeTruthy();
  });
});

describe('SettingsDialog file size limit', () => {
  it('shows the saved limit', () => {
    renderDialog({ maxFileMb: 16 });
    expect(sizeInput().value).toBe('16');
  });

  it('sends a valid limit once it is committed', async () => {
    const { onChange } = renderDialog();
    await typeSize('32');
    expect(onChange).toHaveBeenCalledWith({ maxFileMb: 32 });
  });

  it('explains a limit below the bounds and sends nothing', async () => {
    const { onChange } = renderDialog();
    await typeSize('0');
    expect(screen.getByTestId('settings-max-file-error').textContent).toContain('from 1 to 1024');
    expect(sizeInput().getAttribute('aria-invalid')).toBe('true');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('refuses a fraction of a megabyte', async () => {
    const { onChange } = renderDialog();
    await typeSize('2.5');
    expect(screen.getByTestId('settings-max-file-error')).toBeTruthy();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('refuses a limit above the bounds', async () => {
    const { onChange } = renderDialog();
    await typeSize('5000');
    expect(screen.getByTestId('settings-max-file-error')).toBeTruthy();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('clears the message once a valid limit is committed', async () => {
    renderDialog();
    await typeSize('0');
    await typeSize('8');
    expect(screen.queryByTestId('settings-max-file-error')).toBeNull();
  });
});

describe('SettingsDialog data folder and app', () => {
  it('shows the data folder as text the user can select', () => {
    renderDialog();
    const path = screen.getByTestId('settings-data-dir') as HTMLInputElement;
    expect(path.value).toBe(INFO.dataDir);
    expect(path.readOnly).toBe(true);
  });

  it('asks main to show the data folder', async () => {
    const { onOpenFolder } = renderDialog();
    await fireEvent.click(screen.getByTestId('settings-show-data'));
    expect(onOpenFolder).toHaveBeenCalledWith('data');
  });

  it('asks main to open the log folder', async () => {
    const { onOpenFolder } = renderDialog();
    await fireEvent.click(screen.getByTestId('settings-open-logs'));
    expect(onOpenFolder).toHaveBeenCalledWith('logs');
  });

  it('says the path can be copied when the folder could not be shown', async () => {
    renderDialog({}, { opens: false });
    await fireEvent.click(screen.getByTestId('settings-show-data'));
    await expect
      .poll(() => screen.queryByTestId('settings-folder-fallback')?.textContent ?? '')
      .toContain('Copy the path above');
  });

  it('names the log folder when it could not be opened', async () => {
    renderDialog({}, { opens: false });
    await fireEvent.click(screen.getByTestId('settings-open-logs'));
    await expect.poll(() => screen.queryByTestId('settings-folder-fallback')?.textContent ?? '').toContain(INFO.logDir);
  });

  it('says nothing more when the folder was shown', async () => {
    const { onOpenFolder } = renderDialog({}, { opens: true });
    await fireEvent.click(screen.getByTestId('settings-show-data'));
    await expect.poll(() => onOpenFolder.mock.results.length).toBe(1);
    expect(screen.queryByTestId('settings-folder-fallback')).toBeNull();
  });

  it('shows the app version', () => {
    renderDialog();
    expect(screen.getByTestId('settings-version').textContent).toBe('Version 1.2.3');
  });

  it('shows why a change was not saved', () => {
    renderDialog({}, { error: 'disk full' });
    expect(screen.getByRole('alert').textContent).toContain('disk full');
  });
});
