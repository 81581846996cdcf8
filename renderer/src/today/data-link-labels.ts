/** What each checklist data link reads as (the step's count button, the editor's choice). */
import type { MethodOutput } from '../../../electron/api/contract';

export type DataLink = MethodOutput<'checklist.template'>['dataLinks'][number];

export const DATA_LINK_LABEL_KEYS: Record<DataLink, string> = {
  overdueTasks: 'checklist.link.overdueTasks',
  pendingInquiries: 'checklist.link.pendingInquiries',
  paidUnverified: 'checklist.link.paidUnverified',
  shippedTodayWithoutNotice: 'checklist.link.shippedTodayWithoutNotice',
  unpaidOrders: 'checklist.link.unpaidOrders',
  shippedNotSigned: 'checklist.link.shippedNotSigned',
  logisticsExceptions: 'checklist.link.logisticsExceptions',
  unreviewedCompleted: 'checklist.link.unreviewedCompleted',
  openBadReviews: 'checklist.link.openBadReviews',
  returnsToday: 'checklist.link.returnsToday',
  openComplaints: 'checklist.link.openComplaints',
};
