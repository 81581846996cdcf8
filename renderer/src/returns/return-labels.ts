/** Locale keys for return value lists, written out for the i18n test. */
import type { RETURN_KINDS, RETURN_STATUSES } from '../../../db/enums';

export type ReturnKind = (typeof RETURN_KINDS)[number];
export type ReturnStatus = (typeof RETURN_STATUSES)[number];

export const RETURN_KIND_LABEL_KEYS: Readonly<Record<ReturnKind, string>> = {
  return: 'returns.kind.return',
  exchange: 'returns.kind.exchange',
  refundOnly: 'returns.kind.refundOnly',
};

export const RETURN_STATUS_LABEL_KEYS: Readonly<Record<ReturnStatus, string>> = {
  registered: 'returns.status.registered',
  awaitingReturn: 'returns.status.awaitingReturn',
  received: 'returns.status.received',
  refunded: 'returns.status.refunded',
  exchanged: 'returns.status.exchanged',
  closed: 'returns.status.closed',
};
