import { describe, expect, it } from 'vitest';
import { checkColumnWrites, mayEditColumn } from './column-access';
import { parseMutation } from './mutation-args';
import { mayRead, mayWrite } from './sync-tables';

const agent = { role: 'agent' as const, agentId: 'a1' };
const supervisor = { role: 'supervisor' as const, agentId: 's1' };

describe('actor stamps', () => {
  const stored = { requested_by: 'a2', issued_by: null, status: 'pending' };

  it('are set and changed only to the caller’s own id, and cleared only by their own agent', () => {
    const after = (fields: Record<string, unknown>) => ({ ...stored, ...fields });
    expect(checkColumnWrites('invoices', agent, stored, after({ issued_by: 'a1' }))).toBeNull();
    expect(checkColumnWrites('invoices', agent, stored, after({ requested_by: 'a1' }))).toBeNull();
    expect(checkColumnWrites('invoices', agent, stored, after({ issued_by: 'a2' }))?.column).toBe(
      'issued_by',
    );
    expect(checkColumnWrites('invoices', agent, stored, after({ requested_by: null }))?.column).toBe(
      'requested_by',
    );
    expect(checkColumnWrites('invoices', supervisor, stored, after({ voided_by: 'a1' }))?.column).toBe(
      'voided_by',
    );
    expect(checkColumnWrites('invoices', agent, { sent_by: 'a1' }, { sent_by: '' })).toBeNull();
    // Unchanged stamps of others travel in every put and patch: '' and null are the same blank.
    expect(
      checkColumnWrites('invoices', agent, stored, after({ note: '已电话确认', issued_by: '' })),
    ).toBeNull();
    expect(checkColumnWrites('invoices', agent, undefined, { requested_by: 'a2' })?.column).toBe(
      'requested_by',
    );
    expect(checkColumnWrites('briefings', supervisor, undefined, { published_by: 's1' })).toBeNull();
  });
});

describe('escalation supervisor fields', () => {
  const open = {
    status: 'open',
    answer: null,
    answered_by: null,
    first_answer_at: null,
    taken_over_by: null,
  };

  it('an agent never sets them; a supervisor does, under its own name', () => {
    for (const fields of [
      { answer: '同意' },
      { first_answer_at: 5 },
      { status: 'answered' },
      { status: 'taken_over', taken_over_by: 'a1' },
    ])
      expect(
        checkColumnWrites('escalations', agent, open, { ...open, ...fields }),
        JSON.stringify(fields),
      ).not.toBeNull();
    expect(
      checkColumnWrites('escalations', agent, open, { ...open, status: 'closed', closed_by: 'a1' }),
    ).toBeNull();
    expect(
      checkColumnWrites('escalations', supervisor, open, {
        ...open,
        status: 'answered',
        answer: '同意补偿 20 元',
        answered_by: 's1',
        first_answer_at: 5,
      }),
    ).toBeNull();
    expect(
      checkColumnWrites('escalations', supervisor, open, { ...open, answer: '同意', answered_by: 'a1' })
        ?.column,
    ).toBe('answered_by');
  });

  it('from answered or taken over an agent only closes', () => {
    const answered = { ...open, status: 'answered', answer: '同意', answered_by: 's1' };
    expect(checkColumnWrites('escalations', agent, answered, { ...answered, status: 'open' })?.column).toBe(
      'status',
    );
    expect(checkColumnWrites('escalations', agent, answered, { ...answered, status: 'closed' })).toBeNull();
    expect(checkColumnWrites('escalations', agent, undefined, { ...open, status: 'open' })).toBeNull();
  });

  it('the desk can ask which columns its role edits', () => {
    expect(mayEditColumn('escalations', 'agent', 'answer')).toBe(false);
    expect(mayEditColumn('escalations', 'agent', 'buyer_wants')).toBe(true);
    expect(mayEditColumn('escalations', 'supervisor', 'answer')).toBe(true);
  });
});

describe('table access', () => {
  it('escalations: the owner and supervisors read and write; briefings: supervisors only, personal or not', () => {
    expect(mayRead('escalations', 'agent', 'a1', 'a2')).toBe(false);
    expect(mayRead('escalations', 'supervisor', 's1', 'a2')).toBe(true);
    expect(mayWrite('escalations', 'agent', 'a1', 'a1')).toBe(true);
    expect(mayWrite('escalations', 'agent', 'a1', 'a2')).toBe(false);
    expect(mayWrite('escalations', 'admin', 'x', 'a2')).toBe(true);
    expect(mayWrite('briefings', 'agent', 'a1', 'a1', 'personal')).toBe(false);
    expect(mayWrite('phrases', 'agent', 'a1', 'a1', 'personal')).toBe(true);
    expect(mayRead('briefings', 'agent', 'a1', 's1')).toBe(true);
    expect(mayRead('briefing_reads', 'agent', 'a1', 'a2')).toBe(false);
    expect(mayWrite('invoices', 'agent', 'a1', 'a2')).toBe(true);
  });
});

describe('row schema of the new tables', () => {
  const invoice = {
    id: 'i1',
    owner_id: null,
    scope: 'team',
    created_at: 1,
    updated_at: 1,
    deleted_at: null,
    order_id: null,
    order_no: '4012345678901234567',
    customer_id: null,
    buyer_nick: 'tb_lily',
    title_kind: 'company',
    title: '杭州某某科技有限公司',
    tax_no: '91330106MA2B0XXXX1',
    kind: 'special',
    amount_fen: 29_900,
    email: null,
    post_address: null,
    bank_name: '招商银行杭州分行',
    bank_account: '5719 0000 0000 000',
    company_address: '杭州市西湖区文三路 90 号',
    company_phone: '0571-88888888',
    status: 'pending',
    invoice_no: null,
    issued_on: null,
    tracking_no: null,
    void_reason: null,
    requested_at: 1,
    requested_by: 'a1',
    registered_at: null,
    registered_by: null,
    issued_at: null,
    issued_by: null,
    sent_at: null,
    sent_by: null,
    voided_at: null,
    voided_by: null,
    source: 'import',
    note: '',
  };
  const parse = (fields: Record<string, unknown>) =>
    parseMutation({ name: 'invoices.put', args: { ...invoice, ...fields } });

  it('accepts a whole invoice and refuses values out of form, naming the field', () => {
    expect(parse({}).ok).toBe(true);
    for (const [fields, field] of [
      [{ tax_no: '91330106ma2b0xxxx1' }, 'tax_no'],
      [{ tax_no: '9133 0106' }, 'tax_no'],
      [{ tax_no: '9'.repeat(21) }, 'tax_no'],
      [{ amount_fen: -100 }, 'amount_fen'],
      [{ status: 'done' }, 'status'],
      [{ title_kind: 'government' }, 'title_kind'],
      [{ source: 'email' }, 'source'],
      [{ issued_on: '20261208' }, 'issued_on'],
    ] as const) {
      const parsed = parse(fields);
      expect(parsed.ok, JSON.stringify(fields)).toBe(false);
      if (!parsed.ok) expect(parsed.field).toBe(field);
    }
  });

  it('a briefing pushes at most 20 phrases', () => {
    const briefing = (phraseIds: string[]) =>
      parseMutation({
        name: 'briefings.patch',
        args: { id: 'b1', fields: { phrase_ids: JSON.stringify(phraseIds) } },
      });
    expect(briefing(Array.from({ length: 20 }, (_, i) => `p${i}`)).ok).toBe(true);
    expect(briefing(Array.from({ length: 21 }, (_, i) => `p${i}`)).ok).toBe(false);
    expect(briefing(['has space']).ok).toBe(false);
  });
});
