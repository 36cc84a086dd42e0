/** A row of big tab buttons; the current one is marked for screen readers too. */
export function Tabs<K extends string>(props: { tabs: { key: K; label: string }[]; current: K; onChange: (k: K) => void }) {
  return (
    <div className="tabs" role="tablist">
      {props.tabs.map((tab) => (
        <button key={tab.key} type="button" role="tab" aria-selected={tab.key === props.current} className={tab.key === props.current ? 'tab tab-on' : 'tab'} onClick={() => props.onChange(tab.key)} data-testid={`tab-${tab.key}`}>
          {tab.label}
        </button>
      ))}
    </div>
  );
}
