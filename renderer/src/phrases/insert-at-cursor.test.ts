import { describe, expect, it } from 'vitest';
import { insertAtCursor } from './insert-at-cursor';

describe('insertAtCursor', () => {
  it('inserts at the caret and puts the caret after the insertion', () => {
    expect(insertAtCursor('亲，您好', 2, 2, '{买家昵称}')).toEqual({ value: '亲，{买家昵称}您好', caret: 8 });
  });
  it('replaces a selection and clamps positions outside the text', () => {
    expect(insertAtCursor('亲，XX您好', 2, 4, '{订单号}')).toEqual({ value: '亲，{订单号}您好', caret: 7 });
    expect(insertAtCursor('ab', 9, 9, '{今天}')).toEqual({ value: 'ab{今天}', caret: 6 });
  });
});
