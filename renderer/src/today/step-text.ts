/** A step's title and help in the UI language: the template keeps both, written by the supervisor. */
import type { ChecklistItem } from './step-target-hash';

type StepText = Pick<ChecklistItem['step'], 'titleZh' | 'titleEn' | 'helpZh' | 'helpEn'>;

const isEnglish = (language: string) => language.startsWith('en');

export const stepTitle = (step: StepText, language: string) =>
  isEnglish(language) ? step.titleEn : step.titleZh;

export const stepHelp = (step: StepText, language: string) =>
  isEnglish(language) ? step.helpEn : step.helpZh;
