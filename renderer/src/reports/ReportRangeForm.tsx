/**
 * 开始日期 / 结束日期 (up to 31 days, never past today) and, for supervisors, the 工号 of the agent
 * whose log to read; agents read their own. Dates apply at once, a 工号 when submitted.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportRange } from './report-range';

interface ReportRangeFormProps {
  range: ReportRange;
  today: string;
  agent: { name: string; agentCode: string; role: 'agent' | 'supervisor' };
  onChange: (range: ReportRange) => void;
}

export function ReportRangeForm({ range, today, agent, onChange }: ReportRangeFormProps) {
  const { t } = useTranslation();
  const [agentCode, setAgentCode] = useState(range.agentCode ?? agent.agentCode);

  const setFrom = (from: string) => onChange({ ...range, from, to: range.to < from ? from : range.to });
  const setTo = (to: string) => onChange({ ...range, to, from: range.from > to ? to : range.from });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const code = agentCode.trim();
    onChange({ ...range, agentCode: code === '' || code === agent.agentCode ? null : code });
  };

  return (
    <form className="report-range" onSubmit={submit}>
      <label className="report-field">
        <span>{t('reportsPage.from')}</span>
        <input
          type="date"
          value={range.from}
          max={today}
          required
          onChange={(e) => e.target.value && setFrom(e.target.value)}
        />
      </label>
      <label className="report-field">
        <span>{t('reportsPage.to')}</span>
        <input
          type="date"
          value={range.to}
          max={today}
          required
          onChange={(e) => e.target.value && setTo(e.target.value)}
        />
      </label>
      <button
        type="button"
        className="button-small"
        disabled={range.from === today && range.to === today}
        onClick={() => onChange({ ...range, from: today, to: today })}
      >
        {t('reportsPage.today')}
      </button>
      <span className="muted">{t('reportsPage.rangeHint')}</span>
      {agent.role === 'supervisor' ? (
        <span className="report-agent">
          <label className="report-field">
            <span>{t('reportsPage.agentCode')}</span>
            <input value={agentCode} size={8} onChange={(e) => setAgentCode(e.target.value)} />
          </label>
          <button type="submit" className="button-small">
            {t('reportsPage.show')}
          </button>
        </span>
      ) : (
        <span className="report-agent muted">
          {t('reportsPage.ownAgent', { name: agent.name, code: agent.agentCode })}
        </span>
      )}
    </form>
  );
}
