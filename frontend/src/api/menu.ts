import { request } from './client';

/** A button as WeChat keeps it; which fields are set depends on the type (see the server's MenuButton). */
export interface MenuButton {
  name: string;
  type?: string | null;
  key?: string | null;
  url?: string | null;
  appId?: string | null;
  pagePath?: string | null;
  subButtons?: MenuButton[];
}

export interface CustomMenu {
  buttons: MenuButton[];
}

const path = (accountId: number) => `/api/admin/accounts/${accountId}/menu`;

export function loadMenu(accountId: number): Promise<CustomMenu> {
  return request<CustomMenu>('GET', path(accountId));
}

/** Replaces the account's whole menu at WeChat. */
export function publishMenu(accountId: number, menu: CustomMenu): Promise<CustomMenu> {
  return request<CustomMenu>('PUT', path(accountId), menu);
}
