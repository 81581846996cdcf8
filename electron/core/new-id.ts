import { randomUUID } from 'node:crypto';

/** UUID v4 primary keys: rows are created offline on many machines and merged on the server. */
export const newId = (): string => randomUUID();
