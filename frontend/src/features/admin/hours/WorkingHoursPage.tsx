import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, DatePicker, Form, Input, InputNumber, Select, Space, Switch, TimePicker } from 'antd';
import { useState } from 'react';
import { getWorkingHours, saveWorkingHours, type WorkingHours } from '../../../api/workingHours';
import { Alert } from '../../../components/Alert';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/messages';
import { AccountPicker } from '../AccountPicker';
import { useAdminAccount } from '../useAdminAccount';
import { useFormSubmit } from '../useFormSubmit';
import {
  DAYS,
  fromForm,
  holidayDateProblem,
  MAX_RANGES_PER_DAY,
  neverOpen,
  NO_AGENT_WAIT,
  rangesProblem,
  TEXT_MAX,
  toForm,
  type HoursFormValues,
  type PickedRange,
} from './hoursForm';

/** The zones offered first; the account's own stays offered whatever it is. */
const ZONES = ['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei', 'Asia/Singapore', 'Asia/Tokyo', 'UTC'];

export function WorkingHoursPage() {
  const t = useT();
  const { accounts, accountId, choose } = useAdminAccount();
  const hours = useQuery({
    queryKey: ['admin', 'working-hours', accountId],
    queryFn: () => getWorkingHours(accountId!),
    enabled: accountId !== null,
    // The form holds the admin's edits: a refetch must not replace them behind their back.
    refetchOnWindowFocus: false,
  });
  const failure = accounts.error ?? hours.error;
  return (
    <section>
      <div className="page-head">
        <div>
          <h1>{t('ac.hours.title')}</h1>
          <p className="hint">{t('ac.hours.hint')}</p>
        </div>
        {accounts.data && accounts.data.length > 0 && (
          <AccountPicker accounts={accounts.data} value={accountId} onChange={choose} />
        )}
      </div>
      <Alert message={failure ? errorText(failure, t) : null} />
      {accounts.data?.length === 0 && <p className="card muted">{t('ac.common.noAccounts')}</p>}
      {hours.isFetching && <p className="muted">{t('common.loading')}</p>}
      {accountId !== null && hours.data && !hours.isFetching && (
        <WorkingHoursForm key={accountId} accountId={accountId} initial={hours.data} />
      )}
    </section>
  );
}

/** Each weekday's ranges, the holidays with their own hours (none: closed), the out-of-hours text. */
export function WorkingHoursForm({ accountId, initial }: { accountId: number; initial: WorkingHours }) {
  const t = useT();
  const client = useQueryClient();
  const [form] = Form.useForm<HoursFormValues>();
  const { busy, failure, submit } = useFormSubmit(form);
  const [saved, setSaved] = useState(false);
  const [closedAlways, setClosedAlways] = useState(false);
  const zones = ZONES.includes(initial.zone) ? ZONES : [initial.zone, ...ZONES];

  const rangesRule = {
    validator: (_: unknown, ranges: PickedRange[] | undefined) => {
      const problem = rangesProblem(ranges);
      return problem ? Promise.reject(new Error(t(problem, { max: MAX_RANGES_PER_DAY }))) : Promise.resolve();
    },
  };

  async function save(values: HoursFormValues) {
    setSaved(false);
    const all = { ...form.getFieldsValue(true), ...values } as HoursFormValues;
    setClosedAlways(neverOpen(all));
    if (neverOpen(all)) return;
    const accepted = await submit(async () => {
      const stored = await saveWorkingHours(accountId, fromForm(all));
      client.setQueryData(['admin', 'working-hours', accountId], stored);
    });
    setSaved(accepted);
  }

  function rangesList(name: (string | number)[], addLabel: MessageKey) {
    return (
      <Form.List name={name} rules={[rangesRule]}>
        {(fields, { add, remove }, { errors }) => (
          <Space wrap>
            {fields.map((field) => (
              <Space key={field.key} size={4}>
                <Form.Item name={field.name} noStyle>
                  <TimePicker.RangePicker format="HH:mm" minuteStep={5} order={false} />
                </Form.Item>
                <Button size="small" type="text" onClick={() => remove(field.name)}>
                  {t('ac.hours.removeRange')}
                </Button>
              </Space>
            ))}
            <Button size="small" onClick={() => add()}>
              {t(addLabel)}
            </Button>
            <Form.ErrorList errors={errors} />
          </Space>
        )}
      </Form.List>
    );
  }

  return (
    <Form<HoursFormValues>
      form={form}
      layout="vertical"
      initialValues={toForm(initial)}
      onFinish={(values) => void save(values)}
      className="card"
    >
      <Form.Item
        name="enabled"
        label={t('ac.hours.enabled')}
        valuePropName="checked"
        extra={t('ac.hours.enabledHint')}
      >
        <Switch />
      </Form.Item>
      <Form.Item name="zone" label={t('ac.hours.zone')}>
        <Select
          showSearch
          options={zones.map((zone) => ({ value: zone, label: zone }))}
          style={{ maxWidth: 240 }}
        />
      </Form.Item>
      <Form.Item
        name="outOfHoursText"
        label={t('ac.hours.outOfHoursText')}
        extra={t('ac.hours.outOfHoursTextHint')}
        rules={[
          {
            required: true,
            whitespace: true,
            max: TEXT_MAX,
            message: t('ac.hours.textLength', { max: TEXT_MAX }),
          },
        ]}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item
        name="noAgentLeavesMessage"
        label={t('ac.hours.noAgentLeavesMessage')}
        valuePropName="checked"
        extra={t('ac.hours.noAgentLeavesMessageHint')}
      >
        <Switch />
      </Form.Item>
      <Form.Item
        name="noAgentWaitMinutes"
        label={t('ac.hours.noAgentWaitMinutes')}
        extra={t('ac.hours.noAgentWaitHint', { min: NO_AGENT_WAIT[0], max: NO_AGENT_WAIT[1] })}
        rules={[
          {
            validator: (_, value: number | null) =>
              value !== null &&
              Number.isInteger(value) &&
              value >= NO_AGENT_WAIT[0] &&
              value <= NO_AGENT_WAIT[1]
                ? Promise.resolve()
                : Promise.reject(
                    new Error(
                      t('ac.hours.noAgentWaitRange', { min: NO_AGENT_WAIT[0], max: NO_AGENT_WAIT[1] }),
                    ),
                  ),
          },
        ]}
      >
        {/* No min or max here: a value out of range is named by the rule rather than silently changed. */}
        <InputNumber />
      </Form.Item>
      <Form.Item
        name="noAgentText"
        label={t('ac.hours.noAgentText')}
        dependencies={['noAgentLeavesMessage']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, value: string | undefined) => {
              const needed = getFieldValue('noAgentLeavesMessage') === true;
              const length = value?.trim().length ?? 0;
              return (needed && length === 0) || (value?.length ?? 0) > TEXT_MAX
                ? Promise.reject(new Error(t('ac.hours.textLength', { max: TEXT_MAX })))
                : Promise.resolve();
            },
          }),
        ]}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
      <h3>{t('ac.hours.weekly')}</h3>
      {DAYS.map((day) => (
        <Form.Item key={day} label={t(`ac.hours.day.${day}`)}>
          {rangesList(['weekly', day], 'ac.hours.addRange')}
        </Form.Item>
      ))}
      <h3>{t('ac.hours.holidays')}</h3>
      <p className="hint">{t('ac.hours.holidaysHint')}</p>
      <Form.List name="holidays">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} align="start" wrap className="holiday-row">
                <Form.Item
                  name={[field.name, 'date']}
                  rules={[
                    {
                      validator: () => {
                        const problem = holidayDateProblem(form.getFieldValue('holidays'), field.name);
                        return problem ? Promise.reject(new Error(t(problem))) : Promise.resolve();
                      },
                    },
                  ]}
                >
                  <DatePicker aria-label={t('ac.hours.holidayDate')} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'name']}
                  rules={[{ max: 32, message: t('ac.hours.nameLength', { max: 32 }) }]}
                >
                  <Input placeholder={t('ac.hours.holidayName')} style={{ width: 140 }} />
                </Form.Item>
                <Form.Item>{rangesList([field.name, 'hours'], 'ac.hours.addSpecialHours')}</Form.Item>
                <Button type="text" onClick={() => remove(field.name)}>
                  {t('ac.hours.removeHoliday')}
                </Button>
              </Space>
            ))}
            <Button onClick={() => add({ date: null, hours: [] })}>{t('ac.hours.addHoliday')}</Button>
          </>
        )}
      </Form.List>
      <Alert message={closedAlways ? t('ac.hours.neverOpen') : null} />
      <Alert message={failure ? errorText(failure, t) : null} />
      <Alert tone="success" message={saved ? t('ac.common.saved') : null} />
      <Button type="primary" htmlType="submit" loading={busy} style={{ marginTop: 16 }}>
        {busy ? t('ac.common.saving') : t('ac.common.save')}
      </Button>
    </Form>
  );
}
