import { describe, expect, it } from 'vitest';
import { clipboardQuestion, QUESTION_MAX_LENGTH } from './clipboard-question';
import { createQuestionInbox } from './question-inbox';

describe('clipboardQuestion', () => {
  it('makes a message copied over several bubbles one line', () => {
    expect(clipboardQuestion('  亲 在吗\n\n今天下单\t什么时候发货呀？ \r\n')).toBe(
      '亲 在吗 今天下单 什么时候发货呀？',
    );
  });

  it('keeps at most what phrases.suggest reads, never half an emoji', () => {
    const long = `${'好'.repeat(QUESTION_MAX_LENGTH - 1)}😀尾巴`;
    const question = clipboardQuestion(long);
    expect(question).toBe('好'.repeat(QUESTION_MAX_LENGTH - 1));
    expect(clipboardQuestion('问'.repeat(QUESTION_MAX_LENGTH + 20))).toHaveLength(QUESTION_MAX_LENGTH);
  });
});

describe('createQuestionInbox', () => {
  it('hands the question to the panel once, timed at the key press', async () => {
    let clock = 1_000;
    const inbox = createQuestionInbox({
      readClipboardText: async () => {
        clock += 40;
        return '三天了还没到';
      },
      now: () => clock,
    });
    expect(inbox.collect()).toBeNull();
    await inbox.take();
    expect(inbox.collect()).toEqual({ text: '三天了还没到', takenAt: 1_000 });
    expect(inbox.collect()).toBeNull();
  });

  it('takes nothing from an empty or unreadable clipboard, and forgets an earlier press', async () => {
    const answers = [
      async () => '有货吗',
      async () => ' \n ',
      async () => Promise.reject(new Error('no xclip')),
    ];
    let next = 0;
    const inbox = createQuestionInbox({ readClipboardText: () => answers[next++]!(), now: () => 5 });
    await inbox.take();
    await inbox.take();
    expect(inbox.collect()).toBeNull();
    await inbox.take();
    expect(inbox.collect()).toBeNull();
  });
});
