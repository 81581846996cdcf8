/**
 * The built-in e-commerce lexicon: for each situation a buyer writes about, the words and short
 * patterns that name it, in buyers' wording and in the wording shops write their replies in.
 * The same cues are looked for in a question and in a phrase's own text, which is how a shop's
 * imported phrases with no example questions are still found from what buyers write.
 *
 * English cues serve English libraries and buyers (the en-US pack); an ASCII cue matches whole
 * words, a plural `s` allowed.
 *
 * A cue is a literal after question normalisation (simplified, lower case, digits as `#`), or
 * parts joined by `~`: each part follows the previous one within GAP_CHARS characters
 * (`什么时候~发` finds 什么时候给我发). A cue's weight says how surely it names the situation:
 * 1 when it can hardly mean anything else, less for words that also serve other situations
 * (快递 is asked about in logistics questions too).
 */
import type { IntentId } from './suggestion-types';

export const GAP_CHARS = 6;

export interface IntentCue {
  text: string;
  weight: number;
}

/** `word` or `word:0.5`: the compact form the table below is written in. */
type CueSpec = string;

// A table: one situation per entry, its cues packed as a reader scans them.
// prettier-ignore
const LEXICON: Record<IntentId, CueSpec[]> = {
  greeting: [
    '你好', '您好', '在吗', '在么', '在嘛', '在不', '在的吗', '在伐', '再吗', '在没', '在不在:0.6', '有人吗',
    '有人在', '有人没', '哈喽', 'hello', 'hi', '嗨', '问候', '欢迎', '小姐姐:0.6', '小哥哥:0.6', '客服:0.3',
    '请问:0.2', '打扰', '咨询一下:0.5', '问一下:0.4', '问个事',
    'hey', 'anyone there', 'good morning',
  ],
  stillThere: [
    '还在吗', '还在不', '还在么', '人呢', '怎么不回', '不回复', '没人回', '回一下', '理我', '在不在', '没人理',
    '怎么不说话', '跟进:0.5', '回我', '回个话', '怎么没人', '不回消息', '没回',
    'still there', 'are you there', 'no reply', 'why no answer',
  ],
  stock: [
    '有货', '有现货', '现货', '库存', '还有吗', '还有没有', '有没有货', '能拍', '可以拍', '还能买', '能买吗',
    '拍下就', '还有不', '有货不', '有吗:0.5', '还有多少', '卖完:0.5', '有没有:0.3', '还有:0.3', '在售', '能下单', '有卖',
    '有库存', '现货吗',
    'in stock', 'available', 'still have', 'sold out:0.5',
  ],
  outOfStock: [
    '缺货', '没货', '断货', '补货', '到货通知', '什么时候有货', '啥时候有货', '售罄', '卖完了', '无货', '没有货',
    '卖光', '下架', '没了吗', '还会再', '再上', '上新', '什么时候有', '预订', '没有了吗', '到货提醒', '还补',
    'out of stock', 'restock', 'back in stock', 'sold out',
  ],
  shipTime: [
    '什么时候发', '啥时候发', '几时发', '何时发', '多久发', '几天发', '发货时间', '今天能发', '今天发', '当天发',
    '明天发', '发走', '尽快发', '马上发', '截单', '发货时效', '多久能发', '什么时候~发货', '啥时候~发',
    '什么时候~发', '今天~发', '能不能~发', '发货快', '几点前', '次日发', '#小时内发', '多久出库', '出库', '给我发:0.5',
    '发货:0.4', '发出:0.4', '时效:0.4',
    'when will you ship', 'when do you ship', 'ship today', 'dispatch', 'ship my order', 'shipping time:0.6',
  ],
  urgeShipping: [
    '还没发', '怎么还不发', '还不发', '催一下', '催发货', '快点发', '赶紧发', '什么时候才发', '才发', '还没发货',
    '几天了~没发', '拍了~没发', '怎么不发', '一直不发', '迟迟不发', '催促发货', '急用:0.5', '快点:0.4',
    'not shipped yet', 'still not shipped', 'hurry', 'ship faster',
  ],
  courier: [
    '什么快递', '哪家快递', '啥快递', '哪个快递', '发什么快递', '快递公司', '顺丰', '中通', '圆通', '韵达', '申通',
    '邮政', 'ems', '京东快递', '京东物流', '极兔', '德邦', '换快递', '指定快递', '物流公司', '换成~快递', '默认发',
    '发哪家', '快递:0.4',
    'courier', 'which carrier', 'sf express', 'delivery company',
  ],
  arrival: [
    '多久到', '几天到', '多久能到', '几天能到', '多少天', '多久收到', '能收到', '到货时间', '送到', '寄到',
    '什么时候到', '啥时候到', '几天能收', '多久能收', '多久可以收', '收到货', '到~要多久', '到~多久', '能到',
    '之前到', '来得及', '赶得上', '几号到', '到货时效', '到货:0.6', '要多久:0.5', '几天:0.4', '时效:0.4',
    '能送到',
    'how long', 'how many days', 'when will it arrive', 'arrive', 'delivery time',
  ],
  bargain: [
    '便宜', '优惠', '少点', '少一点', '打折', '折扣', '降价', '减价', '让点', '抹零', '抹个零', '砍价', '讲价',
    '议价', '诚心要', '最低', '能少', '再少', '少#', '优惠券', '满减:0.5', '价格能', '实惠', '少些', '便宜点',
    '包个', '多买', '买两个', '批发', '送点:0.3', '价格:0.4',
    'discount', 'cheaper', 'lower the price', 'best price', 'coupon',
  ],
  tooExpensive: [
    '太贵', '有点贵', '好贵', '贵了', '价格高', '有点高', '不值', '别家便宜', '别家', '嫌贵', '性价比',
    '物有所值', '拼多多', '同款', '人家才', '才#', '比~贵', '这么贵', '贵:0.6', '价格:0.4',
    'too expensive', 'expensive', 'overpriced', 'pricey',
  ],
  priceProtection: ['价保', '保价', '差价', '买贵了', '退差价', '降价了', '刚买就降', '补差',
    'price drop', 'price protection', 'price difference',
  ],
  quality: [
    '正品', '假货', '真假', '保真', '正不正', '质量怎么样', '质量好', '质量如何', '质检', '检测报告', '质检报告',
    '品质', '耐用', '好不好用', '靠谱', '正规', '假的', '是真的', '山寨', '仿品', '官方', '旗舰', '授权', '代理',
    '原装', '国行', '品牌', '厂家', '质量:0.5',
    '防伪', '验货', '专柜', '验真',
    'genuine', 'authentic', 'fake', 'original', 'quality',
  ],
  colorDiff: [
    '色差', '颜色', '跟图', '和图', '图片一样', '实物', '与图片', '偏色', '图上', '实拍', '跟照片', '什么色',
    '不一样:0.4',
    'colour', 'color', 'looks different', 'same as the picture',
  ],
  material: [
    '材质', '材料', '面料', '什么做的', '成分', '纯棉', '棉的', '布料', '质地', '含棉', '用料', '什么料', '真皮',
    '透气', '食品级', '有毒', '无毒', '安全吗', '有味道', '甲醛', '不锈钢', '塑料', '玻璃', '陶瓷', '涂层',
    '孕妇', '宝宝能用', '过敏',
    '成分表', '配料', '添加剂', '敏感肌', '肤质',
    'material', 'fabric', 'made of', 'cotton',
  ],
  size: [
    '尺码', '码数', '大码', '小码', '穿多大', '哪个码', '什么码', '身高', '体重', '偏大', '偏小', '尺寸', '多大码',
    '选多大', '穿什么码', '斤', '合身', '规格', '参数', '容量', '几升', '多少升', '毫升', 'ml', '多大', '多重',
    '重量', '长宽', '多高', '多长', '多宽', '型号', '功率', '放得下', '放进', '装得下', '几个人用', '几口人',
    '码:0.6',
    '适合几岁', '几岁', '多少寸', '屏幕多大', '多少码',
    'size', 'which size', 'fit', 'dimensions', 'capacity',
  ],
  power: ['电压', '插头', '#v', '伏', '变压', '国外', '出国', '香港能用', '英标', '欧标', '美标', '转换插'],
  gift: [
    '赠品', '送东西', '送什么', '有送', '送吗', '礼品', '小礼物', '赠送', '送个', '会送', '有赠', '送点', '附送',
    '送的', '配件',
    'free gift', 'gift with', 'freebie',
  ],
  giftWrap: ['礼盒', '包装好', '贺卡', '卡片', '送人', '礼品袋', '生日', '送礼', '礼物', '包装盒', '手提袋',
    'gift wrap', 'gift box', 'greeting card',
  ],
  shippingFee: [
    '包邮', '运费', '邮费', '邮资', '快递费', '运费险', '偏远', '补运费', '补邮费', '包不包邮', '免运费', '退货险',
    'free shipping', 'shipping fee', 'shipping cost', 'postage', 'how much is shipping',
  ],
  promotion: [
    '活动', '满减', '双十一', '双#', '大促', '秒杀', '预售', '领券', '优惠券', '凑单', '店铺活动', '有活动', '会员',
    '赠品:0.3',
    'promotion', 'sale', 'deal', 'event',
  ],
  considering: [
    '考虑', '想想', '再看看', '商量', '问问家里', '问一下家里', '家里人', '犹豫', '回头再', '再说', '看看再',
    '再决定', '未下单', '先不买', '比较一下', '对比', '先看看', '再逛逛', '加购',
    'think about it', 'let me think', 'not sure yet', 'maybe later',
  ],
  payment: [
    '付款', '支付', '付不了', '付款失败', '支付失败', '花呗', '信用卡', '分期', '付不上', '改价', '改价格', '怎么付',
    '代付', '付款方式', '银行卡', '白条', '付不出', '付不成', '余额', '拍不了', '下不了单',
    'payment failed', 'pay', 'payment', 'credit card', 'installment',
  ],
  paid: [
    '付好款', '付款了', '已付款', '付了', '已经付', '拍好了', '拍下了', '已下单', '付完', '付过了', '下好单',
    '已经拍', '拍了', '下单了', '感谢您的购买', '感谢购买', '感谢下单', '感谢您的下单', '付款后', '订单已收到',
    '收到您的订单',
    'already paid', 'i paid', 'just paid', 'ordered', 'placed an order',
  ],
  paymentReminder: ['催付', '未付款', '还没付款', '记得付款', '尽快付款', '待付款', '没付款', '还没付', '拍下未付'],
  cancelOrder: ['取消订单', '取消', '拍错了', '不想要了:0.6', '撤销', '关闭订单', '撤单', '不要了:0.5', '重新拍',
    'cancel', 'cancel my order', 'ordered by mistake',
  ],
  addressCheck: [
    '核对', '确认地址', '地址对', '收件信息', '收货信息', '核对地址', '地址没错', '信息确认', '确认一下地址',
    '地址:0.3',
    'confirm address', 'check my address',
  ],
  addressChange: [
    '改地址', '修改地址', '地址改', '地址填错', '地址错了', '换地址', '地址写错', '更改地址', '改收货', '改电话',
    '收件人改', '地址~改', '改~地址', '地址~错', '地址~换', '填错', '写错', '换个地址', '改成', '地址:0.3',
    'change my address', 'change the address', 'wrong address', 'update address',
  ],
  remark: [
    '备注', '留言', '快递柜', '不要放', '放门口', '驿站:0.5', '特殊要求', '打电话', '送货上门', '别放', '帮我写',
    '不要发票', '隐私', '不要写', '送礼:0.5',
    'note', 'leave it', 'do not put', 'special request',
  ],
  mergeShipping: ['一起发', '合并', '一块发', '一起寄', '一个包裹', '合并发货', '一块寄', '分开发', '分开寄', '一起送'],
  shippedNotice: [
    '发货了吗', '发了吗', '发货没', '发出了吗', '发了没', '单号', '快递单号', '运单号', '物流单号', '已发货', '发货通知',
    '发出去了', '已发出', '已经发', '发货了没', '发出来了', '发了没有',
    'tracking number', 'has it shipped', 'shipped yet',
  ],
  logistics: [
    '物流', '查物流', '到哪', '物流信息', '查一下', '跟踪', '包裹', '快递到', '物流跟进', '在路上', '运输', '查询',
    '查查', '物流查询', '怎么看物流', '快递:0.3',
    'where is my parcel', 'where is my package', 'track', 'tracking',
  ],
  logisticsDelay: [
    '物流停', '不动', '没更新', '卡住', '卡了', '卡在', '还没到', '好几天', '这么慢', '太慢', '延迟', '延误', '没动静',
    '停了', '异常', '滞留', '迟迟', '怎么还没', '几天了', '一直没', '没有更新', '天没动', '不走', '没动',
    'not moved', 'stuck', 'delayed', 'no update', 'so slow',
  ],
  returnGoods: [
    '退货', '退回', '怎么退', '退掉', '不想要了', '无理由', '退换', '寄回', '能退吗', '可以退', '退了', '不要了',
    '要退', '想退', '申请退', '退:0.5',
    'return', 'send it back',
  ],
  qualityProblem: [
    '质量问题', '质量太差', '质量差', '有问题', '不能用', '用不了', '开线', '掉色', '起球', '瑕疵', '次品', '做工差',
    '污渍', '残次', '不好用', '坏的', '异味', '掉毛', '脱线', '有毛病', '故障', '不加热', '没反应', '不亮',
    '不工作', '漏水', '漏了', '报错', '显示e', '不转', '没电', '充不进', '死机', '失灵', '噪音', '异响', '打不开',
    '坏了', '不制冷', '不出水', '跳闸', '太差:0.5',
    '卡顿', '发热', '充不了电', '连不上', '没声音', '黑屏', '不显示',
    'broken', 'defective', 'not working', 'stopped working', 'faulty',
  ],
  wrongItem: [
    '发错', '错发', '不是我要的', '发的不对', '少发', '漏发', '少了一个', '缺件', '少了', '买的是', '我要的是',
    '明明是', '发成', '给我发了', '不是我买的',
    'wrong item', 'missing item', 'not what i ordered',
  ],
  exchange: [
    '换货', '换一个', '换大', '换小', '换码', '换颜色', '换个', '换一下', '调换', '换成', '换新', '能换', '可以换',
    '换:0.5',
    'exchange', 'swap', 'replace',
  ],
  refundProgress: [
    '退款', '钱没退', '退回来', '到账', '退钱', '什么时候退', '钱呢', '没收到钱', '还没退', '钱怎么', '退的钱', '原路',
    '打款', '退款进度', '钱还没',
    '仅退款', '退款没到', '什么时候到账', '多久到账', '几天到账', '啥时候到账',
    'refund', 'money back', 'where is my refund',
  ],
  damaged: [
    '破损', '破了', '碎了', '压坏', '摔坏', '裂了', '变形', '压扁', '破洞', '划痕', '烂了', '撞坏', '摔碎', '凹', '磕',
    '盒子破', '包装破', '坏了:0.6', '漏了:0.5',
    '坏果', '烂果', '漏液', '碎屏',
    'damaged', 'cracked', 'smashed', 'crushed',
  ],
  signedFor: [
    '签收', '显示签收', '已签收', '没收到货', '被签收', '代签', '别人签', '没收到', '收到了吗', '签了', '没拿到',
    'signed for', 'never received', 'not received',
  ],
  delivery: [
    '派送', '送货', '配送', '快递员', '送上门', '不送', '没送', '自提', '驿站', '派件', '放哪', '取件', '快递小哥',
    '上门', '取件码', '快递点',
    '送货上楼', '上楼', '配送范围', '送不送',
    'delivered', 'pickup point', 'courier did not',
  ],
  installation: [
    '安装', '怎么装', '上门装', '装上', '师傅', '螺丝', '组装', '安装费', '装不上', '装好', '拆装', '壁挂',
    'install', 'installation', 'assemble',
  ],
  usage: [
    '怎么用', '使用方法', '说明书', '第一次用', '怎么弄', '如何使用', '用法', '教程', '操作', '怎么设置', '怎么开',
    '怎么调', '怎么使用', '使用说明', '能不能用', '可以用', '开机', '是什么意思',
    '怎么吃', '用量', '怎么泡', '怎么涂', '怎么连接', '怎么充电', '激活',
    'how to use', 'instructions', 'manual', 'how do i',
  ],
  cleaning: ['清洗', '清洁', '水洗', '冲洗', '保养', '擦', '洗碗机', '机洗', '手洗', '怎么洗', '能洗', '干洗', '除垢',
    'clean', 'wash', 'dishwasher',
  ],
  warranty: [
    '保修', '质保', '维修', '保多久', '保几年', '三包', '还管吗', '管不管', '修一下', '能修', '售后保障', '保固',
    '过保', '坏了还', '以旧换新',
    'warranty', 'guarantee', 'repair',
  ],
  goodReview: ['好评', '五星', '#星', '晒图', '返现', '追评', '评价', '给个好', '邀评', '好评返',
    'review', 'five stars', '5 stars', 'rating',
  ],
  badReview: ['差评', '中评', '中差评', '给差评', '评价不好', '删评', '改评价', '删除评价', '追加差评', '打差评',
    'bad review', 'negative review', 'one star',
  ],
  complaint: [
    '投诉', '举报', '工商', '维权', '找平台', '小二', '介入', '服务太差', '服务~差', '态度~差', '曝光', '态度',
    '太过分', '骗子', '欺骗', '没人管', '不管了', '不处理', '敷衍', '消协', '服务也太',
    'complain', 'complaint', 'terrible service', 'report you',
  ],
  followUp: [
    '回访', '用得怎么样', '使用感受', '用着怎么样', '用的怎么样', '效果如何', '满意吗', '体验', '穿着怎么样',
    '还满意', '用着还', '效果:0.4',
    'how is it', 'are you happy with', 'follow up',
  ],
  wait: [
    '稍等', '等一下', '等等', '等会', '一会儿', '马上回来', '先忙', '稍候', '我问问', '问一下:0.3', '待会',
    '我等你', '你先看看', '帮我查', '查查', '有结果', '告诉我:0.5', '核实',
    'wait', 'one moment', 'hold on', 'let me check',
  ],
  apology: [
    '不好意思', '抱歉', '对不起', '久等', '致歉', '让您久等', '见谅', '给您添麻烦', '麻烦了', '安抚', '理解您',
    'sorry', 'apologise', 'apologize',
  ],
  afterHours: [
    '下班', '上班', '这么晚', '夜里', '非工作时间', '明天再', '上班时间', '营业时间', '半夜', '晚上', '留言', '几点',
    '还有人吗', '休息', '周末',
    'working hours', 'opening hours', 'after hours', 'so late',
  ],
  closing: [
    '谢谢', '感谢', '好的', '拜拜', '再见', '没问题了', '没别的', '就这样', '辛苦了', '好嘞', 'ok', '结束', '结束语',
    '没有了', '知道了', '明白了', '祝您', '光临',
    'thanks', 'thank you', 'bye', 'goodbye', 'that is all',
  ],
  invoice: ['发票', '开票', '专票', '普票', '电子发票', '抬头', '税号', '增值税', '报销',
    'invoice', 'receipt', 'vat', 'tax',
  ],
  shelfLife: ['保质期', '生产日期', '过期', '新鲜', '日期新', '临期', '保存', '放多久', '能放',
    'expiry', 'expiration', 'shelf life', 'best before',
  ],
  compatibility: ['适配', '兼容', '适用', '通用', '能用吗', '支持', '配得上', '机型', '接口',
    'compatible', 'fit my', 'work with',
  ],
  presale: ['预售', '定金', '尾款', '付定', '预定', '预订', '现货还是预售',
    'pre-sale', 'pre-order', 'deposit', 'preorder',
  ],
};

function parseCue(spec: CueSpec): IntentCue {
  const at = spec.lastIndexOf(':');
  return at > 0 ? { text: spec.slice(0, at), weight: Number(spec.slice(at + 1)) } : { text: spec, weight: 1 };
}

/** Every intent's cues, parsed once. */
export const INTENT_CUES: ReadonlyMap<IntentId, readonly IntentCue[]> = new Map(
  (Object.entries(LEXICON) as [IntentId, CueSpec[]][]).map(([intent, specs]) => [
    intent,
    specs.map(parseCue),
  ]),
);
