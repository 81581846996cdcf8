import { describe, expect, it } from 'vitest';
import { parseMutation } from './mutation-args';

const phrase = {
  id: 'p1',
  owner_id: null,
  scope: 'team',
  created_at: 1,
  updated_at: 1,
  deleted_at: null,
  group_id: 'g1',
  title: '发货时间',
  shortcut: 'fh',
  body: '亲，48 小时内发货',
  tags: '[]',
  questions: '["什么时候发货呀"]',
  stage: 'presale',
  sort_order: 0,
};

describe('parseMutation', () => {
  it('accepts a whole phrase row as phrases.put', () => {
    const parsed = parseMutation({ name: 'phrases.put', args: phrase });
    expect(parsed).toEqual({ ok: true, value: { table: 'phrases', op: 'put', id: 'p1', fields: phrase } });
  });

  it('takes a patch as the id and the changed columns', () => {
    const parsed = parseMutation({
      name: 'orders.patch',
      args: { id: 'o1', fields: { remark: '改地址', remark_flag: 'red' } },
    });
    expect(parsed).toEqual({
      ok: true,
      value: { table: 'orders', op: 'patch', id: 'o1', fields: { remark: '改地址', remark_flag: 'red' } },
    });
  });

  it('turns a delete into its tombstone column', () => {
    expect(parseMutation({ name: 'tasks.delete', args: { id: 't1', deletedAt: 5 } })).toEqual({
      ok: true,
      value: { table: 'tasks', op: 'delete', id: 't1', fields: { deleted_at: 5 } },
    });
  });

  it('names what is wrong: unknown table or op, a wrong type, an unknown or server-owned column, an empty patch', () => {
    const message = (name: string, args: Record<string, unknown>) => {
      const parsed = parseMutation({ name, args });
      return parsed.ok ? 'accepted' : parsed.message;
    };
    expect(message('settings.put', {})).toBe('unknown mutation "settings.put"');
    expect(message('phrases.upsert', phrase)).toBe('unknown mutation "phrases.upsert"');
    expect(message('phrases.put', { ...phrase, sort_order: '1' })).toMatch(/^sort_order: /);
    expect(message('phrases.put', { ...phrase, stage: 'presales' })).toMatch(/^stage: /);
    expect(message('orders.patch', { id: 'o1', fields: { colour: 'red' } })).toMatch(/colour/);
    expect(message('orders.patch', { id: 'o1', fields: { version: 9 } })).toMatch(/version/);
    expect(message('orders.patch', { id: 'o1', fields: { shop_id: 'other' } })).toMatch(/shop_id/);
    expect(message('orders.patch', { id: 'o1', fields: {} })).toBe('fields: no fields to change');
  });
});
