import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn.css';
import { useEffect, useRef, useState } from 'react';
import { Alert } from '../../../components/Alert';
import { useT } from '../../../i18n/I18nProvider';

interface Canvas {
  zoom(level: 'fit-viewport'): void;
}

/** Renders a BPMN file read-only, fitted to the frame; drag to pan, scroll to zoom. */
export function BpmnDiagram({ xml }: { xml: string }) {
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const viewer = new NavigatedViewer({ container: container.current });
    let current = true;
    setFailure(null);
    viewer
      .importXML(xml)
      .then(() => current && viewer.get<Canvas>('canvas').zoom('fit-viewport'))
      .catch((error: Error) => current && setFailure(error.message));
    return () => {
      current = false;
      viewer.destroy();
    };
  }, [xml]);

  return (
    <>
      <Alert message={failure && t('processes.renderFailed', { error: failure })} />
      <div className="bpmn-canvas" ref={container} data-testid="bpmn-canvas" />
    </>
  );
}
