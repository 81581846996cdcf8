/** Suggestions for 默认快递: the couriers most Chinese shops ship with. Any other name may be typed. */
import { useTranslation } from 'react-i18next';

export const COURIER_LIST_ID = 'courier-options';

const COURIER_KEYS = [
  'couriers.sf',
  'couriers.zto',
  'couriers.yto',
  'couriers.yunda',
  'couriers.sto',
  'couriers.jt',
  'couriers.jd',
  'couriers.ems',
] as const;

export function CourierOptions() {
  const { t } = useTranslation();
  return (
    <datalist id={COURIER_LIST_ID}>
      {COURIER_KEYS.map((key) => (
        <option key={key} value={t(key)} />
      ))}
    </datalist>
  );
}
