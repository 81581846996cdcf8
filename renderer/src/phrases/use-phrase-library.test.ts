import { describe, expect, it } from 'vitest';
import { movedOrder, phrasesOfGroup, type Library } from './use-phrase-library';

describe('movedOrder', () => {
  it('swaps with the neighbour and stays put at the ends', () => {
    expect(movedOrder(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(movedOrder(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
    expect(movedOrder(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(movedOrder(['a', 'b', 'c'], 'c', 1)).toEqual(['a', 'b', 'c']);
    expect(movedOrder(['a'], 'x', 1)).toEqual(['a']);
  });
});

describe('phrasesOfGroup', () => {
  it('lists one group in its stored order', () => {
    const phrase = (id: string, groupId: string, sortOrder: number) => ({
      id,
      groupId,
      sortOrder,
      title: id,
      shortcut: '',
      body: id,
      tags: [],
      questions: [],
      stage: 'general' as const,
      scope: 'team' as const,
      updatedAt: 0,
    });
    const library: Library = {
      groups: [],
      canWriteTeam: true,
      phrases: [phrase('b', 'g1', 2), phrase('x', 'g2', 0), phrase('a', 'g1', 1)],
    };
    expect(phrasesOfGroup(library, 'g1').map((p) => p.id)).toEqual(['a', 'b']);
  });
});
