export const TASK_METHODS = [
  'tasks.list',
  'tasks.save',
  'tasks.complete',
  'tasks.snooze',
  'tasks.cancel',
  'tasks.reopen',
  'tasks.setComplaintStep',
  'tasks.runRules',
  'tasks.badge',
] as const;
