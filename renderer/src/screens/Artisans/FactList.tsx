import type { ReactNode } from 'react';

/** Label/value pairs read down the card (her details, a payout's facts). */
export function FactList({ facts, testId }: { facts: [string, ReactNode][]; testId?: string }) {
  return (
    <dl className="art-facts" data-testid={testId}>
      {facts.map(([label, value]) => (
        <div key={label} className="art-fact">
          <dt className="muted">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
