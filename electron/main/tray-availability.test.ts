import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { closeHidesToTray, hasStatusNotifierWatcher, nameHasOwner } from './tray-availability';

describe('tray availability', () => {
  it('reads both tools’ answers', () => {
    expect(nameHasOwner('(true,)\n')).toBe(true);
    expect(nameHasOwner('(false,)\n')).toBe(false);
    expect(nameHasOwner('method return time=1.0 sender=org.freedesktop.DBus\n   boolean true\n')).toBe(true);
    expect(nameHasOwner('   boolean false\n')).toBe(false);
  });

  it('closing quits on a Linux desktop without a StatusNotifierWatcher (GNOME without AppIndicator)', () => {
    expect(closeHidesToTray('linux', false)).toBe(false);
    expect(closeHidesToTray('linux', true)).toBe(true);
    expect(closeHidesToTray('win32', false)).toBe(true);
    expect(closeHidesToTray('darwin', false)).toBe(true);
  });

  it('finds no watcher without a session bus', async () => {
    await expect(
      hasStatusNotifierWatcher({
        PATH: process.env.PATH,
        DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent',
      }),
    ).resolves.toBe(false);
  });

  it('finds no watcher on a real session bus where nobody owns the name', async (context) => {
    const daemon = spawn('dbus-daemon', ['--session', '--nofork', '--print-address=1'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const started = await new Promise<string | null>((resolve) => {
      daemon.once('error', () => resolve(null));
      daemon.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
    });
    if (started === null) {
      console.warn('tray-availability: dbus-daemon is not installed; the real-bus case is skipped');
      context.skip();
    }
    try {
      await expect(
        hasStatusNotifierWatcher({ PATH: process.env.PATH, DBUS_SESSION_BUS_ADDRESS: started! }),
      ).resolves.toBe(false);
    } finally {
      daemon.kill();
    }
  });
});
