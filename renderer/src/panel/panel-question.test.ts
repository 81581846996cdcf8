import { describe, expect, it } from 'vitest';
import {
  deliveredQuestion,
  questionAfterInput,
  questionText,
  QUESTION_LIMIT,
  suggestedQuestion,
} from './panel-question';

describe('questionText', () => {
  it('reads a sentence as a question and a shortcut or a word as a search', () => {
    expect(questionText('亲 今天下单什么时候发货呀')).toBe('亲 今天下单什么时候发货呀');
    expect(questionText('  有货吗？\n')).toBe('有货吗？');
    expect(questionText('fh')).toBeNull();
    expect(questionText('退货')).toBeNull();
    expect(questionText('')).toBeNull();
  });

  it('sends at most what the host reads, never half an emoji', () => {
    const text = questionText(`${'问'.repeat(QUESTION_LIMIT - 1)}😀后面`)!;
    expect(text).toBe('问'.repeat(QUESTION_LIMIT - 1));
  });
});

describe('the active question', () => {
  const taken = { text: '三天了还没到', takenAt: 1_765_000_000_000 };

  it('keeps the hotkey’s question and its time while the agent searches by shortcut', () => {
    expect(questionAfterInput(taken, 'wl')).toBe(taken);
    expect(deliveredQuestion(questionAfterInput(taken, 'wl'), 'search')).toEqual({
      text: '三天了还没到',
      takenAt: 1_765_000_000_000,
      via: 'search',
    });
  });

  it('takes a reworded question as the text, still timed from the hotkey', () => {
    expect(questionAfterInput(taken, '快递三天了还没到呢')).toEqual({
      text: '快递三天了还没到呢',
      takenAt: 1_765_000_000_000,
    });
  });

  it('a question typed in the panel has no time taken', () => {
    const typed = questionAfterInput(null, '这个有没有赠品');
    expect(typed).toEqual({ text: '这个有没有赠品', takenAt: null });
    expect(deliveredQuestion(typed, 'suggestion')).toEqual({ text: '这个有没有赠品', via: 'suggestion' });
  });

  it('without a question a delivery teaches nothing', () => {
    expect(questionAfterInput(null, 'fh')).toBeNull();
    expect(deliveredQuestion(null, 'search')).toBeUndefined();
  });
});

describe('suggestedQuestion', () => {
  it('asks for a typed sentence, never for a shortcut', () => {
    expect(suggestedQuestion('这个什么时候能发货', null)).toBe('这个什么时候能发货');
    expect(suggestedQuestion('fh', null)).toBeNull();
  });

  it('asks for the hotkey’s question however short, until the agent types over it', () => {
    const taken = { text: '有货吗', takenAt: 1_765_000_000_000 };
    expect(suggestedQuestion('有货吗', taken)).toBe('有货吗');
    expect(suggestedQuestion('yh', taken)).toBeNull();
    expect(suggestedQuestion('有货吗', { text: '有货吗', takenAt: null })).toBeNull();
  });
});
