import { app, Menu } from 'electron';
import { menuTemplate, type MenuActions } from './menu-template';

/** Installs the application menu (menu-template.ts) for this platform and build. */
export function installMenu(actions: MenuActions): void {
  const template = menuTemplate(
    { platform: process.platform, appName: app.name, development: !app.isPackaged },
    actions,
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
