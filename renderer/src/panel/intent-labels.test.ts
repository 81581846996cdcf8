import { describe, expect, it } from 'vitest';
import { INTENT_IDS } from '../../../common/suggest/suggestion-types';
import en from '../../../locales/en-US.json';
import zh from '../../../locales/zh-CN.json';
import { INTENT_LABEL_KEYS } from './intent-labels';

describe('intent labels', () => {
  it('names every intent in zh-CN and en-US, each differently', () => {
    for (const locale of [zh, en]) {
      const labels = INTENT_IDS.map((id) => {
        const key = INTENT_LABEL_KEYS[id].split('.').pop()!;
        return (locale.suggest.intent as Record<string, string>)[key];
      });
      expect(labels.every((label) => typeof label === 'string' && label.length > 0)).toBe(true);
      expect(new Set(labels).size).toBe(INTENT_IDS.length);
    }
  });
});
