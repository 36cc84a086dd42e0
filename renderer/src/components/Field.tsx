import type { ReactNode } from 'react';

/** A labelled form field with its error underneath, tied together for screen readers. */
export function Field(props: { id: string; label: string; error?: string; hint?: string; children: ReactNode }) {
  return (
    <div className={props.error ? 'field field-error' : 'field'}>
      <label htmlFor={props.id}>{props.label}</label>
      {props.children}
      {props.hint && !props.error ? <small className="hint">{props.hint}</small> : null}
      {props.error ? (
        <small className="error-text" id={`${props.id}-error`} role="alert">
          {props.error}
        </small>
      ) : null}
    </div>
  );
}
