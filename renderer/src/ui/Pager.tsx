/** 上一页 / 下一页 under a paged list, with "page n of m (total)". `page` counts from 0. */
import { useTranslation } from 'react-i18next';

export function Pager({
  page,
  pages,
  total,
  onPage,
}: {
  page: number;
  pages: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="pager">
      <span className="muted">{t('common.pageOf', { page: page + 1, pages, total })}</span>
      <button type="button" className="button-small" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {t('common.previous')}
      </button>
      <button
        type="button"
        className="button-small"
        disabled={page + 1 >= pages}
        onClick={() => onPage(page + 1)}
      >
        {t('common.next')}
      </button>
    </div>
  );
}
