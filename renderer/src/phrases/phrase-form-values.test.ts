import { describe, expect, it } from 'vitest';
import { phraseInputOf, splitQuestions, splitTags } from './phrase-form-values';

describe('phrase form values', () => {
  it('splits tags on either comma width, 、 and spaces, dropping empties and repeats', () => {
    expect(splitTags('发货，物流,快递、 发货  ')).toEqual(['发货', '物流', '快递']);
    expect(splitTags('')).toEqual([]);
  });

  it('takes one example question per line, commas and spaces inside it kept', () => {
    expect(splitQuestions(' 亲 今天能发货吗，急用\r\n\n什么时候发呀\n 亲 今天能发货吗，急用')).toEqual([
      '亲 今天能发货吗，急用',
      '什么时候发呀',
    ]);
    expect(splitQuestions('')).toEqual([]);
  });

  it('sends the id only when editing', () => {
    const values = {
      groupId: 'g',
      title: '发货时间',
      shortcut: 'fh',
      body: '亲，{截单时间}前付款当天发货',
      tags: '发货',
      questions: '啥时候发货\n今天能发吗',
      stage: 'presale' as const,
      scope: 'personal' as const,
    };
    const sent = { ...values, tags: ['发货'], questions: ['啥时候发货', '今天能发吗'] };
    expect(phraseInputOf(values, undefined)).toEqual(sent);
    expect(phraseInputOf(values, 'p1')).toEqual({ id: 'p1', ...sent });
  });
});
