/**
 * The deterministic 客服 phrase library the benchmarks search: mixed Chinese/English titles, bodies,
 * tags and pinyin-initial shortcuts, drawn from one seeded PRNG. Callers that draw more from the
 * same stream (queries, usage) share `random`, so a run is reproducible end to end.
 */
import { pinyin } from 'pinyin-pro';
import type { SearchablePhrase } from '../../common/phrases/phrase-search';

/** mulberry32: tiny, seeded, good enough to make the same library every run. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const ZH_WORDS = [
  '发货',
  '快递',
  '退货',
  '换货',
  '包邮',
  '优惠',
  '尺码',
  '颜色',
  '质量',
  '物流',
  '签收',
  '催付',
  '好评',
  '售后',
  '正品',
  '赠品',
  '运费',
  '发票',
  '库存',
  '预售',
  '尺寸',
  '材质',
  '色差',
  '破损',
  '补发',
  '退款',
  '满减',
  '优惠券',
  '会员',
  '积分',
  '地址',
  '修改',
  '备注',
  '顺丰',
  '中通',
  '圆通',
  '韵达',
  '申通',
  '银行卡',
  '重量',
  '长度',
  '还价',
  '行情',
  '拍下',
  '付款',
  '到货',
  '时间',
  '保修',
  '安装',
  '说明书',
  '现货',
  '定制',
  '差评',
  '投诉',
  '回访',
  '改价',
  '拒收',
  '丢件',
  '延迟',
  '加急',
  '礼盒',
  '包装',
  '清洗',
  '保养',
  '面料',
];
const ZH_FILLERS = [
  '亲',
  '您好',
  '我们',
  '会',
  '尽快',
  '为您',
  '安排',
  '请',
  '耐心',
  '等待',
  '哦',
  '的',
  '了',
  '已经',
  '帮您',
  '核实',
  '一下',
  '感谢',
  '支持',
  '小店',
  '这边',
  '马上',
  '处理',
  '如果',
  '有',
  '问题',
  '随时',
  '联系',
  '客服',
  '可以',
  '选择',
  '放心',
  '保证',
  '今天',
  '明天',
  '下单',
  '48小时内',
  '7天无理由',
  '{买家昵称}',
  '{订单号}',
];
const TITLE_SUFFIXES = ['', '说明', '流程', '时间', '问题', '话术', '政策', '提醒', '咨询'];
export const EN_WORDS = [
  'free',
  'shipping',
  'refund',
  'return',
  'exchange',
  'size',
  'color',
  'quality',
  'delivery',
  'tracking',
  'coupon',
  'discount',
  'invoice',
  'order',
  'package',
  'gift',
  'warranty',
  'stock',
  'presale',
  'express',
  'address',
  'payment',
  'thanks',
  'sorry',
  'please',
  'waiting',
  'today',
  'tomorrow',
  'iphone',
  'vip',
];
export const GROUPS = [
  '售前-欢迎',
  '售前-库存',
  '售前-价格',
  '售前-尺码',
  '售中-催付',
  '售中-地址',
  '售中-发货',
  '售中-物流',
  '售后-退换',
  '售后-退款',
  '售后-评价',
  '售后-投诉',
  '通用-结束语',
  '通用-感谢',
  'General',
  'Shipping',
];

export function initialsOf(word: string): string {
  return pinyin(word, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toLowerCase();
}

export function spellingOf(word: string): string {
  return pinyin(word, { toneType: 'none', type: 'array', v: true }).join('');
}

export interface PhraseCorpus {
  random: () => number;
  pick: <T>(items: readonly T[]) => T;
  between: (low: number, high: number) => number;
  generatePhrases: (count: number) => SearchablePhrase[];
}

export function createPhraseCorpus(seed: number): PhraseCorpus {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));

  function words(count: number, english: number): string[] {
    return Array.from({ length: count }, () => (random() < english ? pick(EN_WORDS) : pick(ZH_WORDS)));
  }

  function generatePhrases(count: number): SearchablePhrase[] {
    const usedShortcuts = new Set<string>();
    return Array.from({ length: count }, (_, i): SearchablePhrase => {
      const language = random();
      const english = language < 0.15 ? 1 : language < 0.3 ? 0.4 : 0;
      const titleWords = words(between(1, 3), english);
      const title =
        (english === 1 ? titleWords.join(' ') : titleWords.join('')) +
        (english === 1 ? '' : pick(TITLE_SUFFIXES));
      const body = Array.from({ length: between(12, 40) }, () =>
        english === 1
          ? pick(EN_WORDS)
          : random() < 0.3
            ? pick(ZH_WORDS)
            : random() < 0.1
              ? pick(EN_WORDS)
              : pick(ZH_FILLERS),
      ).join(english === 1 ? ' ' : '');
      let shortcut = '';
      if (random() < 0.6) {
        const stem = titleWords.map(initialsOf).join('').slice(0, 4);
        shortcut = stem;
        for (let n = 2; usedShortcuts.has(shortcut); n += 1) shortcut = `${stem}${n}`;
        usedShortcuts.add(shortcut);
      }
      return {
        id: `p${String(i).padStart(5, '0')}`,
        title,
        shortcut,
        body,
        tags: words(between(0, 3), english),
        groupName: pick(GROUPS),
        sortOrder: i,
      };
    });
  }

  return { random, pick, between, generatePhrases };
}
