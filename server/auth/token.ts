/**
 * Agent tokens: 32 random bytes shown once as `kefu_<base64url>`; only their sha256 is stored,
 * so a leaked database does not hand out working tokens.
 */
import { createHash, randomBytes } from 'node:crypto';

export const TOKEN_PREFIX = 'kefu_';

export const newToken = (): string => TOKEN_PREFIX + randomBytes(32).toString('base64url');

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
