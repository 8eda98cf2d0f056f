import { useState } from 'react';
import { ApiError, type FieldErrors } from '../../api/client';

/**
 * The submit cycle every admin form shares: nothing is sent while the client finds problems (which
 * show from the first attempt on), and the server's per-field messages are kept to show beside the
 * fields they name.
 */
export function useCheckedSubmit(problems: object) {
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  /** True when sent and accepted. */
  async function submit(send: () => Promise<void>): Promise<boolean> {
    setAttempted(true);
    if (Object.keys(problems).length > 0) return false;
    setBusy(true);
    setFailure(null);
    try {
      await send();
      setServerErrors({});
      return true;
    } catch (caught) {
      if (caught instanceof ApiError) setServerErrors(caught.fields);
      setFailure(caught);
      return false;
    } finally {
      setBusy(false);
    }
  }

  /** A failure no field message explains, e.g. the network or a 403; null otherwise. */
  const unexplained = failure instanceof ApiError && Object.keys(failure.fields).length > 0 ? null : failure;

  return { attempted, setAttempted, serverErrors, setServerErrors, busy, failure: unexplained, submit };
}
