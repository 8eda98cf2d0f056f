import { answer, api, type Schema } from './http';

/** A button as WeChat keeps it; which fields are set depends on the type (see the server's MenuButton). */
export type MenuButton = Schema<'MenuButton'>;
export type CustomMenu = Schema<'CustomMenu'>;

const byAccount = (id: number) => ({ params: { path: { id } } });

export function loadMenu(accountId: number): Promise<CustomMenu> {
  return answer(api.GET('/api/admin/accounts/{id}/menu', byAccount(accountId)));
}

export function publishMenu(accountId: number, menu: CustomMenu): Promise<CustomMenu> {
  return answer(api.PUT('/api/admin/accounts/{id}/menu', { ...byAccount(accountId), body: menu }));
}
