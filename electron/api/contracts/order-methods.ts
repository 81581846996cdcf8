export const ORDER_METHODS = [] as const;
