import type { FormInstance } from 'antd';
import { useT } from '../../../i18n/I18nProvider';
import { draftOfValues, type NavigationValues } from './navigationDraft';
import { validateNavigation } from './navigationValidation';

/**
 * The rule for one field: navigationValidation's verdict on the whole draft at the field's server path,
 * so that a number is checked against its siblings and an entry against where it leads.
 */
export function useDraftRule(form: FormInstance) {
  const t = useT();
  return (...paths: string[]): { validator: () => Promise<void> } => ({
    validator: () => {
      const problems = validateNavigation(draftOfValues(form.getFieldsValue(true) as NavigationValues));
      const problem = paths.map((path) => problems[path]).find(Boolean);
      return problem ? Promise.reject(new Error(t(problem))) : Promise.resolve();
    },
  });
}
