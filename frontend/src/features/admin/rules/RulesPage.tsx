import { useCallback, useEffect, useState, type ChangeEvent } from 'react';
import {
  activateRules,
  listRuleVersions,
  ruleVersion,
  submitRules,
  type RuleSetId,
  type RuleSetVersion,
} from '../../../api/rules';
import { Alert } from '../../../components/Alert';
import { BusyButton } from '../../../components/BusyButton';
import { errorText } from '../../../i18n/errorText';
import { useI18n } from '../../../i18n/I18nProvider';
import '../adminTools.css';
import { SourceProblems } from '../SourceProblems';
import { RuleTrialForm, compilerMessagesOf } from './RuleTrialForm';
import { useConfirm } from '../useConfirm';

const RULE_SETS: RuleSetId[] = ['assignment', 'navigation'];

/** Versions of the Drools rule sets: read, submit a new version, roll back, and try the assignment rules. */
export function RulesPage() {
  const { t, lang } = useI18n();
  const confirm = useConfirm();
  const [ruleSet, setRuleSet] = useState<RuleSetId>('assignment');
  const [versions, setVersions] = useState<RuleSetVersion[] | null>(null);
  const [selected, setSelected] = useState<RuleSetVersion | null>(null);
  const [editor, setEditor] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const [submitFailure, setSubmitFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState<'submit' | number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const show = useCallback(async (id: number) => {
    try {
      const { version, drl } = await ruleVersion(id);
      setSelected(version);
      setEditor(drl);
      setSubmitFailure(null);
    } catch (error) {
      setFailure(error);
    }
  }, []);

  const refresh = useCallback(async (set: RuleSetId) => {
    try {
      const list = await listRuleVersions(set);
      setVersions(list);
      return list;
    } catch (error) {
      setFailure(error);
      return [];
    }
  }, []);

  useEffect(() => {
    setVersions(null);
    setSelected(null);
    setNotice(null);
    void refresh(ruleSet).then((list) => {
      const active = list.find((version) => version.active) ?? list[0];
      if (active) void show(active.id);
    });
  }, [ruleSet, refresh, show]);

  async function submit() {
    setBusy('submit');
    setSubmitFailure(null);
    setNotice(null);
    try {
      const stored = await submitRules(ruleSet, editor);
      setNotice(t('rules.submitted', { id: stored.id }));
      await refresh(ruleSet);
      setSelected(stored);
    } catch (error) {
      setSubmitFailure(error);
    } finally {
      setBusy(null);
    }
  }

  async function activate(version: RuleSetVersion) {
    if (!(await confirm(t('rules.activateConfirm', { id: version.id })))) return;
    setBusy(version.id);
    setFailure(null);
    setNotice(null);
    try {
      await activateRules(version.id);
      setNotice(t('rules.activated', { id: version.id }));
      await refresh(ruleSet);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(null);
    }
  }

  async function loadFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) {
      setEditor(await file.text());
      setSubmitFailure(null);
    }
  }

  const time = (iso: string) =>
    new Intl.DateTimeFormat(lang, { dateStyle: 'short', timeStyle: 'medium' }).format(new Date(iso));

  return (
    <section>
      <div className="page-head">
        <div>
          <h1>{t('rules.title')}</h1>
          <p className="hint">{t('rules.intro')}</p>
        </div>
        <div className="field rules-toolbar">
          <label htmlFor="rules-set">{t('rules.ruleSet')}</label>
          <select
            id="rules-set"
            value={ruleSet}
            onChange={(event) => setRuleSet(event.target.value as RuleSetId)}
          >
            {RULE_SETS.map((set) => (
              <option key={set} value={set}>
                {t(`rules.set.${set}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <Alert message={failure ? errorText(failure, t) : null} />
      <Alert tone="success" message={notice} />

      <div className="split">
        <div className="card">
          <h2>{t('rules.versions')}</h2>
          {versions === null && <p className="muted">{t('common.loading')}</p>}
          <ul className="version-list" data-testid="rule-versions">
            {versions?.map((version) => (
              <li key={version.id} aria-current={version.id === selected?.id ? 'true' : undefined}>
                <button type="button" className="link" onClick={() => void show(version.id)}>
                  <strong>{t('rules.version', { id: version.id })}</strong>
                  {version.active && <span className="badge">{t('rules.active')}</span>}
                  <div className="small muted">
                    {time(version.createdAt)} · {version.createdBy}
                  </div>
                </button>
                {!version.active && (
                  <BusyButton
                    busy={busy === version.id}
                    disabled={busy !== null}
                    label={t('rules.activate')}
                    busyLabel={t('rules.activating')}
                    onClick={() => activate(version)}
                  />
                )}
              </li>
            ))}
          </ul>
        </div>

        <div className="card">
          <h2>{selected ? t('rules.editing', { id: selected.id }) : t('rules.editor')}</h2>
          <p className="hint">{t('rules.editorHint')}</p>
          <textarea
            className="drl"
            aria-label={t('rules.editor')}
            data-testid="rules-editor"
            spellCheck={false}
            value={editor}
            onChange={(event) => setEditor(event.target.value)}
          />
          <Alert message={submitFailure ? errorText(submitFailure, t) : null} />
          <SourceProblems problems={compilerMessagesOf(submitFailure)} source={editor} />
          <div className="actions">
            <label className="check" htmlFor="rules-file">
              {t('rules.loadFile')}
              <input id="rules-file" type="file" accept=".drl,.txt" onChange={loadFile} />
            </label>
            <BusyButton
              className="primary"
              busy={busy === 'submit'}
              disabled={busy !== null || editor.trim() === ''}
              label={t('rules.submit')}
              busyLabel={t('rules.submitting')}
              onClick={submit}
            />
          </div>
        </div>
      </div>

      {ruleSet === 'assignment' && <RuleTrialForm editorDrl={editor} />}
    </section>
  );
}
