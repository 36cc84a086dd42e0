import { useTranslation } from 'react-i18next';
import type { BoardStatus } from '../../../../src/shared/api/board';

export function StatusPill({ status }: { status: BoardStatus }) {
  const { t } = useTranslation();
  return <span className={`board-pill board-pill-${status}`} data-testid="board-status">{t(`board.statuses.${status}`)}</span>;
}
