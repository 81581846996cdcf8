export const CUSTOMER_METHODS = [] as const;
