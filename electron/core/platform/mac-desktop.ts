/**
 * The macOS desktop, called in-process with koffi: the frontmost app (NSWorkspace, through the
 * Objective-C runtime), activating another app, the modifier keys (Quartz event source state)
 * and releasing them (a key-up posted to the HID event tap, which needs the same Accessibility
 * trust as the paste keystroke). macOS activation is per app, so a "window" here is the frontmost
 * app's pid. Bringing the chat client back when Kefu Desk itself is active is `app.hide()`, which
 * only the Electron shell can call: it is passed in.
 *
 * Verified by reading only (Apple's AppKit and Quartz Event Services documentation, koffi's
 * documentation); no Mac here.
 */
import { createRequire } from 'node:module';
import type { ForegroundPort } from './foreground-window';
import { MAC_MODIFIER_KEYCODES, modifiersFromFlags } from './mac-modifier-flags';
import type { ModifierPort } from './modifier-keys';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- koffi's declared functions are untyped
type NativeFunction = (...args: any[]) => any;

const COMBINED_SESSION_STATE = 0;
const HID_EVENT_TAP = 0;

export function openMacDesktop(hideOwnApp: () => void): {
  foreground: ForegroundPort;
  modifiers: ModifierPort;
} {
  const koffi = createRequire(import.meta.url)('koffi') as typeof import('koffi');
  const objc = koffi.load('/usr/lib/libobjc.A.dylib');
  const quartz = koffi.load('/System/Library/Frameworks/CoreGraphics.framework/CoreGraphics');
  const foundation = koffi.load('/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation');
  const fn = (lib: typeof objc, signature: string): NativeFunction => lib.func(signature) as NativeFunction;
  const getClass = fn(objc, 'void *objc_getClass(const char *name)');
  const selector = fn(objc, 'void *sel_registerName(const char *name)');
  const sendForObject = objc.func('objc_msgSend', 'void *', ['void *', 'void *']) as NativeFunction;
  const sendForInt = objc.func('objc_msgSend', 'int', ['void *', 'void *']) as NativeFunction;
  const sendWithInt = objc.func('objc_msgSend', 'void *', ['void *', 'void *', 'int']) as NativeFunction;
  const sendWithOptions = objc.func('objc_msgSend', 'bool', [
    'void *',
    'void *',
    'uint64_t',
  ]) as NativeFunction;
  const flagsState = fn(quartz, 'uint64_t CGEventSourceFlagsState(int state)');
  const createKeyEvent = fn(
    quartz,
    'void *CGEventCreateKeyboardEvent(void *source, uint16_t key, bool down)',
  );
  const setFlags = fn(quartz, 'void CGEventSetFlags(void *event, uint64_t flags)');
  const post = fn(quartz, 'void CGEventPost(int tap, void *event)');
  const release = fn(foundation, 'void CFRelease(void *object)');

  const frontmostPid = (): number | null => {
    const workspace: unknown = sendForObject(getClass('NSWorkspace'), selector('sharedWorkspace'));
    const app: unknown = workspace ? sendForObject(workspace, selector('frontmostApplication')) : null;
    return app ? Number(sendForInt(app, selector('processIdentifier'))) : null;
  };

  const foreground: ForegroundPort = {
    current() {
      const pid = frontmostPid();
      return pid === null ? null : String(pid);
    },
    activate(handle) {
      if (frontmostPid() === process.pid) {
        hideOwnApp();
        return;
      }
      const app: unknown = sendWithInt(
        getClass('NSRunningApplication'),
        selector('runningApplicationWithProcessIdentifier:'),
        Number(handle),
      );
      if (!app) throw new Error(`app ${handle} is no longer running`);
      sendWithOptions(app, selector('activateWithOptions:'), 0);
    },
  };

  const modifiers: ModifierPort = {
    held: () => modifiersFromFlags(flagsState(COMBINED_SESSION_STATE) as bigint | number),
    release(which) {
      for (const modifier of which) {
        for (const key of MAC_MODIFIER_KEYCODES[modifier]) {
          const event: unknown = createKeyEvent(null, key, false);
          setFlags(event, 0);
          post(HID_EVENT_TAP, event);
          release(event);
        }
      }
    },
  };

  return { foreground, modifiers };
}
