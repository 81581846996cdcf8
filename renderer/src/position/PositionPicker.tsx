/**
 * 岗位 choice: 售前 / 售后 / 订单专员 (or none). Saved on its own, as it changes today's checklist
 * and the panel's first stage at once. A desk bound to a server shows the server's position and
 * does not offer to change it.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/api/api-result';
import type { MethodOutput } from '../../../electron/api/contract';
import { POSITIONS, isPosition, type Position } from '../../../common/positions';
import { useKefu } from '../api/kefu-context';
import { ErrorBanner } from '../ui/ErrorBanner';
import { FormField } from '../ui/FormField';
import './position.css';

/** Each 岗位's label key, spelled out so the locale check finds it. */
const POSITION_KEYS: Record<Position, string> = {
  presale: 'position.presale',
  aftersale: 'position.aftersale',
  orderDesk: 'position.orderDesk',
};

type PositionState = MethodOutput<'position.get'>;

interface PositionPickerProps {
  id: string;
  /** The welcome asks in its own words; Settings uses the field's label. */
  label?: string;
  onSaved?: (state: PositionState) => void;
}

export function PositionPicker({ id, label, onSaved }: PositionPickerProps) {
  const { t } = useTranslation();
  const kefu = useKefu();
  const [state, setState] = useState<PositionState | null>(null);
  const [choice, setChoice] = useState('');
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    // Bound, the server is asked: a supervisor may have changed it in the console.
    void kefu.position.refresh({}).then((result) => {
      if (!live) return;
      if (!result.ok) return setFailure(result.error);
      setState(result.value);
      setChoice(result.value.position ?? '');
    });
    return () => {
      live = false;
    };
  }, [kefu]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await kefu.position.save({ position: isPosition(choice) ? choice : null });
    setBusy(false);
    if (!result.ok) return setFailure(result.error);
    setFailure(null);
    setState(result.value);
    setSaved(true);
    onSaved?.(result.value);
  };

  if (!state) return failure ? <ErrorBanner error={failure} /> : null;
  return (
    <form className="position-picker" noValidate onSubmit={(e) => void submit(e)}>
      {failure && <ErrorBanner error={failure} />}
      <FormField
        id={id}
        label={label ?? t('position.label')}
        hint={state.fromServer ? t('position.fromServer') : t('position.hint')}
      >
        {(control) => (
          <select
            {...control}
            value={choice}
            disabled={state.fromServer}
            onChange={(e) => {
              setChoice(e.target.value);
              setSaved(false);
            }}
          >
            <option value="">{t('position.none')}</option>
            {POSITIONS.map((position) => (
              <option key={position} value={position}>
                {t(POSITION_KEYS[position])}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {!state.fromServer && (
        <div className="position-picker-actions">
          <button type="submit" className="button-secondary" disabled={busy}>
            {t('position.save')}
          </button>
          {saved && (
            <span className="muted" role="status">
              {t('position.saved')}
            </span>
          )}
        </div>
      )}
    </form>
  );
}
