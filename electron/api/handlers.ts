/** Method name → core call. Inputs arrive already validated by the dispatcher. */
import type { MethodInput, MethodName, MethodOutput } from './contract';
import type { CoreServices } from '../core/core-services';

export type Handlers = {
  [M in MethodName]: (input: MethodInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

export function createHandlers(core: CoreServices): Handlers {
  return {
    'app.info': () => core.appInfo(),
    'panel.hide': () => {
      core.shell.hidePanel();
      return null;
    },
    'settings.get': () => core.settings.get(),
    'settings.save': (input) => core.settings.save(input),
    'settings.setLanguage': ({ language }) => core.settings.setLanguage(language),
  };
}
