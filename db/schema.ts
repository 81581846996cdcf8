/**
 * The whole local domain model (DESIGN.md glossary). Later features add behaviour, not tables.
 *
 * Conventions:
 * - Syncable rows carry `syncColumns()`: UUID id, shopId, owner + scope, timestamps in epoch ms,
 *   `deletedAt` tombstone and the server `version` (0 = never acknowledged by the server).
 * - Money is integer fen (分) so sums never drift; times are epoch milliseconds; calendar days are
 *   `YYYY-MM-DD` strings in the agent's local time zone.
 * - Enumerations live in db/enums.ts so zod schemas and the UI reuse the same lists.
 */
import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  AGENT_ROLES,
  CUSTOMER_TYPES,
  ESCALATION_SOURCE_KINDS,
  ESCALATION_STATUSES,
  INVOICE_KINDS,
  INVOICE_SOURCES,
  INVOICE_STATUSES,
  INVOICE_TITLE_KINDS,
  INQUIRY_OUTCOMES,
  LINT_CATEGORIES,
  LINT_SEVERITIES,
  LOGISTICS_STATES,
  LOSS_REASONS,
  ORDER_STATUSES,
  PHRASE_STAGES,
  PLATFORMS,
  REMARK_FLAGS,
  RETURN_KINDS,
  RETURN_STATUSES,
  REVIEW_STATES,
  ROW_SCOPES,
  TASK_KINDS,
  TASK_PRIORITIES,
  TASK_SOURCES,
  TASK_STATUSES,
  USAGE_ACTIONS,
  USAGE_SOURCES,
} from './enums';

const syncColumns = () => ({
  id: text('id').primaryKey(),
  shopId: text('shop_id').notNull(),
  /** The agent who owns the row; null for shop-wide rows. */
  ownerId: text('owner_id'),
  scope: text('scope', { enum: ROW_SCOPES }).notNull().default('team'),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
  deletedAt: integer('deleted_at'),
  /** Server version stamp; 0 until the server has acknowledged the row. */
  version: integer('version').notNull().default(0),
});

const jsonList = (name: string) =>
  text(name, { mode: 'json' })
    .$type<string[]>()
    .notNull()
    .default(sql`'[]'`);

export const shops = sqliteTable('shops', {
  ...syncColumns(),
  name: text('name').notNull(),
  defaultCourier: text('default_courier').notNull().default(''),
  freeShippingThresholdFen: integer('free_shipping_threshold_fen').notNull().default(0),
  /** 截单时间, `HH:mm` local time. */
  cutoffTime: text('cutoff_time').notNull().default('16:00'),
  timeZone: text('time_zone').notNull().default('Asia/Shanghai'),
});

export const agents = sqliteTable(
  'agents',
  {
    ...syncColumns(),
    name: text('name').notNull(),
    /** 工号 */
    agentCode: text('agent_code').notNull(),
    role: text('role', { enum: AGENT_ROLES }).notNull().default('agent'),
  },
  (t) => [
    uniqueIndex('agents_shop_code')
      .on(t.shopId, t.agentCode)
      .where(sql`${t.deletedAt} is null`),
  ],
);

/** Install-local preferences (language, current agent, hotkeys …); never synced. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
  updatedAt: integer('updated_at').notNull(),
});

export const phraseGroups = sqliteTable(
  'phrase_groups',
  {
    ...syncColumns(),
    name: text('name').notNull(),
    stage: text('stage', { enum: PHRASE_STAGES }).notNull().default('general'),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [index('phrase_groups_shop').on(t.shopId, t.sortOrder)],
);

export const phrases = sqliteTable(
  'phrases',
  {
    ...syncColumns(),
    groupId: text('group_id')
      .notNull()
      .references(() => phraseGroups.id),
    title: text('title').notNull(),
    /** 快捷编码, e.g. `fh`. */
    shortcut: text('shortcut').notNull().default(''),
    body: text('body').notNull(),
    tags: jsonList('tags'),
    /** 买家问题示例: buyer questions this phrase answers, written with it (packs, editor, import). */
    questions: jsonList('questions'),
    stage: text('stage', { enum: PHRASE_STAGES }).notNull().default('general'),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [
    index('phrases_group').on(t.groupId, t.sortOrder),
    index('phrases_shortcut').on(t.shopId, t.shortcut),
  ],
);

export const phraseUsages = sqliteTable(
  'phrase_usages',
  {
    ...syncColumns(),
    phraseId: text('phrase_id').notNull(),
    customerId: text('customer_id'),
    orderId: text('order_id'),
    action: text('action', { enum: USAGE_ACTIONS }).notNull(),
    source: text('source', { enum: USAGE_SOURCES }).notNull().default('search'),
    /**
     * Milliseconds from taking the buyer's question (question hotkey) to this delivery; null when
     * the question was not taken that way, or the gap is too long to be one reply.
     */
    responseMs: integer('response_ms'),
    usedAt: integer('used_at').notNull(),
  },
  (t) => [
    index('phrase_usages_owner_time').on(t.ownerId, t.usedAt),
    index('phrase_usages_phrase').on(t.phraseId),
  ],
);

/**
 * A buyer question an agent picked a phrase for (learned questions): one row per owner, phrase
 * and normalised text, so each agent's picks are its own and the engine sums them over owners.
 * A supervisor's prune tombstones every owner's row, and a tombstone keeps the question from
 * being learned again for that phrase.
 */
export const phraseQuestions = sqliteTable(
  'phrase_questions',
  {
    ...syncColumns(),
    phraseId: text('phrase_id').notNull(),
    /** normalizeQuestion's output: no nick, order number or other digits. */
    text: text('text').notNull(),
    picks: integer('picks').notNull().default(1),
    lastUsedAt: integer('last_used_at').notNull(),
  },
  (t) => [index('phrase_questions_phrase').on(t.phraseId, t.text)],
);

export const lintRules = sqliteTable('lint_rules', {
  ...syncColumns(),
  category: text('category', { enum: LINT_CATEGORIES }).notNull(),
  /** A literal word, or a regular expression when `isRegex`. */
  pattern: text('pattern').notNull(),
  isRegex: integer('is_regex', { mode: 'boolean' }).notNull().default(false),
  /** A softer wording offered to the agent, where the rule has one. */
  suggestion: text('suggestion'),
  severity: text('severity', { enum: LINT_SEVERITIES }).notNull().default('warning'),
  enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
});

export const customers = sqliteTable(
  'customers',
  {
    ...syncColumns(),
    platform: text('platform', { enum: PLATFORMS }).notNull().default('taobao'),
    /** 旺旺ID / buyer nick. */
    nick: text('nick').notNull(),
    name: text('name').notNull().default(''),
    phones: jsonList('phones'),
    addresses: jsonList('addresses'),
    customerType: text('customer_type', { enum: CUSTOMER_TYPES }),
    concerns: jsonList('concerns'),
    tags: jsonList('tags'),
    notes: text('notes').notNull().default(''),
    lastContactAt: integer('last_contact_at'),
  },
  // Tombstones do not hold on to a nick or order number: a deleted record can be created again.
  (t) => [
    uniqueIndex('customers_shop_platform_nick')
      .on(t.shopId, t.platform, t.nick)
      .where(sql`${t.deletedAt} is null`),
  ],
);

export const inquiries = sqliteTable(
  'inquiries',
  {
    ...syncColumns(),
    customerId: text('customer_id').references(() => customers.id),
    orderId: text('order_id'),
    product: text('product').notNull().default(''),
    outcome: text('outcome', { enum: INQUIRY_OUTCOMES }).notNull().default('pending'),
    lossReason: text('loss_reason', { enum: LOSS_REASONS }),
    note: text('note').notNull().default(''),
    inquiredAt: integer('inquired_at').notNull(),
  },
  (t) => [index('inquiries_owner_time').on(t.ownerId, t.inquiredAt)],
);

export const orders = sqliteTable(
  'orders',
  {
    ...syncColumns(),
    platform: text('platform', { enum: PLATFORMS }).notNull().default('taobao'),
    orderNo: text('order_no').notNull(),
    customerId: text('customer_id').references(() => customers.id),
    buyerNick: text('buyer_nick').notNull().default(''),
    status: text('status', { enum: ORDER_STATUSES }).notNull(),
    totalFen: integer('total_fen').notNull().default(0),
    paidFen: integer('paid_fen').notNull().default(0),
    postageFen: integer('postage_fen').notNull().default(0),
    receiverName: text('receiver_name').notNull().default(''),
    receiverPhone: text('receiver_phone').notNull().default(''),
    receiverAddress: text('receiver_address').notNull().default(''),
    buyerMessage: text('buyer_message').notNull().default(''),
    addressVerifiedBy: text('address_verified_by'),
    addressVerifiedAt: integer('address_verified_at'),
    courier: text('courier').notNull().default(''),
    trackingNo: text('tracking_no').notNull().default(''),
    orderedAt: integer('ordered_at'),
    paidAt: integer('paid_at'),
    shippedAt: integer('shipped_at'),
    shipNoticeAt: integer('ship_notice_at'),
    signedAt: integer('signed_at'),
    logisticsState: text('logistics_state', { enum: LOGISTICS_STATES }),
    logisticsCheckedAt: integer('logistics_checked_at'),
    reviewState: text('review_state', { enum: REVIEW_STATES }).notNull().default('none'),
    reviewedAt: integer('reviewed_at'),
    remark: text('remark').notNull().default(''),
    remarkFlag: text('remark_flag', { enum: REMARK_FLAGS }),
    /** When the row last came from an import file; a newer export updates in place. */
    importedAt: integer('imported_at'),
  },
  (t) => [
    uniqueIndex('orders_shop_platform_no')
      .on(t.shopId, t.platform, t.orderNo)
      .where(sql`${t.deletedAt} is null`),
    index('orders_status').on(t.shopId, t.status),
    index('orders_customer').on(t.customerId),
    // The order list's filters and sorts (order-list-query.ts). Partial on live rows, so a
    // page and its total are answered from the index without visiting deleted ones.
    index('orders_list_status')
      .on(t.shopId, t.status, t.shippedAt, t.signedAt, t.logisticsState)
      .where(sql`${t.deletedAt} is null`),
    index('orders_list_ordered_at')
      .on(t.shopId, t.orderedAt)
      .where(sql`${t.deletedAt} is null`),
    index('orders_list_paid_at')
      .on(t.shopId, t.paidAt)
      .where(sql`${t.deletedAt} is null`),
    index('orders_list_shipped_at')
      .on(t.shopId, t.shippedAt)
      .where(sql`${t.deletedAt} is null`),
    index('orders_list_total')
      .on(t.shopId, t.totalFen)
      .where(sql`${t.deletedAt} is null`),
    index('orders_list_logistics_state')
      .on(t.shopId, t.logisticsState)
      .where(sql`${t.deletedAt} is null`),
    index('orders_list_review_state')
      .on(t.shopId, t.reviewState)
      .where(sql`${t.deletedAt} is null`),
    index('orders_list_remark_flag')
      .on(t.shopId, t.remarkFlag)
      .where(sql`${t.deletedAt} is null`),
    index('orders_list_receiver_phone')
      .on(t.shopId, t.receiverPhone)
      .where(sql`${t.deletedAt} is null`),
    // The order search's receiver name (whole or its start) is one range on this index.
    index('orders_list_receiver_name')
      .on(t.shopId, t.receiverName)
      .where(sql`${t.deletedAt} is null`),
    // 待核对 (paid, address not yet checked): a few percent of the orders, found and counted
    // without reading every paid order's row.
    index('orders_list_unverified_address')
      .on(t.shopId, t.paidAt)
      .where(sql`${t.deletedAt} is null and ${t.status} = 'paid' and ${t.addressVerifiedAt} is null`),
  ],
);

export const orderItems = sqliteTable(
  'order_items',
  {
    ...syncColumns(),
    orderId: text('order_id')
      .notNull()
      .references(() => orders.id),
    title: text('title').notNull(),
    sku: text('sku').notNull().default(''),
    quantity: integer('quantity').notNull().default(1),
    priceFen: integer('price_fen').notNull().default(0),
  },
  (t) => [index('order_items_order').on(t.orderId)],
);

/** Every change of an order's remark/flag, with 工号, time and reason (SOP 修改备注). */
export const orderRemarks = sqliteTable(
  'order_remarks',
  {
    ...syncColumns(),
    orderId: text('order_id')
      .notNull()
      .references(() => orders.id),
    remark: text('remark').notNull(),
    flag: text('flag', { enum: REMARK_FLAGS }),
    reason: text('reason').notNull().default(''),
    agentCode: text('agent_code').notNull(),
    remarkedAt: integer('remarked_at').notNull(),
  },
  (t) => [index('order_remarks_order').on(t.orderId, t.remarkedAt)],
);

export const returnCases = sqliteTable(
  'return_cases',
  {
    ...syncColumns(),
    orderId: text('order_id').references(() => orders.id),
    customerId: text('customer_id').references(() => customers.id),
    kind: text('kind', { enum: RETURN_KINDS }).notNull(),
    reason: text('reason').notNull().default(''),
    returnTrackingNo: text('return_tracking_no').notNull().default(''),
    status: text('status', { enum: RETURN_STATUSES }).notNull().default('registered'),
    refundFen: integer('refund_fen').notNull().default(0),
    freightInsurance: integer('freight_insurance', { mode: 'boolean' }).notNull().default(false),
    note: text('note').notNull().default(''),
    registeredBy: text('registered_by').notNull(),
    registeredAt: integer('registered_at').notNull(),
  },
  (t) => [index('return_cases_registered').on(t.shopId, t.registeredAt)],
);

export const tasks = sqliteTable(
  'tasks',
  {
    ...syncColumns(),
    kind: text('kind', { enum: TASK_KINDS }).notNull(),
    title: text('title').notNull(),
    dueAt: integer('due_at'),
    priority: text('priority', { enum: TASK_PRIORITIES }).notNull().default('normal'),
    status: text('status', { enum: TASK_STATUSES }).notNull().default('open'),
    snoozedUntil: integer('snoozed_until'),
    customerId: text('customer_id').references(() => customers.id),
    orderId: text('order_id').references(() => orders.id),
    note: text('note').notNull().default(''),
    source: text('source', { enum: TASK_SOURCES }).notNull().default('manual'),
    /** Complaint handling: which of the 6 steps are done, in order. */
    complaintSteps: text('complaint_steps', { mode: 'json' }).$type<boolean[]>(),
    completedAt: integer('completed_at'),
    /** When the due-time reminder was shown; a task reminds once per due time. */
    remindedAt: integer('reminded_at'),
  },
  (t) => [
    index('tasks_status_due').on(t.shopId, t.status, t.dueAt),
    // A rule never creates the same task twice for an order, whatever became of the first one.
    uniqueIndex('tasks_rule_order_kind')
      .on(t.orderId, t.kind)
      .where(sql`${t.source} = 'rule' and ${t.deletedAt} is null`),
  ],
);

export const checklistTemplates = sqliteTable('checklist_templates', {
  ...syncColumns(),
  name: text('name').notNull(),
  isDefault: integer('is_default', { mode: 'boolean' }).notNull().default(false),
});

export const checklistSteps = sqliteTable(
  'checklist_steps',
  {
    ...syncColumns(),
    templateId: text('template_id')
      .notNull()
      .references(() => checklistTemplates.id),
    /** Stable key so days and logs can refer to a step across template edits. */
    stepKey: text('step_key').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    titleZh: text('title_zh').notNull(),
    titleEn: text('title_en').notNull(),
    helpZh: text('help_zh').notNull().default(''),
    helpEn: text('help_en').notNull().default(''),
    /** Named query giving the step's live count, e.g. `unpaidOrders`. */
    dataLink: text('data_link'),
    /** `HH:mm` reminder time, e.g. 催付 before the cut-off. */
    anchorTime: text('anchor_time'),
    phraseGroupId: text('phrase_group_id'),
  },
  (t) => [index('checklist_steps_template').on(t.templateId, t.sortOrder)],
);

export const checklistDays = sqliteTable(
  'checklist_days',
  {
    ...syncColumns(),
    day: text('day').notNull(),
    templateId: text('template_id').notNull(),
  },
  (t) => [uniqueIndex('checklist_days_owner_day').on(t.ownerId, t.day)],
);

export const checklistItems = sqliteTable(
  'checklist_items',
  {
    ...syncColumns(),
    dayId: text('day_id')
      .notNull()
      .references(() => checklistDays.id),
    stepKey: text('step_key').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    checkedAt: integer('checked_at'),
    note: text('note').notNull().default(''),
    /** Set when the item was carried over unfinished from an earlier day. */
    carriedFromDay: text('carried_from_day'),
    /** When the step's anchor-time reminder was shown; a step reminds once per day. */
    remindedAt: integer('reminded_at'),
  },
  (t) => [uniqueIndex('checklist_items_day_step').on(t.dayId, t.stepKey)],
);

export const dailyLogs = sqliteTable(
  'daily_logs',
  {
    ...syncColumns(),
    day: text('day').notNull(),
    /** The computed 日报 figures; recomputable from the data at any time. */
    payload: text('payload', { mode: 'json' }).notNull(),
    computedAt: integer('computed_at').notNull(),
  },
  (t) => [uniqueIndex('daily_logs_owner_day').on(t.ownerId, t.day)],
);

/**
 * 发票: a buyer's invoice request and its way through 待开 → 已开 → 已发送/已寄出 (or 作废). A team
 * table: every agent of the shop reads and writes it, but each step's `*_by` stamp is the agent
 * who took it, checked by the server from the token (common/sync/column-access.ts). Requests
 * created by an import have a natural id over the order number (one per order), so two desks
 * importing the same export converge; others take new ids.
 */
export const invoices = sqliteTable(
  'invoices',
  {
    ...syncColumns(),
    /** The orders row, when the desk has it. */
    orderId: text('order_id'),
    /** The platform's 订单号, kept even without the orders row. */
    orderNo: text('order_no').notNull().default(''),
    customerId: text('customer_id'),
    buyerNick: text('buyer_nick').notNull().default(''),
    titleKind: text('title_kind', { enum: INVOICE_TITLE_KINDS }).notNull().default('personal'),
    /** 抬头: the person's or the company's name as it goes on the invoice. */
    title: text('title').notNull(),
    /** 税号 (统一社会信用代码), stored uppercase without spaces; null for a personal 抬头. */
    taxNo: text('tax_no'),
    kind: text('kind', { enum: INVOICE_KINDS }).notNull().default('electronic'),
    amountFen: integer('amount_fen').notNull().default(0),
    email: text('email'),
    postAddress: text('post_address'),
    /** 专票: 开户行, 账号, 注册地址, 电话. */
    bankName: text('bank_name'),
    bankAccount: text('bank_account'),
    companyAddress: text('company_address'),
    companyPhone: text('company_phone'),
    status: text('status', { enum: INVOICE_STATUSES }).notNull().default('pending'),
    /** 发票号码, once issued. */
    invoiceNo: text('invoice_no'),
    /** 开票日期, `YYYY-MM-DD`. */
    issuedOn: text('issued_on'),
    /** A paper invoice's 快递单号. */
    trackingNo: text('tracking_no'),
    voidReason: text('void_reason'),
    /** 发票收集 (requested), 发票登记 (registered), issued, sent or posted, voided: when and by whom (agent ids). */
    requestedAt: integer('requested_at'),
    requestedBy: text('requested_by'),
    registeredAt: integer('registered_at'),
    registeredBy: text('registered_by'),
    issuedAt: integer('issued_at'),
    issuedBy: text('issued_by'),
    sentAt: integer('sent_at'),
    sentBy: text('sent_by'),
    voidedAt: integer('voided_at'),
    voidedBy: text('voided_by'),
    source: text('source', { enum: INVOICE_SOURCES }).notNull().default('panel'),
    note: text('note').notNull().default(''),
  },
  (t) => [
    index('invoices_status').on(t.shopId, t.status, t.requestedAt),
    index('invoices_order').on(t.orderId),
    index('invoices_order_no').on(t.shopId, t.orderNo),
  ],
);

/**
 * 升级处理: an agent hands a case (a complaint task, a return, an order) to the supervisor. The
 * owner is the agent who escalated; they and the shop's supervisors read it. The owner writes it
 * except the supervisor's fields (status answered / taken_over, answer, answered_by,
 * first_answer_at, taken_over_by), which only supervisors and admins set (column-access.ts).
 */
export const escalations = sqliteTable(
  'escalations',
  {
    ...syncColumns(),
    sourceKind: text('source_kind', { enum: ESCALATION_SOURCE_KINDS }).notNull(),
    /** The task, return case or order row the case was escalated from. */
    sourceId: text('source_id').notNull(),
    orderNo: text('order_no'),
    customerId: text('customer_id'),
    buyerNick: text('buyer_nick').notNull().default(''),
    reason: text('reason').notNull(),
    /** What the buyer wants (退款, 换货, 补偿 …) in the agent's words. */
    buyerWants: text('buyer_wants').notNull().default(''),
    /** A copy of the complaint task's 6-step checklist state (JSON boolean list), if any. */
    complaintSteps: text('complaint_steps', { mode: 'json' }).$type<boolean[]>(),
    status: text('status', { enum: ESCALATION_STATUSES }).notNull().default('open'),
    /** The supervisor's instruction. */
    answer: text('answer'),
    answeredBy: text('answered_by'),
    takenOverBy: text('taken_over_by'),
    escalatedAt: integer('escalated_at').notNull(),
    firstAnswerAt: integer('first_answer_at'),
    closedAt: integer('closed_at'),
    closedBy: text('closed_by'),
  },
  (t) => [
    index('escalations_status').on(t.shopId, t.status, t.escalatedAt),
    index('escalations_owner').on(t.ownerId, t.escalatedAt),
    index('escalations_source').on(t.sourceId),
  ],
);

/**
 * 每日早会: the supervisor's briefing of a shop day (活动, 重点商品, 注意事项, phrases to push).
 * Library access: supervisors write, everyone reads. One a day: its id is natural over the day.
 * Unpublished (published_at null) it is the supervisor's draft.
 */
export const briefings = sqliteTable(
  'briefings',
  {
    ...syncColumns(),
    /** The shop's day, `YYYY-MM-DD`. */
    day: text('day').notNull(),
    activities: text('activities').notNull().default(''),
    focusProducts: text('focus_products').notNull().default(''),
    notes: text('notes').notNull().default(''),
    /** Phrases pushed with the briefing: a JSON list of at most 20 phrase ids. */
    phraseIds: jsonList('phrase_ids'),
    publishedAt: integer('published_at'),
    publishedBy: text('published_by'),
  },
  (t) => [index('briefings_day').on(t.shopId, t.day)],
);

/** An agent's 已读 of a briefing: own rows (the owner writes, supervisors read all), one per briefing. */
export const briefingReads = sqliteTable(
  'briefing_reads',
  {
    ...syncColumns(),
    briefingId: text('briefing_id').notNull(),
    readAt: integer('read_at').notNull(),
  },
  (t) => [index('briefing_reads_briefing').on(t.briefingId, t.ownerId)],
);

/** Local changes waiting for the server; written in the same transaction as the change. */
export const syncOutbox = sqliteTable('sync_outbox', {
  mutationId: integer('mutation_id').primaryKey({ autoIncrement: true }),
  clientId: text('client_id').notNull(),
  name: text('name').notNull(),
  args: text('args', { mode: 'json' }).notNull(),
  createdAt: integer('created_at').notNull(),
});

/** Client id, pull cursor, last acknowledged mutation, last error … as key/value rows. */
export const syncState = sqliteTable('sync_state', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
  updatedAt: integer('updated_at').notNull(),
});

/**
 * Mutations the server refused, listed under "sync issues". A refusal of the row (scope, status)
 * has had its local effect undone; a refusal of a value (invalid, tooLarge, unstorable) keeps the
 * local row as it is, set aside with the server's row of that moment, until the agent fixes
 * and resends it or discards the local change.
 */
export const syncIssues = sqliteTable('sync_issues', {
  mutationId: integer('mutation_id').primaryKey(),
  name: text('name').notNull(),
  args: text('args', { mode: 'json' }).notNull(),
  errorCode: text('error_code').notNull(),
  messageKey: text('message_key').notNull(),
  rejectedAt: integer('rejected_at').notNull(),
  /** Set-aside refusals only: the server's row (JSON), or null when the server has none. */
  serverRow: text('server_row', { mode: 'json' }),
});

/**
 * Holds its one row only inside the sync engine's own transactions (applying server rows,
 * rolling back a rejected mutation, binding): the outbox triggers stay quiet while it exists,
 * so rows that come from the server are not sent back to it.
 */
export const syncApplyGuard = sqliteTable('sync_apply_guard', {
  id: integer('id').primaryKey(),
});
