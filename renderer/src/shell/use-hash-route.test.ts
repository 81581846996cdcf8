import { describe, expect, it } from 'vitest';
import { routeOfHash } from './use-hash-route';

describe('routeOfHash', () => {
  it('sends #/panel to the panel and everything else to the main window', () => {
    expect(routeOfHash('#/panel')).toBe('panel');
    expect(routeOfHash('#/panel?focus=1')).toBe('panel');
    expect(routeOfHash('')).toBe('main');
    expect(routeOfHash('#/settings')).toBe('main');
  });
});
