import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../i18n/I18nProvider';

/** Where the server sends a non-admin who opened Camunda Cockpit: why, in words, and the way back. */
export function CockpitDenied() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Result
      status="403"
      title={t('ac.denied.cockpit.title')}
      subTitle={t('ac.denied.cockpit.detail')}
      extra={
        <Button type="primary" onClick={() => navigate('/workbench')}>
          {t('ac.denied.toWorkbench')}
        </Button>
      }
    />
  );
}
