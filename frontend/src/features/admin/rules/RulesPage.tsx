import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Select, Space, Table, Tag, Upload } from 'antd';
import { useEffect, useState } from 'react';
import {
  activateRules,
  listRuleVersions,
  ruleVersion,
  submitRules,
  type RuleSetId,
  type RuleSetVersion,
} from '../../../api/rules';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';
import '../adminTools.css';
import { useDateTime } from '../dateTime';
import { SourceProblems } from '../SourceProblems';
import { useConfirm } from '../useConfirm';
import { RuleTrialForm, compilerMessagesOf } from './RuleTrialForm';

const RULE_SETS: RuleSetId[] = ['assignment', 'navigation'];

const versionsKey = (ruleSet: RuleSetId) => ['admin', 'rules', ruleSet];

/** Versions of the Drools rule sets: read, submit a new version, roll back, and try the assignment rules. */
export function RulesPage() {
  const t = useT();
  const time = useDateTime();
  const confirm = useConfirm();
  const cache = useQueryClient();
  const [form] = Form.useForm<{ drl: string }>();
  const editor: string = Form.useWatch('drl', form) ?? '';
  const [ruleSet, setRuleSet] = useState<RuleSetId>('assignment');
  const [chosen, setChosen] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const versions = useQuery({ queryKey: versionsKey(ruleSet), queryFn: () => listRuleVersions(ruleSet) });
  // The version shown: the one picked, else the running one.
  const shownId =
    chosen ?? versions.data?.find((version) => version.active)?.id ?? versions.data?.[0]?.id ?? null;
  const shown = useQuery({
    queryKey: ['admin', 'rules', 'version', shownId],
    queryFn: () => ruleVersion(shownId as number),
    enabled: shownId !== null,
  });
  const refresh = () => cache.invalidateQueries({ queryKey: versionsKey(ruleSet) });
  const submission = useMutation({
    mutationFn: (drl: string) => submitRules(ruleSet, drl),
    onMutate: () => setNotice(null),
    onSuccess: (stored) => {
      setNotice(t('rules.submitted', { id: stored.id }));
      setChosen(stored.id);
      void refresh();
    },
  });
  const activation = useMutation({
    mutationFn: (version: RuleSetVersion) => activateRules(version.id),
    onMutate: () => setNotice(null),
    onSuccess: (activated) => {
      setNotice(t('rules.activated', { id: activated.id }));
      void refresh();
    },
  });

  // A version's rules replace what the editor holds when it is shown.
  const resetSubmission = submission.reset;
  useEffect(() => {
    if (shown.data) {
      form.setFieldsValue({ drl: shown.data.drl });
      resetSubmission();
    }
  }, [shown.data, form, resetSubmission]);

  function chooseRuleSet(set: RuleSetId) {
    setRuleSet(set);
    setChosen(null);
    setNotice(null);
  }

  async function activate(version: RuleSetVersion) {
    if (await confirm(t('rules.activateConfirm', { id: version.id }))) activation.mutate(version);
  }

  const failure = versions.error ?? shown.error ?? activation.error;
  const busy = submission.isPending || activation.isPending;
  return (
    <section>
      <div className="page-head">
        <div>
          <h1>{t('rules.title')}</h1>
          <p className="hint">{t('rules.intro')}</p>
        </div>
        <label className="field rules-toolbar">
          {t('rules.ruleSet')}
          <Select<RuleSetId>
            aria-label={t('rules.ruleSet')}
            value={ruleSet}
            onChange={chooseRuleSet}
            options={RULE_SETS.map((set) => ({ value: set, label: t(`rules.set.${set}`) }))}
          />
        </label>
      </div>
      {failure ? <Alert type="error" showIcon message={errorText(failure, t)} /> : null}
      {notice && <Alert type="success" showIcon message={notice} />}

      <div className="split">
        <div className="card">
          <h2>{t('rules.versions')}</h2>
          <Table<RuleSetVersion>
            rowKey="id"
            size="small"
            loading={versions.isFetching}
            dataSource={versions.data ?? []}
            pagination={false}
            locale={{ emptyText: t('rules.noVersions') }}
            rowClassName={(version) => (version.id === shownId ? 'ant-table-row-selected' : '')}
            columns={[
              {
                title: t('rules.versions'),
                key: 'version',
                render: (_, version) => (
                  <>
                    <Button type="link" onClick={() => setChosen(version.id)}>
                      {t('rules.version', { id: version.id })}
                    </Button>
                    {version.active && <Tag color="green">{t('rules.active')}</Tag>}
                    <div className="small muted">
                      {time(version.createdAt)} · {version.createdBy}
                    </div>
                  </>
                ),
              },
              {
                title: t('ac.common.actions'),
                key: 'actions',
                render: (_, version) =>
                  !version.active && (
                    <Button
                      loading={activation.isPending && activation.variables?.id === version.id}
                      disabled={busy}
                      onClick={() => void activate(version)}
                    >
                      {t('rules.activate')}
                    </Button>
                  ),
              },
            ]}
          />
        </div>

        <Form
          form={form}
          name="rules"
          layout="vertical"
          className="card"
          scrollToFirstError
          onFinish={({ drl }) => submission.mutate(drl)}
        >
          <h2>{shownId !== null ? t('rules.editing', { id: shownId }) : t('rules.editor')}</h2>
          <Form.Item
            name="drl"
            extra={t('rules.editorHint')}
            rules={[{ required: true, whitespace: true, message: t('ac.validation.required') }]}
          >
            <Input.TextArea
              className="drl"
              aria-label={t('rules.editor')}
              data-testid="rules-editor"
              spellCheck={false}
            />
          </Form.Item>
          {submission.error ? <Alert type="error" showIcon message={errorText(submission.error, t)} /> : null}
          <SourceProblems problems={compilerMessagesOf(submission.error)} source={editor} />
          <Space className="actions">
            <Upload
              accept=".drl,.txt"
              showUploadList={false}
              beforeUpload={(file) => {
                void file.text().then((drl) => {
                  form.setFieldsValue({ drl });
                  submission.reset();
                });
                return false;
              }}
            >
              <Button>{t('rules.loadFile')}</Button>
            </Upload>
            <Button type="primary" htmlType="submit" loading={submission.isPending} disabled={busy}>
              {t('rules.submit')}
            </Button>
          </Space>
        </Form>
      </div>

      {ruleSet === 'assignment' && <RuleTrialForm editorDrl={editor} />}
    </section>
  );
}
