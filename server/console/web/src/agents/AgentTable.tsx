/**
 * The shop's agents: 工号, name, role (a picker for admins), last seen, tokens (each revocable by
 * admins, with a confirming second click). An admin's own role is not offered for change: the
 * server refuses it (no lock-out). 岗位 (position) is a picker for supervisors and admins alike.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { POSITIONS, isPosition, type Position } from '../../../../../common/positions';
import {
  CONSOLE_ROLES,
  agentPositionPath,
  agentRolePath,
  changePositionResponseSchema,
  changeRoleResponseSchema,
  revokeTokenPath,
  revokeTokenResponseSchema,
  type AgentsResponse,
  type ConsoleRole,
} from '../../../console-api';
import { ConsoleApiError, postJson } from '../api/console-client';
import { formatDateTime, NO_VALUE } from '../format/format';
import { roleKey } from '../shell/ConsoleLayout';
import { ErrorBanner } from '../ui/ErrorBanner';
import { SortableTable } from '../ui/SortableTable';
import type { AgentNotice } from './agent-notice';

type Agent = AgentsResponse['agents'][number];

export const positionKey = (position: Position | null) => `console.agents.positions.${position ?? 'none'}`;

interface Props {
  data: AgentsResponse;
  signedInCode: string;
  timeZone: string;
  onChanged(notice: AgentNotice): void;
}

export function AgentTable({ data, signedInCode, timeZone, onChanged }: Props) {
  const { t } = useTranslation();
  const [error, setError] = useState<ConsoleApiError | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function act(run: () => Promise<AgentNotice>) {
    setBusy(true);
    setError(null);
    try {
      onChanged(await run());
    } catch (caught) {
      setError(
        caught instanceof ConsoleApiError
          ? caught
          : new ConsoleApiError('badAnswer', 'console.error.badAnswer', 0),
      );
    } finally {
      setBusy(false);
      setConfirming(null);
    }
  }

  const changeRole = (agent: Agent, role: ConsoleRole) =>
    act(async () => {
      const answer = await postJson(agentRolePath(agent.code), { role }, changeRoleResponseSchema);
      return { key: 'console.agents.roleChanged', code: answer.code, role: answer.role };
    });

  const changePosition = (agent: Agent, value: string) =>
    act(async () => {
      const position = isPosition(value) ? value : null;
      const answer = await postJson(
        agentPositionPath(agent.code),
        { position },
        changePositionResponseSchema,
      );
      return { key: 'console.agents.positionChanged', code: answer.code, position: answer.position };
    });

  const revoke = (agent: Agent, tokenId: string) =>
    act(async () => {
      await postJson(revokeTokenPath(tokenId), {}, revokeTokenResponseSchema);
      return { key: 'console.agents.revoked', code: agent.code };
    });

  return (
    <>
      {error && <ErrorBanner error={error} />}
      <SortableTable
        caption={t('console.agents.tableCaption')}
        columns={[
          { id: 'code', header: t('console.agents.code'), value: (agent) => agent.code },
          { id: 'name', header: t('console.agents.name'), value: (agent) => agent.name },
          {
            id: 'role',
            header: t('console.agents.role'),
            value: (agent) => t(roleKey(agent.role)),
            render: (agent) =>
              data.canManage && agent.code !== signedInCode ? (
                <select
                  className="select-input"
                  aria-label={t('console.agents.roleOf', { code: agent.code })}
                  value={agent.role}
                  disabled={busy}
                  onChange={(event) => void changeRole(agent, event.target.value as ConsoleRole)}
                >
                  {CONSOLE_ROLES.map((role) => (
                    <option key={role} value={role}>
                      {t(roleKey(role))}
                    </option>
                  ))}
                </select>
              ) : (
                t(roleKey(agent.role))
              ),
          },
          {
            id: 'position',
            header: t('console.agents.position'),
            value: (agent) => t(positionKey(agent.position)),
            render: (agent) => (
              <select
                className="select-input"
                aria-label={t('console.agents.positionOf', { code: agent.code })}
                value={agent.position ?? ''}
                disabled={busy}
                onChange={(event) => void changePosition(agent, event.target.value)}
              >
                <option value="">{t(positionKey(null))}</option>
                {POSITIONS.map((position) => (
                  <option key={position} value={position}>
                    {t(positionKey(position))}
                  </option>
                ))}
              </select>
            ),
          },
          {
            id: 'status',
            header: t('console.agents.status'),
            value: (agent) => (agent.disabled ? t('console.agents.disabled') : t('console.agents.active')),
          },
          {
            id: 'lastSeen',
            header: t('console.agents.lastSeen'),
            value: (agent) => agent.lastSeenAt,
            render: (agent) =>
              agent.lastSeenAt === null
                ? t('console.agents.neverSeen')
                : formatDateTime(agent.lastSeenAt, timeZone),
          },
          {
            id: 'tokens',
            header: t('console.agents.tokens'),
            value: (agent) => agent.tokens.filter((token) => token.revokedAt === null).length,
            sortable: false,
            render: (agent) => (
              <ul className="token-list">
                {agent.tokens.length === 0 && <li className="muted">{NO_VALUE}</li>}
                {agent.tokens.map((token) => (
                  <li key={token.id}>
                    <code title={token.id}>{token.id.slice(0, 8)}</code>{' '}
                    {token.revokedAt !== null ? (
                      <span className="muted">
                        {t('console.agents.tokenRevokedAt', {
                          time: formatDateTime(token.revokedAt, timeZone),
                        })}
                      </span>
                    ) : (
                      <>
                        <span className="muted">
                          {token.lastUsedAt === null
                            ? t('console.agents.tokenUnused')
                            : t('console.agents.tokenUsedAt', {
                                time: formatDateTime(token.lastUsedAt, timeZone),
                              })}
                        </span>
                        {data.canManage && (
                          <button
                            type="button"
                            className="button-danger token-revoke"
                            disabled={busy}
                            onClick={() =>
                              confirming === token.id ? void revoke(agent, token.id) : setConfirming(token.id)
                            }
                          >
                            {confirming === token.id
                              ? t('console.agents.confirmRevoke', { code: agent.code })
                              : t('console.agents.revoke')}
                          </button>
                        )}
                      </>
                    )}
                  </li>
                ))}
              </ul>
            ),
          },
        ]}
        rows={data.agents}
        rowKey={(agent) => agent.code}
        initialSort={{ column: 'code', direction: 'ascending' }}
      />
    </>
  );
}
