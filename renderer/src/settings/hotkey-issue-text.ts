/**
 * A hotkey conflict names the other binding as `panel`, `question` or `pinned-3`; the agent reads
 * 快捷回复面板, 买家问题 or 固定短语 3 instead. Other hotkey issues translate as usual.
 */
import type { TFunction } from 'i18next';
import type { ValidationIssue } from '../../../electron/api/api-result';
import { translateApiMessage } from '../i18n/api-message';
import { hotkeyPurpose } from './hotkey-purpose';

export function hotkeyHolderName(t: TFunction, holder: string): string {
  const purpose = hotkeyPurpose(holder);
  if (purpose.kind === 'panel') return t('settings.info.hotkeyPanel');
  if (purpose.kind === 'question') return t('settings.info.hotkeyQuestion');
  if (purpose.kind === 'pinned') return t('settings.info.hotkeyPinned', { number: purpose.number });
  return purpose.name;
}

export function hotkeyIssueText(t: TFunction, issue: ValidationIssue): string {
  const holder = issue.params.with;
  const params =
    issue.messageKey === 'validation.hotkey.conflict' && typeof holder === 'string'
      ? { ...issue.params, with: hotkeyHolderName(t, holder) }
      : issue.params;
  return translateApiMessage(t, issue.messageKey, params, 'validation.invalid_value');
}
