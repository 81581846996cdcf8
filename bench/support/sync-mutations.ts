/**
 * Deterministic, realistic push batches for the sync benchmarks: a desk's day of order edits,
 * inquiries and phrase pastes as the protocol carries them (`orders.put`, `orders.patch` of the
 * remark and its flag, `inquiries.put`, `phrase_usages.put`), whole rows built from common/sync's
 * column list with Chinese buyer, address, message, remark and product text. The same seed gives
 * the same mutations in every process, so the server child can write the identical payloads as
 * the plain-INSERT floor.
 */
import { PUSH_LIMITS } from '../../common/sync/protocol';
import { fullRow, type MutationInput } from '../../server/test-support/sync-client';
import { createRandom } from '../order-fixture-rows';

/** How many of each mutation kind make up 100 mutations. */
export type MutationMix = {
  orderPuts: number;
  remarkPatches: number;
  inquiryPuts: number;
  usagePuts: number;
};

/** A working desk: new orders from the platform, remarks on them, inquiries and pastes. */
export const DESK_MIX: MutationMix = { orderPuts: 30, remarkPatches: 20, inquiryPuts: 25, usagePuts: 25 };
/** Only new rows (a first sync's worth of data): every mutation adds one row. */
export const ROWS_MIX: MutationMix = { orderPuts: 40, remarkPatches: 0, inquiryPuts: 30, usagePuts: 30 };

const SURNAMES = ['张', '王', '李', '赵', '陈', '刘', '杨', '黄', '周', '吴', '徐', '孙', '马', '朱'];
const GIVEN = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '军', '洋', '艳', '勇', '杰', '娟'];
const NICKS = ['小兔子', '快乐的鱼', '晴天', '木子李', '阿杰同学', '糖糖', '山茶花', '蓝色星球', '老王'];
const ADDRESSES = [
  '浙江省 杭州市 西湖区 文三路 478 号华星时代广场 A 座 1203 室',
  '江苏省 南京市 鼓楼区 中山北路 283 号 2 单元 601',
  '广东省 深圳市 南山区 科技园南区 高新南七道 深圳湾科技生态园 9 栋 B 座',
  '四川省 成都市 武侯区 天府大道北段 1700 号 环球中心 W6 区',
  '北京市 北京市 朝阳区 建国路 93 号万达广场 8 号楼 2108',
  '湖北省 武汉市 洪山区 珞喻路 1037 号 华中科技大学 紫菘公寓 11 栋',
];
const MESSAGES = [
  '',
  '',
  '请尽快发货，谢谢',
  '送人的，请不要放发票和价格单',
  '周末不在家，请工作日送达',
  '能不能发顺丰？差价我补',
  '上次买的很好，这次多买两个送朋友',
];
const REMARKS = [
  '改发顺丰，买家补了运费差价',
  '买家要求周末送达，已备注快递',
  '地址已与买家电话核实',
  '赠品：挂绳 1 条',
  '买家反馈尺寸偏小，建议换大一号',
  '催付 2 次，买家说晚上付款',
  '已申请优先发货',
];
const FLAGS = ['red', 'yellow', 'green', 'blue', 'purple'] as const;
const PRODUCTS = [
  '翡翠平安扣吊坠 A货 送证书',
  '貔貅手链 天然冰种',
  '砗磲手链 随机款',
  '和田玉吊坠 籽料',
  '纯棉四件套 1.8 米床',
  '挂绳 3条装',
];
const NOTES = ['', '', '问了尺码和发货时间', '嫌贵，说再看看', '要等双十一活动', '问能不能开发票'];
const COURIERS = ['圆通速递', '中通快递', '顺丰速运', '韵达快递'];
const STATUSES = ['unpaid', 'paid', 'shipped'] as const;
const LOSS_REASONS = ['price', 'service', 'outOfStock', 'other'] as const;

/** 2026-11-24 09:00 in Shanghai: the bench's working day. */
const DAY_START = Date.UTC(2026, 10, 24, 1, 0, 0);

export type BenchAgent = { agentId: string; token: string };

function uuidFrom(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(random() * 4)]!;
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/**
 * `batches` pushes of PUSH_LIMITS.maxMutations mutations by `agentId`, in the order one desk
 * sends them. Remark patches edit orders this desk put in an earlier batch (or earlier in the
 * same batch, for the first one); inquiries point at those orders too.
 */
export function deskBatches(
  agentId: string,
  batches: number,
  seed: number,
  mix: MutationMix = DESK_MIX,
): MutationInput[][] {
  const { random, pick } = createRandom(seed);
  const size = PUSH_LIMITS.maxMutations;
  if (mix.orderPuts + mix.remarkPatches + mix.inquiryPuts + mix.usagePuts !== size)
    throw new Error(`A mix must add up to ${size} mutations.`);
  const orderIds: string[] = [];
  let orderNo = 3_400_000_000_000_000_000n + BigInt(Math.floor(random() * 1e9)) * 1_000_000n;
  let tick = DAY_START;
  const at = () => (tick += 1 + Math.floor(random() * 400));
  const person = () => pick(SURNAMES) + pick(GIVEN);
  const recentOrder = () =>
    orderIds[orderIds.length - 1 - Math.floor(random() * Math.min(orderIds.length, 200))]!;

  const orderPut = (): MutationInput => {
    const id = uuidFrom(random);
    orderIds.push(id);
    const when = at();
    const status = pick(STATUSES);
    const fen = 990 + Math.floor(random() * 300_000);
    orderNo += 1n;
    return {
      name: 'orders.put',
      args: fullRow('orders', {
        id,
        scope: 'team',
        created_at: when,
        updated_at: when,
        platform: 'taobao',
        order_no: String(orderNo),
        buyer_nick: `${pick(NICKS)}${Math.floor(random() * 10_000)}`,
        status,
        total_fen: fen,
        paid_fen: status === 'unpaid' ? 0 : fen,
        receiver_name: person(),
        receiver_phone: `138${String(Math.floor(random() * 1e8)).padStart(8, '0')}`,
        receiver_address: pick(ADDRESSES),
        buyer_message: pick(MESSAGES),
        courier: status === 'shipped' ? pick(COURIERS) : '',
        tracking_no: status === 'shipped' ? `YT${7_000_000_000_000 + Math.floor(random() * 1e12)}` : '',
        ordered_at: when - 3_600_000,
        paid_at: status === 'unpaid' ? null : when - 3_000_000,
        shipped_at: status === 'shipped' ? when : null,
        review_state: 'none',
        imported_at: when,
      }),
    };
  };
  const remarkPatch = (): MutationInput => {
    const when = at();
    return {
      name: 'orders.patch',
      args: {
        id: recentOrder(),
        fields: { remark: pick(REMARKS), remark_flag: pick(FLAGS), updated_at: when },
      },
    };
  };
  const inquiryPut = (): MutationInput => {
    const when = at();
    const outcome = pick(['pending', 'converted', 'lost'] as const);
    return {
      name: 'inquiries.put',
      args: fullRow('inquiries', {
        id: uuidFrom(random),
        owner_id: agentId,
        scope: 'personal',
        created_at: when,
        updated_at: when,
        order_id: outcome === 'converted' ? recentOrder() : null,
        product: pick(PRODUCTS),
        outcome,
        loss_reason: outcome === 'lost' ? pick(LOSS_REASONS) : null,
        note: pick(NOTES),
        inquired_at: when,
      }),
    };
  };
  const usagePut = (): MutationInput => {
    const when = at();
    return {
      name: 'phrase_usages.put',
      args: fullRow('phrase_usages', {
        id: uuidFrom(random),
        owner_id: agentId,
        scope: 'personal',
        created_at: when,
        updated_at: when,
        phrase_id: uuidFrom(random),
        order_id: random() < 0.5 ? recentOrder() : null,
        action: random() < 0.9 ? 'paste' : 'copy',
        used_at: when,
      }),
    };
  };

  const all: MutationInput[][] = [];
  for (let b = 0; b < batches; b += 1) {
    // Orders first so a batch's remarks and inquiries always have an order to point at.
    const batch = Array.from({ length: mix.orderPuts }, orderPut);
    for (let i = 0; i < mix.remarkPatches; i += 1) batch.push(remarkPatch());
    for (let i = 0; i < mix.inquiryPuts; i += 1) batch.push(inquiryPut());
    for (let i = 0; i < mix.usagePuts; i += 1) batch.push(usagePut());
    all.push(batch);
  }
  return all;
}

/** How many rows the server holds after `batches` of `mix` (patches change rows, add none). */
export const rowsAfter = (batches: number, mix: MutationMix): number =>
  batches * (mix.orderPuts + mix.inquiryPuts + mix.usagePuts);
