/**
 * Who the reply is for: the buyer's nick and the order number fill {买家昵称} and {订单号}. Agents
 * usually have the order number on the clipboard (copied from the order page), hence the button.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKefu } from '../api/kefu-context';

export interface PanelContext {
  buyerNick: string;
  orderNo: string;
}

interface ContextLineProps {
  value: PanelContext;
  onChange: (value: PanelContext) => void;
}

export function ContextLine({ value, onChange }: ContextLineProps) {
  const { t } = useTranslation();
  const kefu = useKefu();
  const [clipboardNote, setClipboardNote] = useState<'none' | 'notFound' | 'failed'>('none');

  const takeClipboardOrderNo = async () => {
    const result = await kefu.panel.clipboardOrderNo({});
    if (!result.ok) return setClipboardNote('failed');
    if (result.value.orderNo === null) return setClipboardNote('notFound');
    setClipboardNote('none');
    onChange({ ...value, orderNo: result.value.orderNo });
  };

  return (
    <div className="panel-context" role="group" aria-label={t('panel.context.label')}>
      <label className="panel-context-field">
        <span>{t('variables.names.buyerNick')}</span>
        <input
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={value.buyerNick}
          placeholder={t('panel.context.buyerNickPlaceholder')}
          onChange={(e) => onChange({ ...value, buyerNick: e.target.value })}
        />
      </label>
      <label className="panel-context-field">
        <span>{t('variables.names.orderNo')}</span>
        <input
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          value={value.orderNo}
          placeholder={t('panel.context.orderNoPlaceholder')}
          onChange={(e) => {
            setClipboardNote('none');
            onChange({ ...value, orderNo: e.target.value });
          }}
        />
      </label>
      <button type="button" className="button-small" onClick={() => void takeClipboardOrderNo()}>
        {t('panel.context.useClipboard')}
      </button>
      {clipboardNote !== 'none' && (
        <span className="panel-context-note" role="status">
          {clipboardNote === 'notFound'
            ? t('panel.context.noOrderOnClipboard')
            : t('panel.context.clipboardFailed')}
        </span>
      )}
    </div>
  );
}
