/** Which dates: today, this week, this month, last month, this financial year (the shop's calendar), or two chosen dates. */
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField';
import { presetRange, RANGE_PRESETS, type RangePreset } from '../../../../src/shared/report-range';

export interface RangeChoice { preset: RangePreset; from: string; to: string }

export function RangePicker(props: { value: RangeChoice; today: string; onChange: (v: RangeChoice) => void; error?: string }) {
  const { t } = useTranslation();
  const choose = (preset: RangePreset) => props.onChange(preset === 'custom' ? { ...props.value, preset } : { preset, ...presetRange(preset, props.today) });
  return (
    <div className="rep-range">
      <div className="rep-presets" role="radiogroup" aria-label={t('range.report')}>
        {RANGE_PRESETS.map((p) => (
          <button key={p} type="button" role="radio" aria-checked={props.value.preset === p} className={props.value.preset === p ? 'tab tab-on' : 'tab'} onClick={() => choose(p)} data-testid={`range-${p}`}>
            {t(`range.presets.${p}`)}
          </button>
        ))}
      </div>
      {props.value.preset === 'custom' ? (
        <div className="row rep-custom">
          <DateField id="range-from" label={t('range.from')} value={props.value.from} today={props.today} onChange={(from) => props.onChange({ ...props.value, from })} testId="range-from" />
          <DateField id="range-to" label={t('range.to')} value={props.value.to} today={props.today} onChange={(to) => props.onChange({ ...props.value, to })} testId="range-to" error={props.error} />
        </div>
      ) : null}
    </div>
  );
}
