export const SYNC_METHODS = [
  'sync.status',
  'sync.now',
  'sync.issues',
  'sync.dismissIssue',
  'sync.fixIssue',
  'sync.configure',
  'sync.disconnect',
  'sync.join',
] as const;
