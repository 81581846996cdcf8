/** Value lists shared by the schema, the zod contract and the UI (labels live in the locales). */

export const ROW_SCOPES = ['team', 'personal'] as const;
export const AGENT_ROLES = ['agent', 'supervisor', 'admin'] as const;
/** The roles a desktop profile can take; `admin` exists only on the central server. */
export const PROFILE_ROLES = ['agent', 'supervisor'] as const;
export const PLATFORMS = ['taobao', 'tmall', 'jd', 'pdd', 'douyin', 'other'] as const;
/** 售前 / 售中 / 售后 / 通用 */
export const PHRASE_STAGES = ['presale', 'insale', 'aftersale', 'general'] as const;
export const USAGE_ACTIONS = ['paste', 'copy'] as const;
/** How the agent found the phrase they delivered: typed a search, took a suggestion, or a pinned hotkey. */
export const USAGE_SOURCES = ['search', 'suggestion', 'pinned'] as const;
/** `invoice`: promises about 发票 the shop must never make (虚开, 改品名, 多开金额 …). */
export const LINT_CATEGORIES = ['negative', 'absolute', 'diversion', 'variable', 'invoice'] as const;
export const LINT_SEVERITIES = ['warning', 'error'] as const;
/** 交际型 购买型 礼貌型 讲价型 拍下不买 */
export const CUSTOMER_TYPES = ['sociable', 'decisive', 'polite', 'bargainer', 'nonPayer'] as const;
/** 买家顾虑: 信用 低价质量 选哪款 支付安全 物流 破损 退货运费 */
export const CONCERNS = [
  'credit',
  'lowPriceQuality',
  'whichToChoose',
  'paymentSafety',
  'delivery',
  'damage',
  'returnPostage',
] as const;
/** 成交 / 未成交, with `pending` while the consultation is still open. */
export const INQUIRY_OUTCOMES = ['pending', 'converted', 'lost'] as const;
/** 价格 服务 缺货 其他 */
export const LOSS_REASONS = ['price', 'service', 'outOfStock', 'other'] as const;
export const ORDER_STATUSES = ['unpaid', 'paid', 'shipped', 'completed', 'closed'] as const;
/** 运输中 派送中 已签收 异常 */
export const LOGISTICS_STATES = ['inTransit', 'delivering', 'signed', 'exception'] as const;
export const REVIEW_STATES = ['none', 'good', 'neutral', 'bad'] as const;
/** 小红旗 colours as the platforms offer them. */
export const REMARK_FLAGS = ['red', 'yellow', 'green', 'blue', 'purple'] as const;
/** 退货 换货 仅退款 */
export const RETURN_KINDS = ['return', 'exchange', 'refundOnly'] as const;
export const RETURN_STATUSES = [
  'registered',
  'awaitingReturn',
  'received',
  'refunded',
  'exchanged',
  'closed',
] as const;
export const TASK_KINDS = [
  'urgePayment',
  'verifyAddress',
  'shipNotice',
  'logisticsCheck',
  'logisticsException',
  'callback',
  'reviewInvite',
  'badReview',
  'complaint',
  'returnCase',
  /** 开票: an invoice 待开 too long on a finished order (rule). */
  'invoice',
  'custom',
] as const;
export const TASK_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export const TASK_STATUSES = ['open', 'done', 'cancelled', 'snoozed'] as const;
export const TASK_SOURCES = ['manual', 'rule'] as const;
export const LANGUAGES = ['zh-CN', 'en-US'] as const;

/** 发票抬头: 个人 or a company (a company's 抬头 comes with its 税号). */
export const INVOICE_TITLE_KINDS = ['personal', 'company'] as const;
/** 电子普票 / 纸质普票 / 增值税专用发票 (专票 also needs bank, account, address and phone). */
export const INVOICE_KINDS = ['electronic', 'paper', 'special'] as const;
/** 待开 → 已开 → 已发送/已寄出, and 作废 with a reason. */
export const INVOICE_STATUSES = ['pending', 'issued', 'sent', 'void'] as const;
/** Where a request came from: the reply panel, the order page, an order export's 发票抬头, the CLI. */
export const INVOICE_SOURCES = ['panel', 'order_page', 'import', 'cli'] as const;
/** What an escalation (升级处理) was raised from: a complaint task, a return, an order. */
export const ESCALATION_SOURCE_KINDS = ['task', 'return', 'order'] as const;
/** `answered` and `taken_over` are the supervisor's to set (common/sync/column-access.ts). */
export const ESCALATION_STATUSES = ['open', 'answered', 'taken_over', 'closed'] as const;

export type Language = (typeof LANGUAGES)[number];
export type AgentRole = (typeof AGENT_ROLES)[number];
