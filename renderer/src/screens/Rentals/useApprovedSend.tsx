import { useState, type ReactNode } from 'react';
import type { ApiError } from '../../../../src/shared/errors';
import { APPROVER_ERRORS, ManagerApproval, type Approval } from '../Sell/ManagerApproval';
import { useRentalError } from './useRentalError';

type Sent<T> = { ok: true; value: T } | { ok: false; error: ApiError } | null;

/**
 * A rental call that may need a manager's PIN (a waived late fee, a different amount kept): the PIN
 * pad opens first when the counter already knows (`pinFirst`), or when the core answers that it
 * needs one; a wrong PIN stays on the pad, any other refusal goes to the form behind it.
 * `send` returns null when it stopped on its own (e.g. a photo that would not upload).
 */
export function useApprovedSend<T>(opts: {
  send: (approval?: Approval) => Promise<Sent<T>>;
  pinFirst: boolean;
  onDone: (value: T) => void;
  onError: (e: ApiError) => void;
  /** Other answers that mean "ask a manager" for this call (besides APPROVAL_REQUIRED). */
  asksForPin?: (e: ApiError) => boolean;
}): { busy: boolean; approving: boolean; submit: () => Promise<void>; pinPad: (why: string) => ReactNode } {
  const rentalError = useRentalError();
  const [busy, setBusy] = useState(false);
  const [approving, setApproving] = useState(false);

  /** Returns what the PIN pad should say, or null. */
  async function attempt(approval?: Approval): Promise<string | null> {
    const res = await opts.send(approval);
    if (!res) return null;
    if (res.ok) {
      setApproving(false);
      opts.onDone(res.value);
      return null;
    }
    if (approval && APPROVER_ERRORS.has(res.error.code)) return rentalError(res.error).message;
    if (!approval && (res.error.code === 'APPROVAL_REQUIRED' || opts.asksForPin?.(res.error))) {
      setApproving(true);
      return null;
    }
    setApproving(false);
    opts.onError(res.error);
    return null;
  }

  async function submit() {
    if (busy) return;
    setBusy(true);
    try {
      if (opts.pinFirst) setApproving(true);
      else await attempt();
    } finally {
      setBusy(false);
    }
  }

  const pinPad = (why: string) =>
    approving ? <ManagerApproval reason="refund" why={why} onCancel={() => setApproving(false)} onApprove={(a) => attempt(a)} /> : null;
  return { busy, approving, submit, pinPad };
}
