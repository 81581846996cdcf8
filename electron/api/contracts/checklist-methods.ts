export const CHECKLIST_METHODS = [
  'checklist.template',
  'checklist.saveStep',
  'checklist.removeStep',
  'checklist.reorder',
  'checklist.today',
  'checklist.check',
  'checklist.uncheck',
] as const;
