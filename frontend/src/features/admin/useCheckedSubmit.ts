import { useEffect, useRef, useState } from 'react';
import { ApiError, type FieldErrors } from '../../api/client';

/**
 * The submit cycle every admin form shares: nothing is sent while the client finds problems (which
 * show from the first attempt on), and the server's per-field messages are kept to show beside the
 * fields they name. A refused submit brings the first field in error into view and focus (attach
 * `formRef` to the form): on a long form the summary beside the button says little by itself.
 */
export function useCheckedSubmit(problems: object) {
  const formRef = useRef<HTMLFormElement>(null);
  const [refusals, setRefusals] = useState(0);
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  /** True when sent and accepted. */
  async function submit(send: () => Promise<void>): Promise<boolean> {
    setAttempted(true);
    if (Object.keys(problems).length > 0) {
      setRefusals((count) => count + 1);
      return false;
    }
    setBusy(true);
    setFailure(null);
    try {
      await send();
      setServerErrors({});
      return true;
    } catch (caught) {
      if (caught instanceof ApiError) setServerErrors(caught.fields);
      setFailure(caught);
      setRefusals((count) => count + 1);
      return false;
    } finally {
      setBusy(false);
    }
  }

  // After the render that shows the messages, so that the server's are found too.
  useEffect(() => {
    if (refusals > 0) showFirstError(formRef.current);
  }, [refusals]);

  /** A failure no field message explains, e.g. the network or a 403; null otherwise. */
  const unexplained = failure instanceof ApiError && Object.keys(failure.fields).length > 0 ? null : failure;

  return {
    formRef,
    attempted,
    setAttempted,
    serverErrors,
    setServerErrors,
    busy,
    failure: unexplained,
    submit,
  };
}

/** The first field in error, in the form's order: an input marked invalid or a list's message. */
export function showFirstError(form: HTMLFormElement | null): void {
  const first = form?.querySelector<HTMLElement>('[aria-invalid="true"], .field-error');
  if (!first) return;
  const field = first.closest<HTMLElement>('.field') ?? first;
  field.scrollIntoView?.({ behavior: 'smooth', block: 'center' });
  const input = first.matches('input, textarea, select')
    ? first
    : field.querySelector<HTMLElement>('input, textarea, select');
  input?.focus({ preventScroll: true });
}
