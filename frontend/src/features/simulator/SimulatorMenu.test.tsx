import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../test/helpers';
import { SimulatorMenu } from './SimulatorMenu';

const buttons = [
  { type: 'click', name: '售前咨询', key: '1' },
  {
    name: '更多',
    sub_button: [
      { type: 'click', name: '转人工', key: '转人工' },
      { type: 'view', name: '官网', url: 'https://example.com/' },
    ],
  },
];

describe('SimulatorMenu', () => {
  it('sends a click button’s key and opens sub-buttons above their button', async () => {
    const onClick = vi.fn();
    renderWithI18n(<SimulatorMenu buttons={buttons} onClick={onClick} />);

    await userEvent.click(screen.getByRole('button', { name: '售前咨询' }));
    expect(onClick).toHaveBeenCalledWith('1', '售前咨询');

    expect(screen.queryByRole('button', { name: '转人工' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: '☰ 更多' }));
    await userEvent.click(screen.getByRole('button', { name: '转人工' }));
    expect(onClick).toHaveBeenLastCalledWith('转人工', '转人工');
    expect(screen.queryByRole('button', { name: '转人工' })).toBeNull();
  });

  it('opens a view button’s page instead of sending an event', async () => {
    const onClick = vi.fn();
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    renderWithI18n(<SimulatorMenu buttons={buttons} onClick={onClick} />);
    await userEvent.click(screen.getByRole('button', { name: '☰ 更多' }));
    await userEvent.click(screen.getByRole('button', { name: '官网' }));
    expect(open).toHaveBeenCalledWith('https://example.com/', '_blank', 'noopener');
    expect(onClick).not.toHaveBeenCalled();
    open.mockRestore();
  });

  it('says when the account has no custom menu', () => {
    renderWithI18n(<SimulatorMenu buttons={[]} onClick={vi.fn()} />);
    expect(screen.getByText('该公众号还没有自定义菜单')).toBeTruthy();
  });
});
