/** What the last change on 客服与令牌 did, kept as a key so it follows a language switch. */
import type { ConsoleRole } from '../../../console-api';

export interface AgentNotice {
  key: 'console.agents.created' | 'console.agents.roleChanged' | 'console.agents.revoked';
  code: string;
  role?: ConsoleRole;
}
