/**
 * 投诉 handling in six steps, in this order (DESIGN.md glossary). A step is checked only after
 * the ones before it: apologising before the buyer has vented, or proposing before the facts
 * are in, is exactly what the SOP warns against. Unchecking a step unchecks the later ones.
 */
import { AppError } from '../app-error';

/** 让买家发泄 → 真诚道歉 → 收集信息 → 提出方案 → 征求意见 → 跟踪回访; labels `tasks.complaintStep.<key>`. */
export const COMPLAINT_STEPS = [
  'vent',
  'apologise',
  'collectFacts',
  'propose',
  'askOpinion',
  'callBack',
] as const;

export const freshComplaintSteps = (): boolean[] => COMPLAINT_STEPS.map(() => false);

/** Stored lists from older or foreign rows are read as six flags, missing ones unchecked. */
export const normaliseSteps = (steps: readonly boolean[] | null | undefined): boolean[] =>
  COMPLAINT_STEPS.map((_, i) => steps?.[i] === true);

export function setComplaintStep(steps: readonly boolean[] | null, step: number, done: boolean): boolean[] {
  const current = normaliseSteps(steps);
  if (done) {
    const missing = current.findIndex((checked, i) => i < step && !checked);
    if (missing !== -1) {
      throw new AppError('invalid', 'errors.task.complaintStepOrder', {
        step: COMPLAINT_STEPS[step],
        missing: COMPLAINT_STEPS[missing],
      });
    }
    return current.map((checked, i) => (i === step ? true : checked));
  }
  return current.map((checked, i) => (i >= step ? false : checked));
}

/** The first step still open, or null when the complaint has been handled through to the callback. */
export function nextComplaintStep(steps: readonly boolean[] | null): (typeof COMPLAINT_STEPS)[number] | null {
  const index = normaliseSteps(steps).indexOf(false);
  return index === -1 ? null : COMPLAINT_STEPS[index]!;
}
