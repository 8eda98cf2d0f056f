import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { useState, type ReactNode } from 'react';
import { HashRouter } from 'react-router';
import { useI18n } from '../i18n/I18nProvider';
import { App } from './App';

/** Server state for the desk's screens: cached per query, refetched when a screen's data may have moved. */
export function newQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: true } } });
}

/** The desk: agents' and admins' screens, with Ant Design speaking the language the switch chose. */
export function DeskApp() {
  return (
    <DeskProviders>
      <App />
    </DeskProviders>
  );
}

export function DeskProviders({ children }: { children: ReactNode }) {
  const { lang } = useI18n();
  const [queries] = useState(newQueryClient);
  dayjs.locale(lang === 'zh-CN' ? 'zh-cn' : 'en');
  return (
    <QueryClientProvider client={queries}>
      {/* No space put between two Chinese characters on a button: the desk's own buttons read 编辑, not 编 辑. */}
      <ConfigProvider locale={lang === 'zh-CN' ? zhCN : enUS} button={{ autoInsertSpace: false }}>
        <AntApp>
          {/* Hash routes: the server serves the one page at "/", so every address reloads without a server route. */}
          <HashRouter>{children}</HashRouter>
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
