/**
 * Generated orders in the Taobao "已卖出的宝贝" CSV layout (GBK, CRLF, `="…"` numbers, `'` phones),
 * deterministic, for the import and list benchmarks.
 */
import iconv from 'iconv-lite';

const HEADER =
  '订单编号,买家会员名,买家支付宝账号,买家应付货款,买家应付邮费,买家支付积分,总金额,返点积分,买家实际支付金额,买家实际支付积分,订单状态,买家留言,收货人姓名,收货地址 ,运送方式,联系电话 ,联系手机,订单创建时间,订单付款时间 ,宝贝标题 ,宝贝种类 ,物流单号 ,物流公司,订单备注,宝贝总数量,店铺Id,店铺名称,订单关闭原因,卖家服务费,买家服务费,发票抬头,是否手机订单,分阶段订单信息,特权订金订单id,定金排名,修改后的sku,修改后的收货地址,异常信息,天猫卡券抵扣,集分宝抵扣,是否是O2O交易';

const STATUSES = [
  '等待买家付款',
  '买家已付款，等待卖家发货',
  '卖家已发货，等待买家确认',
  '卖家已发货，等待买家确认',
  '交易成功',
  '交易成功',
  '交易关闭',
];
const TITLES = [
  '翡翠平安扣吊坠 A货 送证书',
  '貔貅手链 天然冰种',
  '砗磲手链 随机款',
  '和田玉吊坠 籽料',
  '挂绳 3条装',
];
const CITIES = [
  '浙江省 杭州市 西湖区 文三路',
  '江苏省 南京市 鼓楼区 中山北路',
  '广东省 深圳市 南山区 科技园',
];
const FLAGS = ['红', '黄', '绿', '蓝', '紫'];

export function createRandom(seed: number) {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { random, pick: <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]! };
}

const two = (n: number) => String(n).padStart(2, '0');

export function taobaoOrdersCsv(count: number, seed = 20261124): Buffer {
  const { random, pick } = createRandom(seed);
  const lines = [HEADER];
  for (let i = 1; i <= count; i += 1) {
    const status = pick(STATUSES);
    const buyer = Math.floor(random() * count * 0.6);
    const goods = 1000 + Math.floor(random() * 200_000);
    const postage = random() < 0.8 ? 0 : 1000;
    const day = 1 + Math.floor(random() * 28);
    const ordered = `2026-11-${two(day)} ${two(Math.floor(random() * 24))}:${two(Math.floor(random() * 60))}:00`;
    const paid = status === '等待买家付款' || random() < 0.05 ? '' : ordered;
    const shipped = status.startsWith('卖家已发货') || status === '交易成功';
    const remark =
      random() < 0.1 ? `[${pick(FLAGS)}旗] 改地址 工号${100 + (i % 50)} 2026-11-${two(day)} 15:00` : '';
    const message = random() < 0.1 ? '"请尽快发货，谢谢, 周末不在家"' : '';
    const money = (fen: number) => (fen / 100).toFixed(2);
    lines.push(
      [
        `="${String(3_300_000_000_000_000_000n + BigInt(i))}"`,
        `买家${buyer}`,
        'x***@163.com',
        money(goods),
        money(postage),
        '0',
        money(goods + postage),
        '0',
        status === '交易关闭' ? '0.00' : money(goods + postage),
        '0',
        status,
        message,
        `收货人${buyer % 997}`,
        `${pick(CITIES)} ${buyer % 300}号(310012)`,
        '快递',
        '',
        `'138${String(buyer).padStart(8, '0')}`,
        ordered,
        paid,
        pick(TITLES),
        '1',
        shipped ? `YT${7_000_000_000_000 + i}` : '',
        shipped ? '圆通速递' : '',
        remark,
        String(1 + (i % 3)),
        '',
        '示例旗舰店',
        '',
        '0',
        '0元',
        '',
        '手机订单',
        '',
        '',
        '',
        '',
        '',
        '',
        '0.00',
        '0.00',
        '否',
      ].join(','),
    );
  }
  return iconv.encode(lines.join('\r\n'), 'gbk');
}
