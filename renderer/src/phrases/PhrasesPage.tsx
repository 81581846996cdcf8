/**
 * 短语库: groups, their phrases in order, the editor with live lint, import/export, and the
 * 话术检查规则 tab. Supervisors write team rows; agents write their personal ones and read the rest.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/api/api-result';
import { useKefu } from '../api/kefu-context';
import { ErrorBanner } from '../ui/ErrorBanner';
import { isImeComposing } from '../ui/ime';
import { GroupList } from './GroupList';
import { ImportExport } from './ImportExport';
import { LintRulesSection } from './LintRulesSection';
import { PhraseEditor } from './PhraseEditor';
import { formValuesOfPhrase, newPhraseValues, type PhraseFormValues } from './phrase-form-values';
import { PhraseList } from './PhraseList';
import { useLibraryFilter } from './use-library-filter';
import {
  movedOrder,
  phrasesOfGroup,
  usePhraseLibrary,
  type Library,
  type Phrase,
} from './use-phrase-library';
import './phrases.css';

type Tab = 'phrases' | 'lint';
type Editing = { phrase: Phrase | null; values: PhraseFormValues; key: number } | null;

export function PhrasesPage() {
  const { t } = useTranslation();
  const { state, reload } = usePhraseLibrary();
  const [tab, setTab] = useState<Tab>('phrases');

  return (
    <div className="page page-wide phrases-page">
      <header className="page-header">
        <h1>{t('phrases.title')}</h1>
        <p>{t('phrases.subtitle')}</p>
      </header>
      <div className="tabs" role="tablist" aria-label={t('phrases.title')}>
        <button type="button" role="tab" aria-selected={tab === 'phrases'} onClick={() => setTab('phrases')}>
          {t('phrases.tabs.library')}
        </button>
        <button type="button" role="tab" aria-selected={tab === 'lint'} onClick={() => setTab('lint')}>
          {t('phrases.tabs.lint')}
        </button>
      </div>
      {state.status === 'loading' && <p className="muted">{t('app.loading')}</p>}
      {state.status === 'failed' && <ErrorBanner error={state.error} />}
      {state.status === 'ready' && tab === 'phrases' && (
        <LibraryTab library={state.library} reload={reload} />
      )}
      {state.status === 'ready' && tab === 'lint' && (
        <LintRulesSection canEdit={state.library.canWriteTeam} />
      )}
    </div>
  );
}

function LibraryTab({ library, reload }: { library: Library; reload: () => void }) {
  const { t } = useTranslation();
  const kefu = useKefu();
  const [groupId, setGroupId] = useState<string | null>(library.groups[0]?.id ?? null);
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<Editing>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const hits = useLibraryFilter(filter, library);
  const selectedGroup = library.groups.find((g) => g.id === groupId) ?? library.groups[0] ?? null;
  const groupPhrases = useMemo(
    () => phrasesOfGroup(library, selectedGroup?.id ?? null),
    [library, selectedGroup],
  );
  const canWriteGroup =
    selectedGroup !== null && (selectedGroup.scope === 'personal' || library.canWriteTeam);
  const writableGroup = canWriteGroup
    ? selectedGroup
    : (library.groups.find((g) => g.scope === 'personal') ?? null);

  const listed = hits
    ? hits.map((hit) => ({ phrase: hit.phrase, groupName: hit.groupName }))
    : groupPhrases.map((phrase) => ({ phrase }));

  const open = (phrase: Phrase | null) => {
    if (phrase === null && !writableGroup) return;
    setEditing({
      phrase,
      values: phrase ? formValuesOfPhrase(phrase) : newPhraseValues(writableGroup!),
      key: Date.now(),
    });
  };

  const move = async (phrase: Phrase, by: -1 | 1) => {
    if (!selectedGroup) return;
    const orderedIds = movedOrder(
      groupPhrases.map((p) => p.id),
      phrase.id,
      by,
    );
    const result = await kefu.phrases.reorder({ groupId: selectedGroup.id, orderedIds });
    setFailure(result.ok ? null : result.error);
    reload();
  };

  return (
    <>
      <ImportExport onImported={reload} />
      {failure && <ErrorBanner error={failure} />}
      <div className={editing ? 'library-grid library-grid-editing' : 'library-grid'}>
        <GroupList
          library={library}
          selectedId={selectedGroup?.id ?? null}
          onSelect={(id) => {
            setGroupId(id);
            setFilter('');
          }}
          onChanged={(id) => {
            if (id) setGroupId(id);
            reload();
          }}
        />
        <section className="phrase-pane" aria-labelledby="phrase-pane-title">
          <div className="pane-head">
            <h2 id="phrase-pane-title">
              {hits ? t('phrases.list.searchTitle') : (selectedGroup?.name ?? t('phrases.list.title'))}
            </h2>
            <button
              type="button"
              className="button-small"
              disabled={!writableGroup}
              // Why it cannot be used: an agent writes personal phrases only, and has no group for them yet.
              title={writableGroup ? undefined : t('phrases.list.newNeedsPersonalGroup')}
              onClick={() => open(null)}
            >
              {t('phrases.list.new')}
            </button>
          </div>
          <input
            type="search"
            className="filter-box"
            autoComplete="off"
            spellCheck={false}
            aria-label={t('phrases.list.filterLabel')}
            placeholder={t('phrases.list.filterPlaceholder')}
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && !isImeComposing(e)) setFilter('');
            }}
          />
          <PhraseList
            phrases={listed}
            selectedId={editing?.phrase?.id ?? null}
            canReorder={!hits && canWriteGroup}
            onOpen={open}
            onMove={(phrase, by) => void move(phrase, by)}
          />
        </section>
        {editing && (
          <PhraseEditor
            key={editing.key}
            phrase={editing.phrase}
            initialValues={editing.values}
            groups={library.groups}
            canWriteTeam={library.canWriteTeam}
            onSaved={(saved) => {
              setGroupId(saved.groupId);
              // Same editor instance (same key): it keeps its 已保存 note and can now delete.
              setEditing((current) => current && { ...current, phrase: saved });
              reload();
            }}
            onDeleted={() => {
              setEditing(null);
              reload();
            }}
            onClose={() => setEditing(null)}
          />
        )}
      </div>
    </>
  );
}
