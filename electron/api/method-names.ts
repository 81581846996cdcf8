/**
 * Every contract method by name, free of zod so the sandboxed preload stays small. The contract
 * table must cover exactly these names (checked at compile time in contract.ts).
 */
export const METHOD_NAMES = [
  'app.info',
  'panel.hide',
  'settings.get',
  'settings.save',
  'settings.setLanguage',
  'hotkeys.get',
  'hotkeys.save',
  'phrases.library',
  'phrases.search',
  'phrases.save',
  'phrases.delete',
  'phrases.reorder',
  'phrases.render',
  'phrases.preview',
  'phrases.deliver',
  'phrases.importPreview',
  'phrases.importApply',
  'phrases.export',
  'groups.save',
  'groups.delete',
  'lint.rules',
  'lint.saveRule',
  'lint.deleteRule',
  'lint.check',
  'panel.clipboardOrderNo',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

export const isMethodName = (name: unknown): name is MethodName =>
  typeof name === 'string' && (METHOD_NAMES as readonly string[]).includes(name);
