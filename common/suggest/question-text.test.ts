import { describe, expect, it } from 'vitest';
import { cleanQuestion, isQuestionLike, normalizeQuestion } from './question-text';

describe('cleanQuestion', () => {
  it('reads traditional characters, full-width letters and case as the library writes them', () => {
    expect(cleanQuestion('請問這個還有貨嗎？')).toBe('请问这个还有货吗');
    expect(cleanQuestion('ＸＬ碼有嗎')).toBe('xl码有吗');
  });

  it('masks every number, so no order number, phone or amount is kept', () => {
    const clean = cleanQuestion('订单 4178233905127733 付了299.00 电话13812345678');
    expect(clean).toBe('订单 # 付了# 电话#');
    expect(clean).not.toMatch(/\d/);
  });

  it('drops emoji and 千牛 emoticons, and punctuation becomes a word break', () => {
    expect(cleanQuestion('到哪了😭😭[流泪]……快点！！')).toBe('到哪了 快点');
  });

  it('reads pinyin the IME left unconverted back as words, and leaves English alone', () => {
    expect(cleanQuestion('youhuo ma')).toBe('有货吗');
    expect(cleanQuestion('hello 还有货吗')).toBe('hello 还有货吗');
    expect(cleanQuestion('iphone case')).toBe('iphone case');
  });

  it('removes the words it is told to omit (the buyer nick in context)', () => {
    expect(cleanQuestion('我是小鱼儿2024 什么时候发货', ['小鱼儿2024'])).toBe('我是 什么时候发货');
  });
});

describe('normalizeQuestion', () => {
  it('drops the greeting in front and the particles closing each clause', () => {
    expect(normalizeQuestion('亲 在吗 今天能发货吗')).toBe('今天能发货');
    expect(normalizeQuestion('您好，请问有赠品吗？')).toBe('有赠品');
  });

  it('keeps a message that is nothing but a greeting', () => {
    expect(normalizeQuestion('亲 在吗')).toBe('亲 在吗');
  });
});

describe('isQuestionLike', () => {
  it.each([
    ['fh', false],
    ['tuihuo', false],
    ['退货', false],
    ['退货运费', true],
    ['包邮吗？', true],
    ['does this come in red', true],
    ['', false],
  ])('%s → %s', (input, expected) => {
    expect(isQuestionLike(input)).toBe(expected);
  });
});

describe('chat spellings', () => {
  it('reads 咋, 啥 and 木有 as the words phrases are written with', () => {
    expect(cleanQuestion('咋还木有发货 啥情况')).toBe('怎么还没有发货 什么情况');
  });
});
