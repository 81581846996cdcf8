/** 投诉处理六步 as checkboxes, in order; the host refuses a step ticked before the ones above it. */
import { useTranslation } from 'react-i18next';
import { COMPLAINT_STEP_LABEL_KEYS } from './task-labels';

interface ComplaintStepsProps {
  taskId: string;
  steps: readonly boolean[];
  disabled: boolean;
  onStep: (step: number, done: boolean) => void;
}

export function ComplaintSteps({ taskId, steps, disabled, onStep }: ComplaintStepsProps) {
  const { t } = useTranslation();
  const done = steps.filter(Boolean).length;
  return (
    <fieldset className="complaint-steps">
      <legend>
        {t('tasks.complaint.title')} <span className="muted">{t('tasks.stepsDone', { done })}</span>
      </legend>
      <ol>
        {COMPLAINT_STEP_LABEL_KEYS.map((labelKey, index) => (
          <li key={labelKey}>
            <label className="check-label">
              <input
                type="checkbox"
                id={`complaint-${taskId}-${index}`}
                checked={steps[index] === true}
                disabled={disabled}
                onChange={(e) => onStep(index, e.target.checked)}
              />
              {t(labelKey)}
            </label>
          </li>
        ))}
      </ol>
    </fieldset>
  );
}
