import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect } from 'vitest';

/**
 * Answers the antd confirm a click opened (useConfirm, Modal.confirm), after checking it asks what
 * the test expects: ok or cancel, the dialog's last and first button.
 */
export async function answerConfirm(ok: boolean, question: string): Promise<void> {
  const dialog = (await screen.findAllByRole('dialog')).at(-1) as HTMLElement;
  expect(dialog.textContent).toContain(question);
  const buttons = within(dialog).getAllByRole('button');
  await userEvent.click((ok ? buttons.at(-1) : buttons[0]) as HTMLElement);
}
