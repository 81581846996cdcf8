export const SYNC_METHODS = [
  'sync.status',
  'sync.now',
  'sync.issues',
  'sync.dismissIssue',
  'sync.configure',
  'sync.disconnect',
] as const;
