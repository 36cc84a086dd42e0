import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../../../src/shared/api';
import { Field } from '../../components/Field';
import { AUDIT_GROUPS, actionKey, WRONG_PIN_ACTION } from './auditWords';

export interface AuditFilter {
  action: string;
  userId: string;
  from: string;
  to: string;
}

export const noFilter: AuditFilter = { action: '', userId: '', from: '', to: '' };

/** What, who and between which dates; every change shows the first page again. */
export function AuditFilters({ value, people, onChange, fieldErrors }: { value: AuditFilter; people: StaffMember[]; onChange: (f: AuditFilter) => void; fieldErrors: Record<string, string> }) {
  const { t } = useTranslation();
  const set = (k: keyof AuditFilter) => (e: { target: { value: string } }) => onChange({ ...value, [k]: e.target.value });
  return (
    <div className="audit-filters" data-testid="audit-filters">
      <Field id="af-action" label={t('audit.kind')} error={fieldErrors.action}>
        <select id="af-action" value={value.action} onChange={set('action')} data-testid="af-action">
          <option value="">{t('audit.anything')}</option>
          <option value={WRONG_PIN_ACTION}>{t(actionKey(WRONG_PIN_ACTION))}</option>
          {AUDIT_GROUPS.map((g) => <option key={g} value={`${g}.`}>{t(`audit.groups.${g}`)}</option>)}
        </select>
      </Field>
      <Field id="af-user" label={t('audit.person')} error={fieldErrors.userId}>
        <select id="af-user" value={value.userId} onChange={set('userId')} data-testid="af-user">
          <option value="">{t('audit.everyone')}</option>
          {people.map((p) => <option key={p.id} value={String(p.id)}>{p.name} ({t(`roles.${p.role}`)})</option>)}
        </select>
      </Field>
      <Field id="af-from" label={t('audit.from')} error={fieldErrors.from}>
        <input id="af-from" type="date" value={value.from} onChange={set('from')} data-testid="af-from" />
      </Field>
      <Field id="af-to" label={t('audit.to')} error={fieldErrors.to}>
        <input id="af-to" type="date" value={value.to} onChange={set('to')} data-testid="af-to" />
      </Field>
      <button type="button" className="audit-clear" onClick={() => onChange(noFilter)} disabled={!value.action && !value.userId && !value.from && !value.to}>{t('audit.clear')}</button>
    </div>
  );
}
