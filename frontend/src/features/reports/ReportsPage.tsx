import { DownloadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert as Notice, Button, DatePicker, Input, Segmented, Select, Spin, Statistic, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { lazy, Suspense, useState } from 'react';
import {
  fetchReport,
  fetchReportChoices,
  REPORT_PERIODS,
  reportCsvUrl,
  type ReportPeriod,
  type ReportQuery,
} from '../../api/reports';
import { Alert } from '../../components/Alert';
import { errorTextWithFields } from '../../i18n/errorText';
import { useT } from '../../i18n/I18nProvider';
import './reports.css';

const ReportCharts = lazy(() => import('./ReportCharts'));

type RefusalKey = 'report.refusal.OUT_OF_HOURS' | 'report.refusal.NO_AGENT';

export const REPORTS_PATH = '/reports';

/** Reports per account, queue, agent and period: the key figures, charts, and the same as CSV. */
export function ReportsPage() {
  const t = useT();
  const [accountId, setAccountId] = useState<number>();
  const [queueId, setQueueId] = useState<number>();
  const [agentId, setAgentId] = useState<number>();
  const [period, setPeriod] = useState<ReportPeriod>('TODAY');
  const [days, setDays] = useState<[Dayjs, Dayjs] | null>(null);
  const [zone, setZone] = useState('');
  const choices = useQuery({ queryKey: ['reports', 'choices'], queryFn: fetchReportChoices });

  const custom = period === 'CUSTOM';
  const query: ReportQuery = {
    accountId,
    queueId,
    agentId,
    period,
    from: custom && days ? days[0].format('YYYY-MM-DD') : undefined,
    to: custom && days ? days[1].format('YYYY-MM-DD') : undefined,
    zone: zone.trim() || undefined,
  };
  const report = useQuery({
    queryKey: ['reports', query],
    queryFn: () => fetchReport(query),
    enabled: !custom || days !== null,
    placeholderData: keepPreviousData,
  });
  const figures = report.data;
  const seconds = (value: number | null | undefined) =>
    value === null || value === undefined
      ? t('report.none')
      : t('report.seconds', { value: Math.round(value) });
  const hours = (value: number) => t('report.hours', { value: (value / 3600).toFixed(1) });
  const share = (value: number | null | undefined) =>
    value === null || value === undefined ? t('report.none') : `${Math.round(value * 100)}%`;
  const all = { value: '', label: t('report.all') };
  const options = (named: { id: number; name: string }[] | undefined) => [
    all,
    ...(named ?? []).map((one) => ({ value: one.id, label: one.name })),
  ];
  const choice = (value: number | undefined) => (value === undefined ? '' : value);
  const chosen = (value: number | '') => (value === '' ? undefined : value);

  return (
    <section>
      <div className="page-head">
        <h1>{t('report.title')}</h1>
        <Button icon={<DownloadOutlined />} href={reportCsvUrl(query)} disabled={custom && days === null}>
          {t('report.csv')}
        </Button>
      </div>
      <div className="report-filters">
        <Select<number | ''>
          showSearch
          optionFilterProp="label"
          aria-label={t('report.account')}
          value={choice(accountId)}
          onChange={(value) => setAccountId(chosen(value))}
          options={options(choices.data?.accounts)}
        />
        <Select<number | ''>
          showSearch
          optionFilterProp="label"
          aria-label={t('report.queue')}
          value={choice(queueId)}
          onChange={(value) => setQueueId(chosen(value))}
          options={options(choices.data?.queues)}
        />
        <Select<number | ''>
          showSearch
          optionFilterProp="label"
          aria-label={t('report.agent')}
          value={choice(agentId)}
          onChange={(value) => setAgentId(chosen(value))}
          options={options(choices.data?.agents)}
        />
        <Segmented<ReportPeriod>
          aria-label={t('report.period')}
          value={period}
          onChange={setPeriod}
          options={REPORT_PERIODS.map((p) => ({ value: p, label: t(`report.period.${p}`) }))}
        />
        {custom && (
          <DatePicker.RangePicker
            aria-label={t('report.period.CUSTOM')}
            value={days}
            onChange={(range) => setDays(range && range[0] && range[1] ? [range[0], range[1]] : null)}
          />
        )}
        <Input
          aria-label={t('report.zone')}
          placeholder="Asia/Shanghai"
          style={{ width: 160 }}
          value={zone}
          onChange={(event) => setZone(event.target.value)}
        />
      </div>
      {report.error && <Alert message={errorTextWithFields(report.error, t)} />}
      {figures && (
        <>
          <div className="report-figures">
            <Statistic title={t('report.started')} value={figures.started} />
            <Statistic title={t('report.served')} value={figures.served} />
            <Statistic title={t('report.abandonedGaveUp')} value={figures.abandonedGaveUp} />
            <Statistic title={t('report.abandonedTimedOut')} value={figures.abandonedTimedOut} />
            <div>
              <Statistic title={t('report.refused')} value={figures.refused} />
              <div className="report-breakdown" data-testid="refusals">
                {Object.entries(figures.refusals)
                  .map(([reason, count]) => `${t(`report.refusal.${reason}` as RefusalKey)} ${count}`)
                  .join(' · ')}
              </div>
            </div>
            <Statistic title={t('report.transfers')} value={figures.transfers} />
            <Statistic title={t('report.chart.queueWait')} value={seconds(figures.queueWait.median)} />
            <Statistic
              title={t('report.chart.firstResponse')}
              value={seconds(figures.firstResponse.median)}
            />
            <Statistic
              title={t('report.messagesPerConversation')}
              value={
                figures.messagesPerConversation === null || figures.messagesPerConversation === undefined
                  ? t('report.none')
                  : figures.messagesPerConversation.toFixed(1)
              }
            />
            <Statistic title={t('report.ratedShare')} value={share(figures.ratedShare)} />
            <Statistic title={t('report.solvedRate')} value={share(figures.solvedRate)} />
          </div>
          {figures.percentilesApproximate && (
            <Notice className="report-notice" type="info" showIcon message={t('report.approximate')} />
          )}
          <Suspense fallback={<Spin />}>
            <ReportCharts figures={figures} />
          </Suspense>
          <Table
            className="report-agents"
            rowKey="agentId"
            size="small"
            pagination={false}
            dataSource={figures.agents}
            columns={[
              { title: t('report.agents.username'), dataIndex: 'username' },
              { title: t('report.agents.conversations'), dataIndex: 'conversations', align: 'right' },
              { title: t('report.agents.online'), dataIndex: 'onlineSeconds', align: 'right', render: hours },
              {
                title: t('report.agents.busyStatus'),
                dataIndex: 'busyStatusSeconds',
                align: 'right',
                render: hours,
              },
              {
                title: t('report.agents.serving'),
                dataIndex: 'servingSeconds',
                align: 'right',
                render: hours,
              },
              {
                title: t('report.agents.averageRating'),
                dataIndex: 'averageRating',
                align: 'right',
                render: (value: number | null | undefined) =>
                  value === null || value === undefined ? t('report.none') : value.toFixed(2),
              },
            ]}
          />
        </>
      )}
    </section>
  );
}
