/**
 * The briefing's place at the top of 今日: an agent gets the published briefing (until 已读, then
 * one line); a supervisor gets the editor with who has read it.
 */
import { ErrorBanner } from '../ui/ErrorBanner';
import { BriefingCard } from './BriefingCard';
import { BriefingEditor } from './BriefingEditor';
import { useBriefingToday } from './use-briefing-today';

export function TodayBriefing() {
  const { state, replace } = useBriefingToday();
  if (state.status === 'loading') return null;
  if (state.status === 'failed') return <ErrorBanner error={state.error} />;
  const today = state.value;
  if (today.editable)
    return <BriefingEditor key={today.briefing?.id ?? 'new'} today={today} onSaved={replace} />;
  if (!today.briefing) return null;
  return <BriefingCard briefing={today.briefing} readAt={today.readAt} onChanged={replace} />;
}
