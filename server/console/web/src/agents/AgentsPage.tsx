/**
 * 客服与令牌: the shop's agents with role and when they were last seen, their tokens, and the
 * admin log. Admins create agents (the token is shown once), change roles and revoke tokens;
 * supervisors read (the server answers canManage and refuses their changes all the same). Both
 * set an agent's 岗位.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSOLE_PATHS, agentsResponseSchema } from '../../../console-api';
import { getJson } from '../api/console-client';
import { useConsoleQuery } from '../api/use-console-query';
import { useShopToday } from '../api/use-shop-today';
import { roleKey } from '../shell/ConsoleLayout';
import { ErrorBanner } from '../ui/ErrorBanner';
import type { AgentNotice } from './agent-notice';
import { AgentTable, positionKey } from './AgentTable';
import { AuditTable } from './AuditTable';
import { CreateAgentForm } from './CreateAgentForm';

export function AgentsPage({ signedInCode }: { signedInCode: string }) {
  const { t } = useTranslation();
  const agents = useConsoleQuery('agents', () => getJson(CONSOLE_PATHS.agents, agentsResponseSchema));
  // The shop's clock for the times shown; this browser's until 今日团队 answers.
  const timeZone = useShopToday().data?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  // Kept as a key, not as text, so it follows a language switch.
  const [notice, setNotice] = useState<AgentNotice | null>(null);
  const data = agents.data;
  const changed = (next: AgentNotice) => {
    setNotice(next);
    agents.reload();
  };
  return (
    <section className="page" aria-labelledby="agents-title">
      <div className="page-header">
        <h1 id="agents-title">{t('console.agents.title')}</h1>
        {data && !data.canManage && <span className="page-meta">{t('console.agents.readOnly')}</span>}
      </div>
      {agents.error && <ErrorBanner error={agents.error} onRetry={agents.reload} />}
      {notice && (
        <p className="banner banner-success" role="status">
          {t(notice.key, {
            code: notice.code,
            role: notice.role ? t(roleKey(notice.role)) : '',
            position: t(positionKey(notice.position ?? null)),
          })}
        </p>
      )}
      {data ? (
        <>
          {data.canManage && <CreateAgentForm onCreated={changed} />}
          <AgentTable data={data} signedInCode={signedInCode} timeZone={timeZone} onChanged={changed} />
          <AuditTable audit={data.audit} timeZone={timeZone} />
        </>
      ) : (
        !agents.error && <p className="muted">{t('console.loading')}</p>
      )}
    </section>
  );
}
