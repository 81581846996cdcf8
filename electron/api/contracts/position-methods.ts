export const POSITION_METHODS = ['position.get', 'position.save'] as const;
