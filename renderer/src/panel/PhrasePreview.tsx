/** The reply exactly as it would be pasted, with lint findings underlined and explained. */
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../ui/ErrorBanner';
import { LintedText } from '../phrases/LintedText';
import { LintFindingList } from '../phrases/LintFindingList';
import type { RenderState } from './use-rendered-phrase';

export function PhrasePreview({ state }: { state: RenderState }) {
  const { t } = useTranslation();
  if (state.status === 'none') return null;
  if (state.status === 'failed') return <ErrorBanner error={state.error} />;
  const { rendered } = state;
  return (
    <section className="panel-preview" aria-label={t('panel.previewLabel')}>
      <LintedText text={rendered.text} findings={rendered.findings} />
      {rendered.unknown.length > 0 && (
        <p className="panel-unknown" role="alert">
          {t('panel.unknownVariables', { names: rendered.unknown.map((name) => `{${name}}`).join(' ') })}
        </p>
      )}
      <LintFindingList findings={rendered.findings} />
    </section>
  );
}
