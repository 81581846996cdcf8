/**
 * 商品转化: per product the inquiries, conversions, 转化率 and the commonest loss reason, worst
 * conversion first (as the API orders it), so the product that needs a look is on top.
 */
import { useTranslation } from 'react-i18next';
import type { InquiryAnalysisResponse } from '../../../console-api';
import { formatPercent, NO_VALUE } from '../format/format';
import { LOSS_REASON_KEYS } from '../ui/labels';
import { SortableTable } from '../ui/SortableTable';

type Product = InquiryAnalysisResponse['products'][number];

export function ProductTable({ products }: { products: readonly Product[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="products-title">
      <div className="section-title">
        <h2 id="products-title">{t('console.analysis.products')}</h2>
        <span className="muted">{t('console.analysis.productsHint')}</span>
      </div>
      <SortableTable
        caption={t('console.analysis.products')}
        captionHidden
        columns={[
          {
            id: 'product',
            header: t('console.column.product'),
            value: (row) => row.product || t('console.analysis.noProduct'),
            cellClass: () => 'wrap',
          },
          {
            id: 'inquiries',
            header: t('console.column.inquiries'),
            value: (row) => row.inquiries,
            numeric: true,
          },
          {
            id: 'converted',
            header: t('console.column.converted'),
            value: (row) => row.converted,
            numeric: true,
          },
          { id: 'lost', header: t('console.column.lost'), value: (row) => row.lost, numeric: true },
          {
            id: 'rate',
            header: t('console.column.conversionRate'),
            value: (row) => row.rate,
            render: (row) => formatPercent(row.rate),
            numeric: true,
          },
          {
            id: 'reason',
            header: t('console.column.mainLossReason'),
            value: (row) => (row.mainLossReason ? t(LOSS_REASON_KEYS[row.mainLossReason]) : NO_VALUE),
          },
        ]}
        rows={products}
        rowKey={(row) => row.product}
        empty={t('console.analysis.noInquiries')}
      />
    </section>
  );
}
