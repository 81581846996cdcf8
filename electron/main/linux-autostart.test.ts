import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyLinuxAutostart, AUTOSTART_FILE, autostartEntry, autostartFolder } from './linux-autostart';

describe('start at login on Linux', () => {
  it('writes a desktop entry that starts the app hidden in the tray, quoting a path with spaces', () => {
    const entry = autostartEntry({ exec: '/opt/Kefu Desk/kefu-desk', hidden: true });
    expect(entry).toContain('[Desktop Entry]\nType=Application\nName=客服台\n');
    expect(entry).toContain('Exec="/opt/Kefu Desk/kefu-desk" --ozone-platform=x11 --hidden\n');
    expect(autostartEntry({ exec: '/usr/bin/kefu-desk', hidden: false })).toContain(
      'Exec=/usr/bin/kefu-desk --ozone-platform=x11\n',
    );
  });

  it('puts it in the XDG autostart folder and removes it when turned off', () => {
    const config = mkdtempSync(join(tmpdir(), 'kefu-autostart-'));
    const folder = autostartFolder({ XDG_CONFIG_HOME: config });
    expect(folder).toBe(join(config, 'autostart'));
    applyLinuxAutostart({ startAtLogin: true, startHidden: true }, '/usr/bin/kefu-desk', folder);
    expect(readFileSync(join(folder, AUTOSTART_FILE), 'utf8')).toContain(
      'Exec=/usr/bin/kefu-desk --ozone-platform=x11 --hidden',
    );
    applyLinuxAutostart({ startAtLogin: false, startHidden: true }, '/usr/bin/kefu-desk', folder);
    expect(existsSync(join(folder, AUTOSTART_FILE))).toBe(false);
  });
});
