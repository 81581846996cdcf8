/** App, settings, hotkeys and panel methods → core. */
import type { CoreServices } from '../../core/core-services';
import type { APP_METHODS } from '../contracts/app-methods';
import type { HandlersFor } from '../handler-types';

export function createAppHandlers(core: CoreServices): HandlersFor<typeof APP_METHODS> {
  return {
    'app.info': () => core.appInfo(),
    'panel.hide': () => {
      core.shell.hidePanel();
      return null;
    },
    'panel.clipboardOrderNo': () => core.clipboardOrderNo(),
    'panel.takeQuestion': () => ({ question: core.shell.collectQuestion() }),
    'settings.get': () => core.settings.get(),
    'settings.save': (input) => core.settings.save(input),
    'settings.setLanguage': ({ language }) => core.settings.setLanguage(language),
    'hotkeys.get': () => core.hotkeys.state(),
    'hotkeys.save': (input) => core.hotkeys.save(input),
    'startup.get': () => core.startup.state(),
    'startup.save': (input) => core.startup.save(input),
    'app.selfTest': () => core.selfTest(),
    'app.tokenProtection': () => core.tokenProtection(),
  };
}
