import { answer, api, type Schema } from './http';

/** The desk's third-party platform (第三方平台) as the admin API shows it: which secrets are set, never their values. */
export type Component = Schema<'ComponentView'>;
/** An empty AppSecret keeps the saved one. */
export type ComponentRequest = Schema<'ComponentRequest'>;
/** What WeChat told of an account bound by QR code, and what its admin granted. */
export type Authorizer = Schema<'AuthorizerView'>;

export function loadComponent(): Promise<Component> {
  return answer(api.GET('/api/admin/component'));
}

export function saveComponent(request: ComponentRequest): Promise<Component> {
  return answer(api.PUT('/api/admin/component', { body: request }));
}

/** WeChat's authorization page (the QR code) for a new pre_auth_code; it returns to the desk when scanned. */
export async function startAuthorization(): Promise<string> {
  const started = await answer(api.POST('/api/admin/component/authorizations'));
  return started.authorizationUrl;
}

export function listAuthorizers(): Promise<Authorizer[]> {
  return answer(api.GET('/api/admin/component/authorizers'));
}
