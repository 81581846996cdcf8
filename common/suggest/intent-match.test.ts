import { describe, expect, it } from 'vitest';
import { findIntents } from './intent-match';
import { cleanQuestion } from './question-text';

const intentsOf = (text: string) => Object.fromEntries(findIntents(cleanQuestion(text)));

describe('findIntents', () => {
  it('names the situation from buyer wording', () => {
    expect(intentsOf('什么时候给我发')).toMatchObject({ shipTime: 1 });
    expect(intentsOf('钱怎么还没退回来')).toHaveProperty('refundProgress');
    expect(intentsOf('收货地址写错了')).toHaveProperty('addressChange');
  });

  it('finds cues with a gap between their parts', () => {
    expect(intentsOf('地址能不能帮我改一下')).toHaveProperty('addressChange', 1);
  });

  it('halves a cue found only inside a longer cue of another situation', () => {
    const found = intentsOf('什么时候有货');
    expect(found.outOfStock).toBe(1);
    expect(found.stock).toBe(0.5);
  });

  it('matches ASCII cues as whole words only', () => {
    expect(intentsOf('white')).not.toHaveProperty('greeting');
    expect(intentsOf('hi 在吗')).toHaveProperty('greeting', 1);
  });

  it('finds nothing in text about nothing it knows', () => {
    expect(intentsOf('天气不错')).toEqual({});
  });
});

describe('greetings beside a question', () => {
  it('count for little when the message asks something else', () => {
    const found = intentsOf('你好，请问这个还有货吗');
    expect(found.stock).toBe(1);
    expect(found.greeting).toBeCloseTo(0.3);
    expect(intentsOf('你好 在吗')).toMatchObject({ greeting: 1 });
  });
});

describe('money arriving is not goods arriving', () => {
  it('reads 什么时候到账 as a refund question, with 什么时候到 inside it halved', () => {
    const found = intentsOf('退款什么时候到账');
    expect(found.refundProgress).toBe(1);
    expect(found.arrival).toBe(0.5);
  });
});
