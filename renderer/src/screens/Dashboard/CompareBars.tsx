/**
 * Two amounts as bars on one scale (today and last week by this time), each with its amount in
 * words beside it: the figures are the table. Plain CSS, so the dashboard loads no chart library.
 */
export function CompareBars(props: { rows: { key: string; label: string; value: number; text: string }[] }) {
  const max = Math.max(1, ...props.rows.map((r) => r.value));
  return (
    <span className="dash-bars">
      {props.rows.map((r) => (
        <span key={r.key} className="dash-bar-row" data-testid={`dash-bar-${r.key}`}>
          <span className="dash-bar-label">{r.label}</span>
          <span className="dash-bar-track" aria-hidden="true">
            <span className={`dash-bar dash-bar-${r.key}`} style={{ width: `${Math.max(0, (r.value / max) * 100)}%` }} />
          </span>
          <span className="dash-bar-text">{r.text}</span>
        </span>
      ))}
    </span>
  );
}
