import { createColumnHelper, useTable } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardItem } from '../../../../src/shared/api/board';
import { tableFeaturesNone } from '../../components/VirtualTable';
import { dateShort } from '../Rentals/dates';
import { StatusPill } from './StatusPill';
import { memberName } from './usePeople';

const helper = createColumnHelper<typeof tableFeaturesNone, BoardItem>();

/** What members raised, newest first; a row (or Enter on it) opens the item. */
export function BoardTable(props: { rows: BoardItem[]; selected: number | null; onOpen: (id: number) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor('raisedOn', { header: () => t('board.col.raisedOn'), cell: (c) => dateShort(c.getValue(), lang) }),
        helper.display({ id: 'member', header: () => t('board.col.member'), cell: ({ row }) => memberName(lang, { nameHi: row.original.memberNameHi, nameEn: row.original.memberNameEn }) }),
        helper.accessor('kind', { header: () => t('board.col.kind'), cell: (c) => t(`board.kinds.${c.getValue()}`) }),
        helper.accessor('text', { header: () => t('board.col.text'), cell: (c) => <span lang="hi">{c.getValue()}</span> }),
        helper.accessor('status', { header: () => t('board.col.status'), cell: (c) => <StatusPill status={c.getValue()} /> }),
        helper.display({ id: 'assignee', header: () => t('board.col.assignee'), cell: ({ row }) => row.original.assignee?.name ?? '—' }),
      ]),
    [t, lang],
  );
  const table = useTable({ features: tableFeaturesNone, columns, data: props.rows });
  return (
    <table className="grid board-table" data-testid="board-table">
      <thead>
        {table.getHeaderGroups().map((g) => (
          <tr key={g.id}>
            {g.headers.map((h) => <th key={h.id} className={`col-${h.column.id}`}>{h.isPlaceholder ? null : <table.FlexRender header={h} />}</th>)}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <tr
            key={row.id}
            tabIndex={0}
            className={row.original.id === props.selected ? 'board-row board-row-on' : 'board-row'}
            onClick={() => props.onOpen(row.original.id)}
            onKeyDown={(e) => e.key === 'Enter' && props.onOpen(row.original.id)}
            data-testid={`board-row-${row.original.id}`}
          >
            {row.getAllCells().map((c) => <td key={c.id} className={`col-${c.column.id}`}><table.FlexRender cell={c} /></td>)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
