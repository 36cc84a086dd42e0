import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BOARD_STATUSES, type BoardItem, type BoardItemView, type BoardStatus } from '../../../../src/shared/api/board';
import { call } from '../../api/client';
import { Tabs } from '../../components/Tabs';
import { useApiError } from '../../components/useApiError';
import type { ApiError } from '../../../../src/shared/errors';
import { BoardTable } from './BoardTable';
import { ItemDetail } from './ItemDetail';
import { MonthsTab } from './MonthsTab';
import { RaiseForm } from './RaiseForm';
import { memberName, usePeople } from './usePeople';
import './board.css';

type Tab = 'items' | 'months';

/**
 * सदस्यों की बात (Shift+F10): what members raised at the workshop, taken to a resolution. Any staff member
 * records, assigns and moves items. F9 starts a new one (the member field), Enter or F8 saves,
 * Esc closes the open item.
 */
export function BoardArea() {
  const { t, i18n } = useTranslation();
  const showError = useApiError();
  const { members, staff } = usePeople();
  const [tab, setTab] = useState<Tab>('items');
  const [filter, setFilter] = useState<BoardStatus | 'all'>('all');
  const [rows, setRows] = useState<BoardItem[]>([]);
  const [listError, setListError] = useState<ApiError | null>(null);
  const [open, setOpen] = useState<BoardItemView | null>(null);
  // Kept as its words' key and values, so a language switch re-words it.
  const [notice, setNotice] = useState<{ key: 'board.raise.saved' | 'board.moved'; item: BoardItemView } | null>(null);
  const memberField = useRef<HTMLSelectElement>(null);

  const reload = useCallback(async () => {
    const r = await call('board.list', filter === 'all' ? {} : { status: filter });
    if (r.ok) {
      setRows(r.value);
      setListError(null);
    } else setListError(r.error);
  }, [filter]);
  useEffect(() => void reload(), [reload]);

  const openItem = useCallback(async (id: number) => {
    const r = await call('board.get', { id });
    if (r.ok) setOpen(r.value);
    else setListError(r.error);
  }, []);

  const keys = useRef({ tab, open });
  keys.current = { tab, open };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'F9') {
        e.preventDefault();
        setTab('items');
        setOpen(null);
        setTimeout(() => memberField.current?.focus(), 0);
      } else if (e.key === 'Escape' && keys.current.open) {
        e.preventDefault();
        setOpen(null);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  function saved(v: BoardItemView, key: 'board.raise.saved' | 'board.moved') {
    setNotice({ key, item: v });
    setOpen(v);
    void reload();
  }

  return (
    <section className="screen board" data-testid="board">
      <div className="screen-head">
        <h2>{t('board.title')}</h2>
        <span className="muted board-keys">{t('board.keys')}</span>
      </div>
      <p className="muted">{t('board.intro')}</p>
      <Tabs<Tab> tabs={(['items', 'months'] as const).map((key) => ({ key, label: t(`board.tabs.${key}`) }))} current={tab} onChange={setTab} />
      {tab === 'months' ? <MonthsTab /> : null}
      {tab === 'items' ? (
        <div className="board-layout">
          <div className="board-main">
            <RaiseForm ref={memberField} members={members} staff={staff} onSaved={(v) => saved(v, 'board.raise.saved')} />
            {notice ? <p className="banner banner-ok" role="status" data-testid="board-notice">{t(notice.key, { name: memberName(i18n.language, { nameHi: notice.item.memberNameHi, nameEn: notice.item.memberNameEn }), status: t(`board.statuses.${notice.item.status}`) })}</p> : null}
            <div className="row board-filter" role="group" aria-label={t('board.filter.label')}>
              {(['all', ...BOARD_STATUSES] as const).map((s) => (
                <button key={s} type="button" className={filter === s ? 'chip chip-on' : 'chip'} aria-pressed={filter === s} onClick={() => setFilter(s)} data-testid={`board-filter-${s}`}>
                  {s === 'all' ? t('board.filter.all') : t(`board.statuses.${s}`)}
                </button>
              ))}
            </div>
            {listError ? <p className="banner banner-error" role="alert">{showError(listError).message}</p> : null}
            {rows.length === 0 ? <p className="muted" data-testid="board-empty">{t('board.empty')}</p> : <BoardTable rows={rows} selected={open?.id ?? null} onOpen={(id) => void openItem(id)} />}
          </div>
          {open ? (
            <ItemDetail
              item={open}
              staff={staff}
              members={members}
              onChanged={(v) => saved(v, 'board.moved')}
              onStale={() => { void openItem(open.id); void reload(); }}
              onClose={() => setOpen(null)}
            />
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
