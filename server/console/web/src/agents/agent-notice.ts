/** What the last change on 客服与令牌 did, kept as a key so it follows a language switch. */
import type { Position } from '../../../../../common/positions';
import type { ConsoleRole } from '../../../console-api';

export interface AgentNotice {
  key:
    | 'console.agents.created'
    | 'console.agents.roleChanged'
    | 'console.agents.positionChanged'
    | 'console.agents.revoked';
  code: string;
  role?: ConsoleRole;
  /** 岗位 after a change; null when cleared. */
  position?: Position | null;
}
