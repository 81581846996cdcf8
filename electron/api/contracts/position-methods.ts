export const POSITION_METHODS = ['position.get', 'position.save', 'position.refresh'] as const;
