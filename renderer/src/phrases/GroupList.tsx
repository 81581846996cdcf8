/**
 * The groups, in their order, with stage and scope badges and a phrase count. The selected
 * group can be renamed or deleted (the host refuses to delete a group that still has phrases).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/api/api-result';
import { useKefu } from '../api/kefu-context';
import { ErrorBanner } from '../ui/ErrorBanner';
import { GroupForm } from './GroupForm';
import { ScopeBadge, StageBadge } from './StageBadge';
import type { Library, PhraseGroup } from './use-phrase-library';

interface GroupListProps {
  library: Library;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onChanged: (selectId?: string) => void;
}

type Editing =
  | { kind: 'none' }
  | { kind: 'new' }
  | { kind: 'rename'; group: PhraseGroup }
  | { kind: 'delete'; group: PhraseGroup };

export function GroupList({ library, selectedId, onSelect, onChanged }: GroupListProps) {
  const { t } = useTranslation();
  const kefu = useKefu();
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [failure, setFailure] = useState<ApiError | null>(null);
  const selected = library.groups.find((g) => g.id === selectedId) ?? null;
  const canEdit = (group: PhraseGroup) => group.scope === 'personal' || library.canWriteTeam;
  const count = (group: PhraseGroup) => library.phrases.filter((p) => p.groupId === group.id).length;

  const remove = async (group: PhraseGroup) => {
    const result = await kefu.groups.delete({ id: group.id });
    setEditing({ kind: 'none' });
    if (!result.ok) return setFailure(result.error);
    setFailure(null);
    onChanged();
  };

  const saved = (group: PhraseGroup) => {
    setEditing({ kind: 'none' });
    setFailure(null);
    onChanged(group.id);
  };

  return (
    <section className="group-pane" aria-labelledby="groups-title">
      <div className="pane-head">
        <h2 id="groups-title">{t('phrases.group.title')}</h2>
        <button type="button" className="button-small" onClick={() => setEditing({ kind: 'new' })}>
          {t('phrases.group.new')}
        </button>
      </div>
      {editing.kind === 'new' && (
        <GroupForm
          group={null}
          canWriteTeam={library.canWriteTeam}
          onSaved={saved}
          onCancel={() => setEditing({ kind: 'none' })}
        />
      )}
      <ul className="group-list" role="listbox" aria-label={t('phrases.group.title')}>
        {library.groups.map((group) => (
          <li
            key={group.id}
            role="option"
            aria-selected={group.id === selectedId}
            tabIndex={0}
            className={group.id === selectedId ? 'group-item group-item-selected' : 'group-item'}
            onClick={() => onSelect(group.id)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                onSelect(group.id);
              }
            }}
          >
            <span className="group-name">{group.name}</span>
            <span className="group-count">{count(group)}</span>
            <span className="group-badges">
              <StageBadge stage={group.stage} />
              <ScopeBadge scope={group.scope} />
            </span>
          </li>
        ))}
      </ul>
      {selected && canEdit(selected) && editing.kind === 'none' && (
        <div className="group-actions">
          <button
            type="button"
            className="button-small"
            onClick={() => setEditing({ kind: 'rename', group: selected })}
          >
            {t('phrases.group.edit')}
          </button>
          <button
            type="button"
            className="button-small button-danger"
            onClick={() => setEditing({ kind: 'delete', group: selected })}
          >
            {t('phrases.group.delete')}
          </button>
        </div>
      )}
      {editing.kind === 'rename' && (
        <GroupForm
          key={editing.group.id}
          group={editing.group}
          canWriteTeam={library.canWriteTeam}
          onSaved={saved}
          onCancel={() => setEditing({ kind: 'none' })}
        />
      )}
      {editing.kind === 'delete' && (
        <div className="confirm-box" role="alertdialog" aria-label={t('phrases.group.delete')}>
          <p>{t('phrases.group.confirmDelete', { name: editing.group.name })}</p>
          <div className="form-actions">
            <button
              type="button"
              className="button-danger-solid"
              autoFocus
              onClick={() => void remove(editing.group)}
            >
              {t('phrases.group.deleteConfirm')}
            </button>
            <button type="button" className="button-secondary" onClick={() => setEditing({ kind: 'none' })}>
              {t('phrases.cancel')}
            </button>
          </div>
        </div>
      )}
      {failure && <ErrorBanner error={failure} />}
    </section>
  );
}
