export const BACKUP_METHODS = ['backups.list', 'backups.create', 'backups.restore'] as const;
