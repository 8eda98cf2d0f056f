import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../../test/helpers';
import { BpmnDiagram } from './BpmnDiagram';

// bpmn-js needs SVG layout jsdom lacks; a stand-in viewer records what the controls ask of its canvas.
const canvasZoom = vi.fn();
const stepZoom = vi.fn();
vi.mock('bpmn-js/lib/NavigatedViewer', () => ({
  default: class {
    importXML = () => Promise.resolve({ warnings: [] });
    destroy() {}
    get(name: string) {
      return name === 'canvas' ? { zoom: canvasZoom } : { stepZoom };
    }
  },
}));

describe('BpmnDiagram', () => {
  it('fits the diagram at first and zooms in, out, to fit and to actual size on the controls', async () => {
    renderWithI18n(<BpmnDiagram xml="<definitions/>" />);
    await vi.waitFor(() => expect(canvasZoom).toHaveBeenCalledWith('fit-viewport', 'auto'));
    canvasZoom.mockClear();
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: '放大' }));
    await user.click(screen.getByRole('button', { name: '缩小' }));
    expect(stepZoom.mock.calls).toEqual([[1], [-1]]);
    await user.click(screen.getByRole('button', { name: '实际大小（100%）' }));
    expect(canvasZoom).toHaveBeenLastCalledWith(1, 'auto');
    await user.click(screen.getByRole('button', { name: '适应窗口' }));
    expect(canvasZoom).toHaveBeenLastCalledWith('fit-viewport', 'auto');
  });
});
