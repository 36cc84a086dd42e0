import type { ReactNode } from 'react';
import { Money } from '../../components/Money';

/** A label and its amount (or count) on one line of a report card. */
export function Row(props: { label: string; paise?: number; value?: ReactNode; strong?: boolean; testId?: string; minus?: boolean }) {
  return (
    <tr className={props.strong ? 'rep-row rep-strong' : 'rep-row'} data-testid={props.testId}>
      <th scope="row">{props.label}</th>
      <td className="num">{props.paise !== undefined ? <Money paise={props.minus && props.paise ? -props.paise : props.paise} /> : props.value}</td>
    </tr>
  );
}

/** A card of label/amount rows under a heading. */
export function RowsCard(props: { title: string; children: ReactNode; testId?: string; className?: string; note?: ReactNode }) {
  return (
    <section className={`card rep-card ${props.className ?? ''}`} data-testid={props.testId}>
      <h3>{props.title}</h3>
      {props.note}
      <table className="rep-rows">
        <tbody>{props.children}</tbody>
      </table>
    </section>
  );
}
