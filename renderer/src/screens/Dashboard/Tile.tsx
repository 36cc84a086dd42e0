import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * One figure on the dashboard; the whole tile is a button that opens the screen behind it
 * (Enter or Space from the keyboard, like any button). `tone` marks a tile that needs attention.
 */
export function Tile(props: { id: string; title: string; screen: string; onOpen: () => void; tone?: 'warn' | 'ok'; wide?: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const cls = ['dash-tile', props.tone ? `dash-${props.tone}` : '', props.wide ? 'dash-wide' : ''].filter(Boolean).join(' ');
  return (
    <button type="button" className={cls} onClick={props.onOpen} data-testid={`dash-${props.id}`} title={t('dashboard.opens', { screen: props.screen })}>
      <span className="dash-title">{props.title}</span>
      {props.children}
      <span className="dash-opens" aria-hidden="true">{props.screen} →</span>
    </button>
  );
}
