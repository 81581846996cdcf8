import { describe, expect, it } from 'vitest';
import { normalizeQuestion } from './question-text';
import { createSuggestionIndex } from './suggestion-index';
import type { SuggestablePhrase } from './suggestion-types';

/** A shop's own library as imported: its words, no example questions. */
const LIBRARY: SuggestablePhrase[] = [
  {
    id: 'ship',
    title: '发货时效',
    shortcut: 'fhsx',
    body: '亲，48小时内为您发出哦。',
    tags: [],
    groupName: '售前',
    questions: [],
  },
  {
    id: 'fee',
    title: '邮费说明',
    shortcut: 'yf',
    body: '亲，满99元包邮，不满收8元运费。',
    tags: ['运费'],
    groupName: '售前',
    questions: [],
  },
  {
    id: 'refund',
    title: '退款到账',
    shortcut: 'tkdz',
    body: '退款原路返回，1–3个工作日到账。',
    tags: [],
    groupName: '售后',
    questions: [],
  },
  {
    id: 'broken',
    title: '收到破损',
    shortcut: 'ps',
    body: '亲，非常抱歉，请拍照给我们，马上为您补发。',
    tags: [],
    groupName: '售后',
    questions: [],
  },
  {
    id: 'bye',
    title: '结束语',
    shortcut: 'js',
    body: '感谢您的光临，祝您生活愉快！',
    tags: [],
    groupName: '通用',
    questions: [],
  },
  {
    id: 'warranty',
    title: '保修政策',
    shortcut: 'bx',
    body: '本店电器整机保修一年。',
    tags: ['售后'],
    groupName: '售后',
    questions: [],
  },
];

function indexOf(library = LIBRARY) {
  const index = createSuggestionIndex();
  index.build(library, []);
  return index;
}

const top = (index: ReturnType<typeof indexOf>, question: string) =>
  index.suggest(question, { limit: 3 }).map((s) => s.phraseId);

describe('suggestions from buyer wording', () => {
  it('finds a shop’s own phrase with no example questions from the situation the buyer names', () => {
    const index = indexOf();
    expect(top(index, '亲 我今天拍的啥时候能发出呀')[0]).toBe('ship');
    expect(top(index, '钱什么时候退回来啊')[0]).toBe('refund');
    expect(top(index, '寄过来盒子都压坏了')[0]).toBe('broken');
    expect(top(index, '包邮吗')[0]).toBe('fee');
    expect(top(index, '好的 谢谢亲')[0]).toBe('bye');
  });

  it('says why: the situations shared and the words the phrase holds', () => {
    const [first] = indexOf().suggest('退款什么时候到账', { limit: 1 });
    expect(first?.phraseId).toBe('refund');
    expect(first?.why.intents).toContain('refundProgress');
    expect(first?.why.words).toEqual(expect.arrayContaining(['退款', '到账']));
    expect(first?.why.question).toBeNull();
  });

  it('reads traditional characters and unconverted pinyin', () => {
    const index = indexOf();
    expect(top(index, '請問運費多少')[0]).toBe('fee');
    expect(top(index, 'baoyou ma')[0]).toBe('fee');
  });

  it('suggests nothing for a question about nothing in the library', () => {
    expect(indexOf().suggest('天气不错', { limit: 3 })).toEqual([]);
  });
});

describe('learning', () => {
  it('a learned question lifts its phrase for paraphrases, and says which question carried it', () => {
    const index = indexOf();
    const question = '电饭煲内胆涂层掉了能修吗';
    expect(top(index, '内胆涂层掉了')[0]).not.toBe('warranty');
    index.learn({ phraseId: 'warranty', text: normalizeQuestion(question), picks: 1 });
    const [first] = index.suggest('内胆涂层掉了怎么办', { limit: 1 });
    expect(first?.phraseId).toBe('warranty');
    expect(first?.why.question).toBe('电饭煲内胆涂层掉了能修');
  });

  it('forgets a pruned question and keeps learned ones across a phrase edit', () => {
    const index = indexOf();
    index.learn({ phraseId: 'warranty', text: '内胆涂层掉了', picks: 3 });
    index.upsertPhrase({ ...LIBRARY[5]!, body: '本店电器整机保修两年。' });
    expect(top(index, '内胆涂层掉了')[0]).toBe('warranty');
    index.forget('warranty', '内胆涂层掉了');
    expect(top(index, '内胆涂层掉了')).not.toContain('warranty');
    expect(index.size()).toEqual({ phrases: 6, questions: 0 });
  });

  it('a removed phrase is never suggested', () => {
    const index = indexOf();
    index.removePhrase('fee');
    expect(top(index, '运费多少钱')).not.toContain('fee');
  });
});

describe('frecency', () => {
  it('orders equal scores only, never lifting a less relevant phrase', () => {
    const twins: SuggestablePhrase[] = [
      { ...LIBRARY[1]!, id: 'a' },
      { ...LIBRARY[1]!, id: 'b' },
      LIBRARY[0]!,
    ];
    const index = indexOf(twins);
    const heavy = (id: string) => (id === 'b' ? 5 : id === 'ship' ? 1000 : 0);
    expect(index.suggest('运费多少', { limit: 3, frecency: heavy }).map((s) => s.phraseId)).toEqual(
      ['b', 'a', 'ship'].slice(0, index.suggest('运费多少', { limit: 3 }).length),
    );
  });
});

describe('English libraries and buyers', () => {
  const english: SuggestablePhrase[] = [
    {
      id: 'refund',
      title: 'Refund progress',
      shortcut: 'rf',
      body: 'Refunds reach your account in 1–3 working days.',
      tags: [],
      groupName: 'After-sales',
      questions: [],
    },
    {
      id: 'parcel',
      title: 'Logistics check',
      shortcut: 'wl',
      body: 'Let me check where your parcel is right now.',
      tags: [],
      groupName: 'After-sales',
      questions: [],
    },
    {
      id: 'bye',
      title: 'Closing',
      shortcut: 'bye',
      body: 'Thank you for shopping with us!',
      tags: [],
      groupName: 'General',
      questions: [],
    },
  ];

  it('finds phrases from English wording, plurals read as singular', () => {
    const index = indexOf(english);
    expect(top(index, 'where is my refund??')[0]).toBe('refund');
    expect(top(index, 'where are my parcels')[0]).toBe('parcel');
    expect(top(index, 'ok thanks, bye')[0]).toBe('bye');
  });
});

describe('ties', () => {
  it('phrases with the same words and questions score the same wherever they sit, so frecency decides', () => {
    const twin = (id: string): SuggestablePhrase => ({
      id,
      title: '物流查询',
      shortcut: '',
      body: '亲，我帮您查一下物流。',
      tags: [],
      groupName: '售后',
      questions: ['快递到哪了', '物流怎么不动了'],
    });
    const index = indexOf([twin('a'), LIBRARY[0]!, twin('b')]);
    const [first, second] = index.suggest('我的快递到哪了', {
      limit: 2,
      frecency: (id) => (id === 'b' ? 1 : 0),
    });
    expect([first?.phraseId, second?.phraseId]).toEqual(['b', 'a']);
    expect(first?.score).toBe(second?.score);
  });
});
