/**
 * The rule set a new shop starts with. Four families, as 客服 training teaches them:
 * - negative language (warning): words that sound like a refusal or a shrug to the buyer; each
 *   comes with the softer wording a team lead would suggest;
 * - 广告法极限词 (error): absolute claims the Advertising Law forbids and platforms punish;
 * - diversion off the platform (error): contact or payment outside the platform, which breaks
 *   platform rules and exposes buyers to fraud;
 * - invoice promises (error): 发票 the shop may not issue — false or inflated invoices (虚开 is a
 *   crime, not a wording slip), another item name, a price "without tax" or a surcharge for the
 *   invoice. Seed training warns that a wrong invoice answer to a malicious buyer has serious
 *   consequences, so the agent is stopped before pasting one.
 * Regex rules are used only where a bare word would flag innocent everyday speech (最近, 第一时间,
 * 加我们, "best regards"). English rules sit in the same list: the linter is language-blind, and a
 * shop that serves both kinds of buyers wants both.
 */
import type { LintRuleData } from './reply-lint';

type DefaultRule = Omit<LintRuleData, 'id'>;

function rule(
  category: DefaultRule['category'],
  severity: DefaultRule['severity'],
  pattern: string,
  suggestion: string | null,
  isRegex = false,
): DefaultRule {
  return { category, pattern, isRegex, suggestion, severity, enabled: true };
}

const negative = (pattern: string, suggestion: string, isRegex = false) =>
  rule('negative', 'warning', pattern, suggestion, isRegex);
const absolute = (pattern: string, suggestion: string | null, isRegex = false) =>
  rule('absolute', 'error', pattern, suggestion, isRegex);
const diversion = (pattern: string, suggestion: string | null, isRegex = false) =>
  rule('diversion', 'error', pattern, suggestion, isRegex);
const invoice = (pattern: string, suggestion: string, isRegex = false) =>
  rule('invoice', 'error', pattern, suggestion, isRegex);

const TRUE_INVOICE = '发票按实际购买的商品和实付金额如实开具';
const TRUE_INVOICE_EN = 'Invoices show the items bought and the amount actually paid';

const STAY_ON_PLATFORM = '请在平台内沟通与付款，有任何问题我都在这里为您处理';
const STAY_ON_PLATFORM_EN = 'Keep chat and payment on the platform: we can help you right here';

const ZH_NEGATIVE: DefaultRule[] = [
  negative('不能', '暂时无法…，我们可以帮您…'),
  negative('不行', '这个方式暂时办不到，我帮您看看其他办法'),
  negative('不可以', '暂时无法这样处理，我们可以帮您…'),
  negative('没办法', '我帮您想想办法'),
  negative('没有办法', '我帮您想想办法'),
  negative('不知道', '我帮您确认一下'),
  negative('不清楚', '我帮您核实一下'),
  negative('但是', '同时 / 另外'),
  negative('不归我管', '我帮您联系负责的同事跟进'),
  negative('不关我们的事', '我们来帮您一起跟进'),
  negative('不是我们的问题', '我们一起看看是哪里出了问题'),
  negative('你自己看', '我帮您看一下'),
  negative('自己去查', '我帮您查一下'),
  negative('不可能', '这种情况比较少见，我马上帮您核实'),
  negative('随便', '您可以按自己的喜好选，我也可以帮您推荐'),
  negative('我已经说过了', '我再为您说明一下'),
  negative('听不懂', '可能是我没说清楚，我换个说法'),
  negative('这是规定', '为了保障您的权益，平台是这样安排的'),
  negative('你去找快递', '我们来联系快递帮您处理'),
  negative('爱买不买', '您可以再考虑一下，有问题随时问我'),
];

const ZH_ABSOLUTE: DefaultRule[] = [
  // 最近 最后 最终 最晚 最迟 最早 最多 最少 are time and quantity words, not claims.
  absolute('最(?![近后终晚迟早多少])', '很 / 非常', true),
  absolute('最好', '很好 / 口碑不错'),
  absolute('最低', '很实惠 / 优惠力度大'),
  absolute('最佳', '很合适'),
  absolute('最便宜', '价格实惠'),
  absolute('全网最低', '价格实惠'),
  // 第一时间 第一次 第一步 第一天 are everyday phrases; 第一 as a ranking is the claim.
  absolute('第一(?!时间|次|步|天)', '热销 / 深受欢迎', true),
  absolute('顶级', '优质 / 高品质'),
  absolute('国家级', null),
  absolute('世界级', null),
  absolute('100\\s*[%％]', '正品保障 / 请放心', true),
  absolute('百分百', '正品保障 / 请放心'),
  absolute('百分之百', '正品保障 / 请放心'),
  absolute('绝对', '请放心 / 我们会尽力'),
  absolute('首选', '值得推荐'),
  absolute('万能', '用途很广'),
  absolute('永久', '长期 / 耐用'),
  absolute('唯一', '有特色的'),
  absolute('独家', '本店特色'),
  absolute('史上', null),
  absolute('极致', '很用心'),
  absolute('无敌', '表现出色'),
  absolute('完美', '很出色'),
  absolute('零风险', '有保障'),
];

const ZH_DIVERSION: DefaultRule[] = [
  diversion('微信', STAY_ON_PLATFORM),
  diversion('加微信', STAY_ON_PLATFORM),
  diversion('V信', STAY_ON_PLATFORM),
  diversion('威信', STAY_ON_PLATFORM),
  diversion('薇信', STAY_ON_PLATFORM),
  diversion('vx', STAY_ON_PLATFORM),
  diversion('wx', STAY_ON_PLATFORM),
  diversion('weixin', STAY_ON_PLATFORM),
  diversion('QQ', STAY_ON_PLATFORM),
  diversion('扣扣', STAY_ON_PLATFORM),
  // 加我们的会员 is an invitation inside the shop; 加我 alone asks for a private contact.
  diversion('加我(?!们)', STAY_ON_PLATFORM, true),
  diversion('私聊', STAY_ON_PLATFORM),
  diversion('私下转账', STAY_ON_PLATFORM),
  diversion('私下交易', STAY_ON_PLATFORM),
  diversion('支付宝转账', STAY_ON_PLATFORM),
  diversion('银行卡转账', STAY_ON_PLATFORM),
  diversion('线下交易', STAY_ON_PLATFORM),
  diversion('转账给我', STAY_ON_PLATFORM),
];

const ZH_INVOICE: DefaultRule[] = [
  invoice('虚假发票', TRUE_INVOICE),
  invoice('虚开', TRUE_INVOICE),
  invoice('假发票', TRUE_INVOICE),
  // 多开心 is happiness, not an invoice.
  invoice('多开(?!心)', '开票金额以实付金额为准', true),
  invoice('(?:金额|发票)开(?:高|大)|开(?:高|大)(?:一)?点|开(?:高|大)金额', '开票金额以实付金额为准', true),
  invoice(
    '改品名|换(?:个|一下)?品名|开(?:别的|其他|成别的)品名|品名(?:随便|可以改|改成|写成)|开成办公用品',
    '发票品名按实际购买的商品开具',
    true,
  ),
  invoice('不含税', '商品价格已含税，开票不另外收费'),
  invoice('不(?:要|开)(?:发)?票(?:的话)?(?:可以|能)?(?:便宜|优惠|少|减)', '是否开票价格都一样', true),
  invoice(
    '(?:开票|发票)(?:要|需要|得)?(?:加|另加|补)(?:点|税点|钱|税)|加税点',
    '商品价格已含税，开票不另外收费',
    true,
  ),
];

const EN_INVOICE: DefaultRule[] = [
  invoice('\\b(?:fake|false|bogus) invoices?\\b', TRUE_INVOICE_EN, true),
  invoice('\\b(?:inflate|raise|increase)d? (?:the )?(?:invoice|invoiced amount)\\b', TRUE_INVOICE_EN, true),
  invoice('\\binvoice (?:you )?(?:for )?more than\\b', TRUE_INVOICE_EN, true),
  invoice(
    '\\b(?:change|another|different|other) (?:the )?(?:item|product) names? on the invoice\\b',
    'The invoice names the items actually bought',
    true,
  ),
  invoice(
    '\\b(?:excluding|without|before|ex\\.?) tax\\b|\\btax[- ]free price\\b',
    'Our prices include tax; the invoice costs nothing extra',
    true,
  ),
];

const EN_NEGATIVE: DefaultRule[] = [
  negative("\\bcan[’']?t\\b", 'we are not able to … yet; what we can do is …', true),
  negative('cannot', 'we are not able to … yet; what we can do is …'),
  negative("\\bwon[’']?t\\b", 'let me see what we can do', true),
  negative('impossible', 'that is unusual; let me check it for you'),
  negative('no way', 'let me look for another option'),
  negative("\\bdon[’']?t know\\b", 'let me check that for you', true),
  negative('not my job', 'let me pass this to the right colleague'),
  negative('not our fault', "let's find out together what went wrong"),
  negative('calm down', 'I understand, and I am here to help'),
  negative('as I said', 'to put it another way'),
];

// 100% is not repeated here: the 100\s*[%％] rule above already covers English replies.
const EN_ABSOLUTE: DefaultRule[] = [
  // "Best regards" and "best wishes" close letters; "the best" makes a claim.
  absolute('\\bbest\\b(?!\\s+(?:regards|wishes))', 'great / popular', true),
  absolute('#1', 'popular / well reviewed'),
  absolute('number one', 'popular / well reviewed'),
  absolute('cheapest', 'great value'),
  absolute('lowest price', 'great value'),
  absolute('guaranteed', 'covered by our after-sales service'),
  absolute('world-class', null),
  absolute('perfect', 'excellent'),
];

const EN_DIVERSION: DefaultRule[] = [
  diversion('WhatsApp', STAY_ON_PLATFORM_EN),
  diversion('WeChat', STAY_ON_PLATFORM_EN),
  diversion('Telegram', STAY_ON_PLATFORM_EN),
  diversion('pay outside', STAY_ON_PLATFORM_EN),
  diversion('outside the platform', STAY_ON_PLATFORM_EN),
  diversion('bank transfer', STAY_ON_PLATFORM_EN),
  diversion('PayPal', STAY_ON_PLATFORM_EN),
  diversion('add me', STAY_ON_PLATFORM_EN),
];

export const DEFAULT_LINT_RULES: DefaultRule[] = [
  ...ZH_NEGATIVE,
  ...ZH_ABSOLUTE,
  ...ZH_DIVERSION,
  ...ZH_INVOICE,
  ...EN_NEGATIVE,
  ...EN_ABSOLUTE,
  ...EN_DIVERSION,
  ...EN_INVOICE,
];
