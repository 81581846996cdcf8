/** Label keys for escalation statuses, sources and the list filter (locales `escalations.*`). */
import type { MethodInput, MethodOutput } from '../../../electron/api/contract';

export type Escalation = MethodOutput<'escalations.get'>;
export type EscalationStatus = Escalation['status'];
export type EscalationSourceKind = Escalation['sourceKind'];
export type EscalationFilter = NonNullable<MethodInput<'escalations.list'>['status']>;

export const ESCALATION_STATUS_LABEL_KEYS: Record<EscalationStatus, string> = {
  open: 'escalations.status.open',
  answered: 'escalations.status.answered',
  taken_over: 'escalations.status.taken_over',
  closed: 'escalations.status.closed',
};

export const ESCALATION_SOURCE_LABEL_KEYS: Record<EscalationSourceKind, string> = {
  task: 'escalations.source.task',
  return: 'escalations.source.return',
  order: 'escalations.source.order',
};

/** The filters the page offers, in this order; `active` (not closed) first. */
export const ESCALATION_FILTER_LABEL_KEYS: Record<EscalationFilter, string> = {
  active: 'escalations.filter.active',
  open: 'escalations.filter.open',
  answered: 'escalations.filter.answered',
  taken_over: 'escalations.filter.taken_over',
  closed: 'escalations.filter.closed',
  all: 'escalations.filter.all',
};

export const ESCALATION_FILTERS = Object.keys(ESCALATION_FILTER_LABEL_KEYS) as EscalationFilter[];
