import { forwardRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BOARD_KINDS, BOARD_TEXT_MAX, type BoardItemView, type BoardKind } from '../../../../src/shared/api/board';
import type { Artisan, SessionUser } from '../../../../src/shared/api';
import { call } from '../../api/client';
import { Field } from '../../components/Field';
import { useApiError } from '../../components/useApiError';
import type { ApiError } from '../../../../src/shared/errors';
import { useRequestId } from '../Sell/requestId';
import { AssigneeSelect, type AssigneeValue } from './AssigneeSelect';
import { memberName } from './usePeople';

/**
 * Record what a member raised: who, the kind, her words, when (empty: today, as the shop's clock
 * says), and whom it is given to. Enter (or F8) records it; the request id is kept across a retry,
 * so a double press records it once.
 */
export const RaiseForm = forwardRef<HTMLSelectElement, { members: Artisan[]; staff: SessionUser[]; onSaved: (v: BoardItemView) => void }>(function RaiseForm(props, memberRef) {
  const { t, i18n } = useTranslation();
  const showError = useApiError();
  const request = useRequestId();
  const [memberId, setMemberId] = useState('');
  const [kind, setKind] = useState<BoardKind>('training');
  const [text, setText] = useState('');
  const [raisedOn, setRaisedOn] = useState('');
  const [assignee, setAssignee] = useState<AssigneeValue>(null);
  // The coded error is kept and worded at each render, so a language switch re-words it.
  const [apiError, setError] = useState<ApiError | null>(null);
  const error = apiError ? showError(apiError) : null;
  const [busy, setBusy] = useState(false);

  async function submit(e?: FormEvent) {
    e?.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    const r = await call('board.raise', {
      requestId: request.get(), memberId: Number(memberId) || 0, kind, text, ...(raisedOn ? { raisedOn } : {}), assignee,
    });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    request.done();
    setText('');
    setRaisedOn('');
    setAssignee(null);
    props.onSaved(r.value);
  }

  const fe = error?.fields ?? {};
  return (
    <form className="card board-raise" onSubmit={(e) => void submit(e)} onKeyDown={(e) => { if (e.key === 'F8') { e.preventDefault(); void submit(); } }} data-testid="board-raise">
      <h3>{t('board.raise.title')}</h3>
      <div className="board-raise-grid">
        <Field id="board-member" label={t('board.raise.member')} error={fe.memberId}>
          <select id="board-member" ref={memberRef} value={memberId} onChange={(e) => setMemberId(e.target.value)} data-testid="board-member">
            <option value="">{t('board.raise.chooseMember')}</option>
            {props.members.map((m) => <option key={m.id} value={m.id}>{memberName(i18n.language, m)}</option>)}
          </select>
        </Field>
        <Field id="board-kind" label={t('board.raise.kind')} error={fe.kind}>
          <select id="board-kind" value={kind} onChange={(e) => setKind(e.target.value as BoardKind)} data-testid="board-kind">
            {BOARD_KINDS.map((k) => <option key={k} value={k}>{t(`board.kinds.${k}`)}</option>)}
          </select>
        </Field>
        <Field id="board-raised-on" label={t('board.raise.raisedOn')} error={fe.raisedOn}>
          <input id="board-raised-on" type="date" value={raisedOn} onChange={(e) => setRaisedOn(e.target.value)} data-testid="board-raised-on" />
        </Field>
        <Field id="board-assignee" label={t('board.raise.assignee')} error={fe.assignee}>
          <AssigneeSelect id="board-assignee" value={assignee} onChange={setAssignee} staff={props.staff} members={props.members} testId="board-assignee" />
        </Field>
      </div>
      <Field id="board-text" label={t('board.raise.text')} error={fe.text}>
        <input id="board-text" lang="hi" maxLength={BOARD_TEXT_MAX} value={text} onChange={(e) => setText(e.target.value)} data-testid="board-text" />
      </Field>
      {error ? <p className="banner banner-error" role="alert" data-testid="board-raise-error">{error.message}</p> : null}
      <button type="submit" className="primary" disabled={busy} data-testid="board-raise-save">{t('board.raise.save')}</button>
    </form>
  );
});
