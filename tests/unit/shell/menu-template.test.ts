import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { MENU_IDS, menuTemplate, type MenuActions } from '../../../src-main/shell/menu-template';

type Item = MenuItemConstructorOptions;

function recordingActions(): { actions: MenuActions; called: string[] } {
  const called: string[] = [];
  const names: (keyof MenuActions)[] = [
    'importFolder',
    'rescanSources',
    'openSources',
    'manageTags',
    'exportArticles',
    'restoreBackup',
    'openSettings',
    'openLogFolder',
    'showDataFolder',
    'reloadWindow',
  ];
  const actions = Object.fromEntries(
    names.map((name) => [name, () => void called.push(name)]),
  ) as unknown as MenuActions;
  return { actions, called };
}

const build = (platform: NodeJS.Platform, development = false): Item[] =>
  menuTemplate({ platform, appName: 'Dispatch Archive', development }, recordingActions().actions);

/** Every item in the menu, submenus flattened. */
function allItems(template: Item[]): Item[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu) : [])]);
}

const byId = (template: Item[], id: string): Item | undefined => allItems(template).find((item) => item.id === id);
const topLabels = (template: Item[]): (string | undefined)[] => template.map((item) => item.label ?? item.role);
const submenu = (item: Item | undefined): Item[] => (Array.isArray(item?.submenu) ? item.submenu : []);

describe('menuTemplate', () => {
  it('gives macOS an application menu with About, Settings… on Cmd+, and Quit', () => {
    const template = build('darwin');
    expect(topLabels(template)).toEqual(['Dispatch Archive', 'File', 'editMenu', 'View', 'windowMenu', 'Help']);
    const appMenu = submenu(template[0]);
    expect(appMenu.map((i) => i.role ?? i.label).filter(Boolean)).toEqual([
      'about',
      'Settings…',
      'services',
      'hide',
      'hideOthers',
      'unhide',
      'quit',
    ]);
    expect(appMenu.find((i) => i.id === MENU_IDS.openSettings)?.accelerator).toBe('Cmd+,');
  });

  it('uses Cmd for the app shortcuts on macOS', () => {
    const template = build('darwin');
    expect(byId(template, MENU_IDS.importFolder)?.accelerator).toBe('Cmd+O');
    expect(byId(template, MENU_IDS.rescanSources)?.accelerator).toBe('Cmd+R');
    expect(byId(template, MENU_IDS.exportArticles)?.accelerator).toBe('Cmd+E');
  });

  it('uses Ctrl elsewhere, with Settings… and Quit at the end of File', () => {
    for (const platform of ['linux', 'win32'] as const) {
      const template = build(platform);
      expect(topLabels(template)).toEqual(['&File', 'editMenu', '&View', 'windowMenu', '&Help']);
      const file = submenu(template[0]);
      expect(file.map((i) => i.id ?? i.role ?? i.type)).toEqual([
        'import-folder',
        'rescan-sources',
        'open-sources',
        'manage-tags',
        'separator',
        'export',
        'restore-backup',
        'separator',
        'open-settings',
        'separator',
        'quit',
      ]);
      expect(file.filter((i) => i.accelerator).map((i) => i.accelerator)).toEqual([
        'Ctrl+O',
        'Ctrl+R',
        'Ctrl+E',
        'Ctrl+,',
      ]);
    }
  });

  it('lists every one of the app items once on each platform', () => {
    for (const platform of ['darwin', 'linux', 'win32'] as const) {
      const ids = allItems(build(platform))
        .map((i) => i.id)
        .filter(Boolean);
      expect(ids.sort()).toEqual(Object.values(MENU_IDS).sort());
    }
  });

  it('calls each item its own action when clicked', () => {
    const { actions, called } = recordingActions();
    const template = menuTemplate({ platform: 'linux', appName: 'Dispatch Archive', development: false }, actions);
    for (const id of Object.values(MENU_IDS)) (byId(template, id)!.click as () => void)();
    expect(called).toEqual([
      'importFolder',
      'rescanSources',
      'openSources',
      'manageTags',
      'exportArticles',
      'restoreBackup',
      'openSettings',
      'openLogFolder',
      'showDataFolder',
    ]);
  });

  it('keeps Ctrl+R for Re-scan: View has no page reload on it, and no reload at all in a packaged build', () => {
    const view = (development: boolean): Item[] =>
      submenu(build('linux', development).find((i) => i.label === '&View'));
    expect(view(false).map((i) => i.role ?? i.type)).toEqual([
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'separator',
      'togglefullscreen',
    ]);
    const reload = view(true).find((i) => i.label === 'Reload Window');
    expect(reload).toBeDefined();
    expect(reload?.accelerator).toBeUndefined();
    expect(allItems(build('linux', true)).some((i) => i.role === 'reload' || i.role === 'forceReload')).toBe(false);
  });

  it('puts Open Log Folder and Show Data Folder under Help, and About there too except on macOS', () => {
    const help = (platform: NodeJS.Platform): Item[] => submenu(build(platform).find((i) => i.role === 'help'));
    expect(help('linux').map((i) => i.id ?? i.role ?? i.type)).toEqual([
      'open-log-folder',
      'show-data-folder',
      'separator',
      'about',
    ]);
    expect(help('darwin').map((i) => i.id ?? i.role ?? i.type)).toEqual(['open-log-folder', 'show-data-folder']);
  });
});
