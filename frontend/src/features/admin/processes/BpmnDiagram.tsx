import { CompressOutlined, ExpandOutlined, ZoomInOutlined, ZoomOutOutlined } from '@ant-design/icons';
import { Button, Space, Tooltip } from 'antd';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn.css';
import { useEffect, useRef, useState } from 'react';
import { Alert } from '../../../components/Alert';
import { useT } from '../../../i18n/I18nProvider';

interface Canvas {
  zoom(level?: number | 'fit-viewport', center?: 'auto'): number;
}

interface ZoomScroll {
  stepZoom(delta: number): void;
}

/** Renders a BPMN file read-only, fitted to the frame, with zoom controls; drag to pan, scroll to zoom. */
export function BpmnDiagram({ xml }: { xml: string }) {
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  const viewer = useRef<NavigatedViewer | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const shown = new NavigatedViewer({ container: container.current });
    viewer.current = shown;
    let current = true;
    setFailure(null);
    shown
      .importXML(xml)
      .then(() => current && shown.get<Canvas>('canvas').zoom('fit-viewport', 'auto'))
      .catch((error: Error) => current && setFailure(error.message));
    return () => {
      current = false;
      viewer.current = null;
      shown.destroy();
    };
  }, [xml]);

  const canvas = () => viewer.current?.get<Canvas>('canvas');
  const step = (delta: number) => viewer.current?.get<ZoomScroll>('zoomScroll').stepZoom(delta);
  const control = (label: string, icon: React.ReactNode, act: () => void) => (
    <Tooltip title={label}>
      <Button aria-label={label} icon={icon} onClick={act} />
    </Tooltip>
  );

  return (
    <>
      <Alert message={failure && t('processes.renderFailed', { error: failure })} />
      <Space className="bpmn-controls" aria-label={t('processes.zoom.label')}>
        {control(t('processes.zoom.in'), <ZoomInOutlined />, () => step(1))}
        {control(t('processes.zoom.out'), <ZoomOutOutlined />, () => step(-1))}
        {control(t('processes.zoom.fit'), <CompressOutlined />, () => canvas()?.zoom('fit-viewport', 'auto'))}
        {control(t('processes.zoom.reset'), <ExpandOutlined />, () => canvas()?.zoom(1, 'auto'))}
      </Space>
      <div className="bpmn-canvas" ref={container} data-testid="bpmn-canvas" />
    </>
  );
}
