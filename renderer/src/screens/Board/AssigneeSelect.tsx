import { useTranslation } from 'react-i18next';
import type { Artisan, SessionUser } from '../../../../src/shared/api';
import { memberName } from './usePeople';

export type AssigneeValue = { kind: 'staff' | 'member'; id: number } | null;

/** 'staff:3' / 'member:7' / '' in one select, staff and members in their own groups. */
export const assigneeKey = (a: AssigneeValue | { kind: string; id: number }) => (a ? `${a.kind}:${a.id}` : '');
function parse(v: string): AssigneeValue {
  const m = /^(staff|member):(\d+)$/.exec(v);
  return m ? { kind: m[1] as 'staff' | 'member', id: Number(m[2]) } : null;
}

export function AssigneeSelect(props: { id: string; value: AssigneeValue; onChange: (a: AssigneeValue) => void; staff: SessionUser[]; members: Artisan[]; testId: string }) {
  const { t, i18n } = useTranslation();
  return (
    <select id={props.id} value={assigneeKey(props.value)} onChange={(e) => props.onChange(parse(e.target.value))} data-testid={props.testId}>
      <option value="">{t('board.nobody')}</option>
      <optgroup label={t('board.staffGroup')}>
        {props.staff.map((u) => <option key={`s${u.id}`} value={`staff:${u.id}`}>{u.name}</option>)}
      </optgroup>
      <optgroup label={t('board.memberGroup')}>
        {props.members.map((m) => <option key={`m${m.id}`} value={`member:${m.id}`}>{memberName(i18n.language, m)}</option>)}
      </optgroup>
    </select>
  );
}
