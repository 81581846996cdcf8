import { describe, expect, it } from 'vitest';
import { createWriteGate } from './write-gate';

describe('write gate', () => {
  it('makes writers wait for the exclusive work to finish, even when it fails', async () => {
    const gate = createWriteGate();
    const log: string[] = [];
    let finish!: () => void;
    const long = gate.exclusive(
      () =>
        new Promise<void>((_, reject) => {
          finish = () => {
            log.push('import rolled back');
            reject(new Error('bad row'));
          };
        }),
    );
    expect(gate.busy()).toBe(true);
    const waiting = gate.idle().then(() => log.push('phrase saved'));
    await Promise.resolve();
    expect(log).toEqual([]);
    finish();
    await expect(long).rejects.toThrow('bad row');
    await waiting;
    expect(log).toEqual(['import rolled back', 'phrase saved']);
    expect(gate.busy()).toBe(false);
  });

  it('runs exclusive work one at a time', async () => {
    const gate = createWriteGate();
    const order: number[] = [];
    const tick = () => new Promise((r) => setTimeout(r, 5));
    await Promise.all([
      gate.exclusive(async () => {
        order.push(1);
        await tick();
        order.push(2);
      }),
      gate.exclusive(async () => {
        order.push(3);
        await tick();
        order.push(4);
      }),
    ]);
    expect(order).toEqual([1, 2, 3, 4]);
  });
});
