import { Suspense, lazy, useCallback, useEffect, useState, type ChangeEvent } from 'react';
import { ApiError } from '../../../api/client';
import {
  deployProcess,
  listProcessVersions,
  processXml,
  type BpmnProblem,
  type ProcessVersion,
} from '../../../api/processes';
import { Alert } from '../../../components/Alert';
import { errorText } from '../../../i18n/errorText';
import { useI18n } from '../../../i18n/I18nProvider';
import '../adminTools.css';
import { SourceProblems } from '../SourceProblems';

// bpmn-js is large: it is downloaded only when an admin opens this screen.
const BpmnDiagram = lazy(() => import('./BpmnDiagram').then((module) => ({ default: module.BpmnDiagram })));

function problemsOf(error: unknown): BpmnProblem[] {
  if (!(error instanceof ApiError)) return [];
  const problems = (error.body as { problems?: BpmnProblem[] } | undefined)?.problems;
  return Array.isArray(problems) ? problems : [];
}

/** The conversation flow's versions as diagrams, and the upload of a new version from Camunda Modeler. */
export function ProcessesPage() {
  const { t, lang } = useI18n();
  const [versions, setVersions] = useState<ProcessVersion[] | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [xml, setXml] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [uploadFailure, setUploadFailure] = useState<unknown>(null);
  const [uploading, setUploading] = useState(false);
  const [deployed, setDeployed] = useState<ProcessVersion | null>(null);

  const show = useCallback(async (definitionId: string) => {
    setSelected(definitionId);
    setXml(null);
    try {
      setXml(await processXml(definitionId));
    } catch (error) {
      setFailure(error);
    }
  }, []);

  const refresh = useCallback(async () => {
    try {
      const list = await listProcessVersions();
      setVersions(list);
      return list;
    } catch (error) {
      setFailure(error);
      return [];
    }
  }, []);

  useEffect(() => {
    void refresh().then((list) => list[0] && show(list[0].id));
  }, [refresh, show]);

  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setUploading(true);
    setUploadFailure(null);
    setDeployed(null);
    try {
      const version = await deployProcess(await file.text());
      setDeployed(version);
      await refresh();
      await show(version.id);
    } catch (error) {
      setUploadFailure(error);
    } finally {
      setUploading(false);
    }
  }

  const time = (iso: string) =>
    new Intl.DateTimeFormat(lang, { dateStyle: 'short', timeStyle: 'medium' }).format(new Date(iso));

  return (
    <section>
      <div className="page-head">
        <div>
          <h1>{t('processes.title')}</h1>
          <p className="hint">{t('processes.intro')}</p>
        </div>
      </div>
      <Alert message={failure ? errorText(failure, t) : null} />

      <div className="card field">
        <label htmlFor="process-upload">{t('processes.upload')}</label>
        <input id="process-upload" type="file" accept=".bpmn,.xml" disabled={uploading} onChange={upload} />
        <p className="hint">{t('processes.uploadHint')}</p>
        {uploading && <p className="muted">{t('processes.uploading')}</p>}
        {deployed && (
          <Alert tone="success" message={t('processes.deployed', { version: deployed.version })} />
        )}
        <Alert message={uploadFailure ? errorText(uploadFailure, t) : null} />
        <SourceProblems
          problems={problemsOf(uploadFailure).map((p) => ({
            line: p.line,
            column: p.column,
            text: p.message,
          }))}
        />
      </div>

      <div className="split">
        <div className="card">
          <h2>{t('processes.versions')}</h2>
          {versions === null && <p className="muted">{t('common.loading')}</p>}
          <ul className="version-list">
            {versions?.map((version, index) => (
              <li key={version.id} aria-current={version.id === selected ? 'true' : undefined}>
                <button type="button" className="link" onClick={() => void show(version.id)}>
                  <strong>{t('processes.version', { version: version.version })}</strong>
                  {index === 0 && <span className="badge">{t('processes.current')}</span>}
                  <div className="small muted">
                    {time(version.deployedAt)} · {version.deployedBy}
                  </div>
                  <div className="small">{t('processes.running', { count: version.running })}</div>
                </button>
              </li>
            ))}
          </ul>
        </div>
        <div className="card">
          <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
            {xml ? <BpmnDiagram xml={xml} /> : selected && <p className="muted">{t('common.loading')}</p>}
          </Suspense>
        </div>
      </div>
    </section>
  );
}
