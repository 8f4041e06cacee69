import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import SettingsDialog from '../../src-renderer/src/components/SettingsDialog.svelte';
import { DEFAULT_SETTINGS } from '../../src-main/contract/archive';

function renderSettings(exportRelated: boolean) {
  const onChange = vi.fn();
  render(SettingsDialog, {
    open: true,
    settings: { ...DEFAULT_SETTINGS, exportRelated },
    onChange,
    onOpenFolder: vi.fn(async () => true),
    onClose: vi.fn(),
  });
  return {
    onChange,
    box: screen.getByRole('checkbox', { name: 'Include related articles in exports' }) as HTMLInputElement,
  };
}

describe('The export setting', () => {
  it('leaves related teasers out of exports by default', () => {
    expect(renderSettings(DEFAULT_SETTINGS.exportRelated).box.checked).toBe(false);
  });

  it('asks to include related teasers once ticked', async () => {
    const { onChange, box } = renderSettings(false);
    await fireEvent.click(box);
    expect(onChange).toHaveBeenCalledWith({ exportRelated: true });
  });
});
