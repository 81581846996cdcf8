export const TASK_METHODS = [] as const;
