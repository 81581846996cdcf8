/** 售前 / 售中 / 售后 / 通用, and 团队 / 个人: the two facts that decide who sees and edits a row. */
import { useTranslation } from 'react-i18next';
import { SCOPE_LABEL_KEYS, STAGE_LABEL_KEYS, type Scope, type Stage } from './phrase-labels';

export function StageBadge({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  return <span className={`stage-badge stage-${stage}`}>{t(STAGE_LABEL_KEYS[stage])}</span>;
}

export function ScopeBadge({ scope }: { scope: Scope }) {
  const { t } = useTranslation();
  return <span className={`scope-badge scope-${scope}`}>{t(SCOPE_LABEL_KEYS[scope])}</span>;
}
