import { describe, expect, it } from 'vitest';
import { phraseInputOf, splitTags } from './phrase-form-values';

describe('phrase form values', () => {
  it('splits tags on either comma width, 、 and spaces, dropping empties and repeats', () => {
    expect(splitTags('发货，物流,快递、 发货  ')).toEqual(['发货', '物流', '快递']);
    expect(splitTags('')).toEqual([]);
  });

  it('sends the id only when editing', () => {
    const values = {
      groupId: 'g',
      title: '发货时间',
      shortcut: 'fh',
      body: '亲，{截单时间}前付款当天发货',
      tags: '发货',
      stage: 'presale' as const,
      scope: 'personal' as const,
    };
    expect(phraseInputOf(values, undefined)).toEqual({ ...values, tags: ['发货'] });
    expect(phraseInputOf(values, 'p1')).toEqual({ id: 'p1', ...values, tags: ['发货'] });
  });
});
