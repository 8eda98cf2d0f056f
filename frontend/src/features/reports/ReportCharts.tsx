import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
// The ES module build: the CommonJS one's default export reaches the bundle as the module object, which React cannot render.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { ReportFigures } from '../../api/reports';
import { useT } from '../../i18n/I18nProvider';

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  CanvasRenderer,
]);

function Chart({ title, option }: { title: string; option: echarts.EChartsCoreOption }) {
  return (
    <figure className="report-chart">
      <figcaption>{title}</figcaption>
      <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: 280 }} />
    </figure>
  );
}

const hours = (seconds: number) => Math.round((seconds / 3600) * 10) / 10;

const round = (value: number | null | undefined) =>
  value === null || value === undefined ? null : Math.round(value);

/** The report's comparable numbers as charts; loaded on its own so that other screens stay light. */
export default function ReportCharts({ figures }: { figures: ReportFigures }) {
  const t = useT();
  const tooltip = { trigger: 'axis' as const };
  const spreads = [
    [t('report.chart.queueWait'), figures.queueWait],
    [t('report.chart.firstResponse'), figures.firstResponse],
    [t('report.chart.length'), figures.length],
  ] as const;
  return (
    <div className="report-charts">
      <Chart
        title={t('report.chart.days')}
        option={{
          tooltip,
          legend: {},
          xAxis: { type: 'category', data: figures.days.map((day) => day.day) },
          yAxis: { type: 'value', minInterval: 1 },
          series: [
            { name: t('report.started'), type: 'line', data: figures.days.map((day) => day.started) },
            { name: t('report.served'), type: 'line', data: figures.days.map((day) => day.served) },
            { name: t('report.abandoned'), type: 'line', data: figures.days.map((day) => day.abandoned) },
          ],
        }}
      />
      <Chart
        title={t('report.chart.times')}
        option={{
          tooltip,
          legend: {},
          xAxis: { type: 'category', data: spreads.map(([label]) => label) },
          yAxis: { type: 'value' },
          series: [
            {
              name: t('report.chart.median'),
              type: 'bar',
              data: spreads.map(([, spread]) => round(spread.median)),
            },
            {
              name: t('report.chart.p90'),
              type: 'bar',
              data: spreads.map(([, spread]) => round(spread.p90)),
            },
          ],
        }}
      />
      <Chart
        title={t('report.chart.ratings')}
        option={{
          tooltip: { trigger: 'item' },
          series: [
            {
              type: 'pie',
              radius: ['40%', '70%'],
              data: figures.ratings.map((rating) => ({
                name: t('report.chart.rating', { rating: rating.rating }),
                value: rating.conversations,
              })),
            },
          ],
        }}
      />
      <Chart
        title={t('report.chart.timeouts')}
        option={{
          tooltip,
          grid: { left: 160 },
          xAxis: { type: 'value', minInterval: 1 },
          yAxis: {
            type: 'category',
            data: Object.keys(figures.timeouts).map((kind) =>
              t(`report.timeout.${kind}` as 'report.timeout.QUEUE_APPEASE'),
            ),
          },
          series: [{ type: 'bar', data: Object.values(figures.timeouts) }],
        }}
      />
      <Chart
        title={t('report.chart.load')}
        option={{
          tooltip,
          xAxis: { type: 'category', data: figures.loadByHour.map((_, hour) => `${hour}:00`) },
          yAxis: { type: 'value' },
          series: [{ type: 'bar', data: figures.loadByHour.map((load) => Math.round(load * 100) / 100) }],
        }}
      />
      <Chart
        title={t('report.chart.agents')}
        option={{
          tooltip,
          legend: {},
          xAxis: { type: 'category', data: figures.agents.map((agent) => agent.username) },
          yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value' }],
          series: [
            {
              name: t('report.chart.conversations'),
              type: 'bar',
              data: figures.agents.map((agent) => agent.conversations),
            },
            ...(
              [
                ['report.chart.onlineHours', 'onlineSeconds'],
                ['report.chart.busyStatusHours', 'busyStatusSeconds'],
                ['report.chart.servingHours', 'servingSeconds'],
              ] as const
            ).map(([name, field]) => ({
              name: t(name),
              type: 'bar',
              yAxisIndex: 1,
              data: figures.agents.map((agent) => hours(agent[field])),
            })),
          ],
        }}
      />
    </div>
  );
}
