export const APP_METHODS = [
  'app.info',
  'panel.hide',
  'panel.clipboardOrderNo',
  'settings.get',
  'settings.save',
  'settings.setLanguage',
  'hotkeys.get',
  'hotkeys.save',
  'startup.get',
  'startup.save',
  'app.selfTest',
  'app.tokenProtection',
] as const;
