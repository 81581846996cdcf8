/**
 * The Windows desktop through user32, called in-process with koffi: the foreground window, bringing
 * one back, the modifier keys. Chromium hides the panel with SWP_NOACTIVATE (electron#10023), so
 * after hiding no window is activated; the window captured when the hotkey fired is brought back
 * here, and the paste waits until GetForegroundWindow names it.
 *
 * SetForegroundWindow only works for the process that owns the foreground or received the last
 * input; attaching this thread's input to the current foreground thread for the call meets that
 * condition (documented under SetForegroundWindow / AttachThreadInput), which the hotkey's own
 * input usually already does.
 *
 * Verified by reading only (Microsoft's user32 documentation, koffi's documentation); no Windows
 * machine here. Handles travel as decimal strings of the HWND value.
 */
import { createRequire } from 'node:module';
import type { ForegroundPort } from './foreground-window';
import type { Modifier, ModifierPort } from './modifier-keys';
import { GENERIC_VK, modifierReleaseEvents } from './win32-key-events';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- koffi's declared functions are untyped
type NativeFunction = (...args: any[]) => any;

const SW_RESTORE = 9;

export function openWin32Desktop(): { foreground: ForegroundPort; modifiers: ModifierPort } {
  const koffi = createRequire(import.meta.url)('koffi') as typeof import('koffi');
  const user32 = koffi.load('user32.dll');
  const kernel32 = koffi.load('kernel32.dll');
  const fn = (lib: typeof user32, signature: string): NativeFunction => lib.func(signature) as NativeFunction;
  const GetForegroundWindow = fn(user32, 'uintptr_t __stdcall GetForegroundWindow()');
  const SetForegroundWindow = fn(user32, 'int __stdcall SetForegroundWindow(uintptr_t hwnd)');
  const BringWindowToTop = fn(user32, 'int __stdcall BringWindowToTop(uintptr_t hwnd)');
  const IsWindow = fn(user32, 'int __stdcall IsWindow(uintptr_t hwnd)');
  const IsIconic = fn(user32, 'int __stdcall IsIconic(uintptr_t hwnd)');
  const ShowWindow = fn(user32, 'int __stdcall ShowWindow(uintptr_t hwnd, int cmd)');
  const GetWindowThreadProcessId = fn(
    user32,
    'uint32_t __stdcall GetWindowThreadProcessId(uintptr_t hwnd, _Out_ uint32_t *pid)',
  );
  const AttachThreadInput = fn(
    user32,
    'int __stdcall AttachThreadInput(uint32_t from, uint32_t to, int attach)',
  );
  const GetAsyncKeyState = fn(user32, 'int16_t __stdcall GetAsyncKeyState(int vk)');
  const keybdEvent = fn(
    user32,
    'void __stdcall keybd_event(uint8_t vk, uint8_t scan, uint32_t flags, uintptr_t extra)',
  );
  const GetCurrentThreadId = fn(kernel32, 'uint32_t __stdcall GetCurrentThreadId()');

  const isDown = (vk: number): boolean => (Number(GetAsyncKeyState(vk)) & 0x8000) !== 0;

  const foreground: ForegroundPort = {
    current() {
      const hwnd = BigInt(GetForegroundWindow());
      return hwnd === 0n ? null : hwnd.toString();
    },
    activate(handle) {
      const hwnd = BigInt(handle);
      if (!IsWindow(hwnd)) throw new Error(`window ${handle} no longer exists`);
      if (IsIconic(hwnd)) ShowWindow(hwnd, SW_RESTORE);
      const self = Number(GetCurrentThreadId());
      const owner = Number(GetWindowThreadProcessId(GetForegroundWindow(), [0]));
      const attach = owner !== 0 && owner !== self;
      if (attach) AttachThreadInput(self, owner, 1);
      try {
        SetForegroundWindow(hwnd);
        BringWindowToTop(hwnd);
      } finally {
        if (attach) AttachThreadInput(self, owner, 0);
      }
    },
  };

  const modifiers: ModifierPort = {
    held: () =>
      (Object.entries(GENERIC_VK) as [Modifier, number][]).filter(([, vk]) => isDown(vk)).map(([m]) => m),
    release(which) {
      for (const { vk, flags } of modifierReleaseEvents(which, isDown)) keybdEvent(vk, 0, flags, 0);
    },
  };

  return { foreground, modifiers };
}
