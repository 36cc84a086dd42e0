import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BOARD_MOVES, noteRequired, type BoardItemView, type BoardStatus } from '../../../../src/shared/api/board';
import type { Artisan, SessionUser } from '../../../../src/shared/api';
import type { Result } from '../../../../src/shared/errors';
import { call } from '../../api/client';
import { Field } from '../../components/Field';
import { useApiError } from '../../components/useApiError';
import type { ApiError } from '../../../../src/shared/errors';
import { formatWhen } from '../../shopZone';
import { dateWords } from '../Rentals/dates';
import { useRequestId } from '../Sell/requestId';
import { AssigneeSelect, type AssigneeValue } from './AssigneeSelect';
import { StatusPill } from './StatusPill';
import { memberName } from './usePeople';

/**
 * One item: what she raised, its outcome, its whole history (who, when, what), and the next
 * steps the table of moves allows from here. Choosing a move asks for its note where one is
 * required; Enter confirms. After any refusal the item is read again (someone else may have moved it).
 */
export function ItemDetail(props: { item: BoardItemView; staff: SessionUser[]; members: Artisan[]; onChanged: (v: BoardItemView) => void; onStale: () => void; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const showError = useApiError();
  const request = useRequestId();
  const { item } = props;
  const [to, setTo] = useState<BoardStatus | null>(null);
  const [note, setNote] = useState('');
  const [assignee, setAssignee] = useState<AssigneeValue>(item.assignee ? { kind: item.assignee.kind, id: item.assignee.id } : null);
  // The coded error is kept and worded at each render, so a language switch re-words it.
  const [apiError, setError] = useState<ApiError | null>(null);
  const error = apiError ? showError(apiError) : null;
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    setTo(null);
    setNote('');
    setError(null);
    setAssignee(item.assignee ? { kind: item.assignee.kind, id: item.assignee.id } : null);
  }, [item.id, item.changes, item.assignee]);

  async function send(run: (requestId: string) => Promise<Result<BoardItemView>>) {
    if (busy) return;
    setBusy(true);
    setError(null);
    const r = await run(request.get());
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      if (r.error.code === 'BOARD_MOVE' || r.error.code === 'NOT_FOUND') props.onStale();
      return;
    }
    request.done();
    props.onChanged(r.value);
  }
  const confirmMove = (e?: FormEvent) => {
    e?.preventDefault();
    if (to) void send((requestId) => call('board.move', { requestId, itemId: item.id, to, note }));
  };
  const saveAssignee = () => void send((requestId) => call('board.assign', { requestId, itemId: item.id, assignee }));
  const open = item.status === 'open' || item.status === 'in_progress';

  return (
    <section className="card board-detail" data-testid="board-detail" aria-labelledby="board-detail-title">
      <div className="screen-head">
        <h3 id="board-detail-title">{memberName(lang, { nameHi: item.memberNameHi, nameEn: item.memberNameEn })} · {t(`board.kinds.${item.kind}`)}</h3>
        <StatusPill status={item.status} />
        <button type="button" className="board-close" onClick={props.onClose} data-testid="board-detail-close">{t('board.detail.close')}</button>
      </div>
      <p className="board-text" lang="hi" data-testid="board-detail-text">{item.text}</p>
      <p className="muted">{dateWords(item.raisedOn, lang)} · {t('board.detail.recordedBy', { name: item.recordedBy })}</p>
      {item.outcome ? (
        <p className="board-outcome" data-testid="board-outcome"><strong>{t('board.detail.outcome')}:</strong> {item.outcome}</p>
      ) : null}

      {open ? (
        <div className="row board-assign">
          <Field id="board-detail-assignee" label={t('board.detail.assign')} error={error?.fields.assignee}>
            <AssigneeSelect id="board-detail-assignee" value={assignee} onChange={setAssignee} staff={props.staff} members={props.members} testId="board-detail-assignee" />
          </Field>
          <button type="button" onClick={saveAssignee} disabled={busy} data-testid="board-assign-save">{t('board.detail.assignSave')}</button>
        </div>
      ) : null}

      <form className="board-move" onSubmit={confirmMove} data-testid="board-move">
        <h4>{t('board.detail.move')}</h4>
        <div className="row board-moves">
          {BOARD_MOVES[item.status].map((s) => (
            <button key={s} type="button" className={to === s ? 'chip chip-on' : 'chip'} aria-pressed={to === s} onClick={() => setTo(s)} data-testid={`board-to-${s}`}>
              {t(`board.to.${s}`)}
            </button>
          ))}
        </div>
        {to ? (
          <>
            <Field id="board-note" label={t(`board.note.${to}`)} error={error?.fields.note}>
              <input id="board-note" lang="hi" autoFocus value={note} aria-required={noteRequired(to)} onChange={(e) => setNote(e.target.value)} data-testid="board-note" />
            </Field>
            <button type="submit" className="primary" disabled={busy} data-testid="board-move-confirm">{t('board.confirm')}</button>
          </>
        ) : null}
      </form>
      {error ? <p className="banner banner-error" role="alert" data-testid="board-move-error">{error.message}</p> : null}

      <h4>{t('board.detail.history')}</h4>
      <ol className="board-history" data-testid="board-history">
        {item.history.map((e) => (
          <li key={e.seq} data-testid="board-event">
            <span className="board-when">{formatWhen(e.at, lang)}</span>
            <strong>{t(`board.acts.${e.action}`)}</strong>
            {e.action === 'assign' ? <span> {e.assignee ? t('board.assignedTo', { name: e.assignee.name }) : t('board.nobody')}</span> : null}
            {e.note ? <span className="board-note-text"> “{e.note}”</span> : null}
            <span className="muted"> · {e.byName}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
