/**
 * The reply panel window (`#/panel`): frameless, always on top, summoned by the global hotkey.
 * Type → the list follows each keystroke → Enter pastes the filled reply into the chat client.
 * A buyer's question (a sentence typed or pasted, or the copied message the question hotkey took)
 * also brings the three suggested replies, above the results, in the same list.
 * The search box has focus whenever the panel does; keys an IME is composing with stay the IME's.
 */
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/api/api-result';
import { useKefu } from '../api/kefu-context';
import { InquiryForm } from '../customers/InquiryForm';
import { i18n } from '../i18n/i18n';
import { InvoiceRequestForm } from '../invoices/InvoiceRequestForm';
import type { VariableKey } from '../phrases/phrase-labels';
import { ErrorBanner } from '../ui/ErrorBanner';
import { ContextLine, type PanelContext } from './ContextLine';
import { deliveryNotice, type DeliveryNotice } from './delivery-notice';
import { DeliveryNoticeLine } from './DeliveryNoticeLine';
import { invoiceCollectedNotice } from './invoice-notice';
import { PanelFooter } from './PanelFooter';
import { panelRequestOfHash } from './panel-hash';
import { panelKeyAction, type PanelKeyWhere } from './panel-keys';
import {
  deliveredQuestion,
  questionAfterInput,
  suggestedQuestion,
  type ActiveQuestion,
} from './panel-question';
import { panelRows, rowAt, rowCount } from './panel-rows';
import { NO_SELECTION, selectedIndex, selectionAt, type PanelSelection } from './panel-selection';
import { PhrasePreview } from './PhrasePreview';
import { clampSelection, resultRows } from './result-rows';
import { RESULT_LIST_ID, ResultList, resultOptionId } from './ResultList';
import { SearchBox } from './SearchBox';
import { SUGGESTION_LIST_ID, SuggestionList, suggestionOptionId } from './SuggestionList';
import { usePanelStage } from './use-panel-stage';
import { usePhraseSearch } from './use-phrase-search';
import { usePanelExit } from './use-panel-exit';
import { useSuggestions } from './use-suggestions';
import { useRenderedPhrase, type VariableContext, type VariableValues } from './use-rendered-phrase';
import { VariableForm } from './VariableForm';
import '../customers/customers.css';
import './panel.css';

/** Long enough to read, short enough not to describe an older paste when the panel reopens. */
const NOTICE_MS = { success: 2500, warning: 8000 } as const;

const subscribeHash = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

function contextInput(context: PanelContext): VariableContext {
  const buyerNick = context.buyerNick.trim();
  const orderNo = context.orderNo.trim();
  return { ...(buyerNick && { buyerNick }), ...(orderNo && { orderNo }) };
}

export function PanelPage() {
  const { t } = useTranslation();
  const kefu = useKefu();
  const searchRef = useRef<HTMLInputElement>(null);
  const variablesRef = useRef<HTMLFieldSetElement>(null);
  // `#/panel?q=…&buyer=…&order=…` (a task's quick reply) seeds the search and the context line.
  const hash = useSyncExternalStore(subscribeHash, () => window.location.hash);
  const [seenHash, setSeenHash] = useState(hash);
  const [query, setQuery] = useState(() => panelRequestOfHash(hash).query ?? '');
  const [question, setQuestion] = useState<ActiveQuestion | null>(null);
  /** Set when the question hotkey's text replaced the query: select it once it is in the box. */
  const selectQueryRef = useRef(false);
  const [shown, setShown] = useState(0);
  const [selection, setSelection] = useState<PanelSelection>(NO_SELECTION);
  const [context, setContext] = useState<PanelContext>(() => {
    const request = panelRequestOfHash(hash);
    return { buyerNick: request.buyerNick ?? '', orderNo: request.orderNo ?? '' };
  });
  const [inquiryOpen, setInquiryOpen] = useState(false);
  const [invoiceOpen, setInvoiceOpen] = useState(false);
  const { placement, exit } = usePanelExit(hash);
  if (hash !== seenHash) {
    setSeenHash(hash);
    const request = panelRequestOfHash(hash);
    if (request.query !== null) setQuery(request.query);
    if (request.buyerNick !== null || request.orderNo !== null)
      setContext({ buyerNick: request.buyerNick ?? '', orderNo: request.orderNo ?? '' });
  }
  const [values, setValues] = useState<VariableValues>({});
  const [notice, setNotice] = useState<DeliveryNotice | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  /** Set when a paste was refused for missing variables: focus the form once it appears. */
  const focusVariablesRef = useRef(false);
  const [delivering, setDelivering] = useState(false);

  const firstStage = usePanelStage(shown);
  const search = usePhraseSearch(query, shown, firstStage);
  const asked = suggestedQuestion(query, question);
  const suggestions = useSuggestions(asked, shown);
  /** The suggestions on screen (if any) answer an earlier input; the new answer is on its way. */
  const suggesting = asked !== null && suggestions.answered !== asked;
  const results = useMemo(() => resultRows(search.hits), [search.hits]);
  const rows = useMemo(() => panelRows(suggestions.hits, results), [suggestions.hits, results]);
  const count = rowCount(rows);
  // Either answer moving (the search per keystroke, the suggestions a moment later) is a new list.
  const answered = search.answered === null ? null : `${suggestions.answered ?? ''}\n${search.answered}`;
  const current = selectedIndex(selection, answered, rows);
  const setSelected = useCallback(
    (index: number) => setSelection(selectionAt(answered, rows, index)),
    [answered, rows],
  );
  const selectedId = rowAt(rows, current)?.row.id ?? null;
  // A new answer's top row is what the agent reads now: hold on to it should the list re-rank
  // (adjusted while rendering, as the hash is above, so no frame shows the old selection).
  if (selection.answered !== answered && selectedId !== null)
    setSelection(selectionAt(answered, rows, current));
  const inSuggestions = current >= 0 && current < rows.suggestions.length;

  const changeQuery = (next: string) => {
    setQuery(next);
    setQuestion((active) => questionAfterInput(active, next));
  };
  const variableContext = useMemo(() => contextInput(context), [context]);
  const render = useRenderedPhrase(selectedId, variableContext, values);
  const ready = render.status === 'ready' && render.phraseId === selectedId ? render : null;
  const rendered = ready?.rendered ?? null;

  useEffect(() => {
    // The window is created hidden and reused: each time it is shown it gets focus, the language
    // may have been switched in the main window, and the library may have been edited.
    // Each showing answers a new buyer: an earlier question is not this one's. The question
    // hotkey's, if it was pressed, is collected now and becomes the selected query.
    const onShown = () => {
      searchRef.current?.focus();
      searchRef.current?.select();
      setShown((n) => n + 1);
      setQuestion(null);
      void kefu.settings.get({}).then((result) => {
        if (result.ok) void i18n.changeLanguage(result.value.language);
      });
      void kefu.panel.takeQuestion({}).then((result) => {
        if (!result.ok || result.value.question === null) return;
        const taken = result.value.question;
        selectQueryRef.current = true;
        setQuery(taken.text);
        setQuestion(taken);
      });
    };
    onShown();
    window.addEventListener('focus', onShown);
    return () => window.removeEventListener('focus', onShown);
  }, [kefu]);

  useEffect(() => {
    if (!selectQueryRef.current) return;
    selectQueryRef.current = false;
    searchRef.current?.focus();
    searchRef.current?.select();
  }, [query]);

  // Back from 发票收集 (collected or cancelled), the agent types the next search.
  useEffect(() => {
    if (!invoiceOpen) searchRef.current?.focus();
  }, [invoiceOpen]);

  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS[notice.tone]);
    return () => clearTimeout(timer);
  }, [notice]);

  const firstVariable = () => variablesRef.current?.querySelector<HTMLInputElement>('input');

  useEffect(() => {
    if (!focusVariablesRef.current || !rendered) return;
    focusVariablesRef.current = false;
    firstVariable()?.focus();
  }, [rendered]);

  const deliver = useCallback(
    async (mode: 'paste' | 'copy', index: number) => {
      const picked = rowAt(rows, index);
      if (!picked || delivering) return;
      setSelected(index);
      setFailure(null);
      setNotice(null);
      setDelivering(true);
      const answering = deliveredQuestion(question, picked.source);
      const result = await kefu.phrases.deliver({
        phraseId: picked.row.id,
        context: variableContext,
        values,
        mode,
        ...(answering && { question: answering }),
      });
      setDelivering(false);
      if (result.ok) {
        // The question is answered (and learned); the next reply starts from a fresh search:
        // typing replaces the query, never appends to it.
        setQuestion(null);
        searchRef.current?.focus();
        searchRef.current?.select();
        return setNotice(deliveryNotice(result.value.outcome));
      }
      // Missing values are asked for in the form; the refusal itself is shown only for unknown
      // names, which no typing can fix.
      if (result.error.code === 'incomplete') {
        const missing = result.error.details.missing;
        if (Array.isArray(missing) && missing.length > 0) {
          // The form may already be on screen (same row); otherwise it appears with the render.
          const input = index === current ? firstVariable() : null;
          if (input) input.focus();
          else focusVariablesRef.current = true;
          return;
        }
      }
      setFailure(result.error);
    },
    [current, delivering, kefu, question, rows, setSelected, values, variableContext],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const target = event.target as HTMLElement;
    const where: PanelKeyWhere =
      target === searchRef.current
        ? 'search'
        : variablesRef.current?.contains(target)
          ? 'variables'
          : 'elsewhere';
    const action = panelKeyAction(event, where, target === firstVariable());
    if (!action) return;
    if (action.kind === 'toVariables' && !firstVariable()) return;
    event.preventDefault();
    switch (action.kind) {
      case 'hide':
        exit();
        return;
      case 'move':
        setSelected(clampSelection(current + action.by, count));
        return;
      case 'deliver':
        void deliver(action.mode, current);
        return;
      case 'pick':
        void deliver('paste', action.index);
        return;
      case 'toVariables':
        firstVariable()?.focus();
        return;
      case 'toSearch':
        searchRef.current?.focus();
        return;
      case 'inquiry':
        setInquiryOpen(true);
        return;
      case 'invoice':
        setInvoiceOpen(true);
        return;
    }
  };

  const setVariable = (key: VariableKey, value: string) =>
    setValues((previous) => ({ ...previous, [key]: value }));

  return (
    // While 发票收集 is open its form takes the place of the search and the lists (panel.css).
    <main className={invoiceOpen ? 'panel panel-invoicing' : 'panel'} onKeyDown={onKeyDown}>
      <ContextLine value={context} onChange={setContext} />
      {inquiryOpen && (
        <InquiryForm
          compact
          idPrefix="panel-inquiry"
          buyerNick={context.buyerNick}
          orderNo={context.orderNo}
          onCancel={() => {
            setInquiryOpen(false);
            searchRef.current?.focus();
          }}
          onLogged={() => {
            setInquiryOpen(false);
            setNotice({ tone: 'success', messageKey: 'inquiries.logged', reasonKey: null });
            searchRef.current?.focus();
          }}
        />
      )}
      {invoiceOpen && (
        <InvoiceRequestForm
          compact
          idPrefix="panel-invoice"
          orderNo={context.orderNo}
          source="panel"
          onCancel={() => setInvoiceOpen(false)}
          onCollected={(result) => {
            setInvoiceOpen(false);
            setNotice(invoiceCollectedNotice(result.warnings));
          }}
        />
      )}
      <SearchBox
        ref={searchRef}
        value={query}
        onChange={changeQuery}
        listId={rows.suggestions.length > 0 ? `${SUGGESTION_LIST_ID} ${RESULT_LIST_ID}` : RESULT_LIST_ID}
        activeId={
          current < 0
            ? undefined
            : inSuggestions
              ? suggestionOptionId(current)
              : resultOptionId(current - rows.suggestions.length)
        }
      />
      <div className="panel-body">
        {count > 0 ? (
          <div className="panel-lists">
            {rows.suggestions.length > 0 && (
              <SuggestionList
                rows={rows.suggestions}
                selected={inSuggestions ? current : -1}
                delivering={delivering}
                updating={suggesting}
                onSelect={setSelected}
                onPaste={(index) => void deliver('paste', index)}
              />
            )}
            {rows.suggestions.length > 0 && rows.results.length > 0 && (
              <h2 className="panel-section-title">{t('panel.suggestions.results')}</h2>
            )}
            {rows.results.length > 0 && (
              <ResultList
                rows={rows.results}
                selected={current - rows.suggestions.length}
                onSelect={(index) => setSelected(rows.suggestions.length + index)}
                onPaste={(index) => void deliver('paste', rows.suggestions.length + index)}
              />
            )}
          </div>
        ) : (
          // A question finds no search results; "nothing found" waits for its suggestions.
          search.answered !== null &&
          !suggesting && (
            <div className="panel-empty">
              <p className="panel-empty-title">{t('panel.noResults')}</p>
              <p>{t('panel.noResultsHint')}</p>
            </div>
          )
        )}
        {count > 0 && (
          <div className="panel-side">
            {search.error && <ErrorBanner error={search.error} />}
            {suggestions.error && <ErrorBanner error={suggestions.error} />}
            <PhrasePreview state={render} />
            {ready && ready.asked.length > 0 && (
              <VariableForm ref={variablesRef} missing={ready.asked} values={values} onChange={setVariable} />
            )}
            {failure && <ErrorBanner error={failure} />}
          </div>
        )}
      </div>
      {count === 0 && search.error && <ErrorBanner error={search.error} />}
      {count === 0 && suggestions.error && <ErrorBanner error={suggestions.error} />}
      <PanelFooter
        total={search.total + rows.suggestions.length}
        shown={count}
        onBack={placement === 'page' ? exit : null}
      >
        {notice && <DeliveryNoticeLine notice={notice} />}
      </PanelFooter>
    </main>
  );
}
