import { describe, expect, it } from 'vitest';
import { apiSocketUrl } from './select-kefu-client';

describe('apiSocketUrl', () => {
  it('uses ws on http and wss on https, on the page host', () => {
    expect(apiSocketUrl({ protocol: 'http:', host: '127.0.0.1:5180' })).toBe('ws://127.0.0.1:5180/api');
    expect(apiSocketUrl({ protocol: 'https:', host: 'desk.example.cn' })).toBe('wss://desk.example.cn/api');
  });
});
