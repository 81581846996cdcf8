import { describe, expect, it } from 'vitest';
import { COMPLAINT_STEPS, freshComplaintSteps, nextComplaintStep, setComplaintStep } from './complaint-steps';

describe('complaint steps', () => {
  it('are six, checked in order', () => {
    expect(COMPLAINT_STEPS).toHaveLength(6);
    let steps = freshComplaintSteps();
    expect(nextComplaintStep(steps)).toBe('vent');
    steps = setComplaintStep(steps, 0, true);
    steps = setComplaintStep(steps, 1, true);
    expect(nextComplaintStep(steps)).toBe('collectFacts');
    expect(() => setComplaintStep(steps, 3, true)).toThrow(/complaintStepOrder/);
  });

  it('unchecking a step unchecks the later ones', () => {
    const all = COMPLAINT_STEPS.reduce(
      (steps, _, i) => setComplaintStep(steps, i, true),
      freshComplaintSteps(),
    );
    expect(nextComplaintStep(all)).toBeNull();
    expect(setComplaintStep(all, 2, false)).toEqual([true, true, false, false, false, false]);
  });

  it('reads a short or missing stored list as unchecked steps', () => {
    expect(setComplaintStep(null, 0, true)).toEqual([true, false, false, false, false, false]);
    expect(nextComplaintStep([true])).toBe('apologise');
  });
});
