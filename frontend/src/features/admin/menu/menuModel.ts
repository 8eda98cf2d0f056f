import type { CustomMenu, MenuButton } from '../../../api/menu';
import type { MessageKey } from '../../../i18n/messages';

/** WeChat's limits, in UTF-8 bytes as WeChat counts them (a Chinese character is 3). The server checks them too. */
export const LIMITS = {
  topLevel: 3,
  subButtons: 5,
  topName: 16,
  subName: 60,
  key: 128,
  url: 1024,
  appId: 32,
  pagePath: 1024,
} as const;

export const EDITABLE_TYPES = ['click', 'view', 'miniprogram'] as const;

export type TextField = 'name' | 'key' | 'url' | 'appId' | 'pagePath';

/** A button being edited: every text present (empty when unset), and an id that survives reordering. */
export interface EditorButton {
  id: number;
  name: string;
  type: string;
  key: string;
  url: string;
  appId: string;
  pagePath: string;
  subButtons: EditorButton[];
}

/** Where a button sits: index among the top-level buttons, and among its parent's sub-buttons. */
export interface ButtonPosition {
  top: number;
  sub?: number;
}

export interface FieldProblem {
  message: MessageKey;
  params?: Record<string, number>;
}

let nextId = 1;

export function newButton(): EditorButton {
  return { id: nextId++, name: '', type: 'click', key: '', url: '', appId: '', pagePath: '', subButtons: [] };
}

export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

export function fromMenu(menu: CustomMenu): EditorButton[] {
  const toEditor = (button: MenuButton): EditorButton => ({
    id: nextId++,
    name: button.name ?? '',
    type: button.type ?? (button.subButtons?.length ? '' : 'click'),
    key: button.key ?? '',
    url: button.url ?? '',
    appId: button.appId ?? '',
    pagePath: button.pagePath ?? '',
    subButtons: (button.subButtons ?? []).map(toEditor),
  });
  return menu.buttons.map(toEditor);
}

/** Only the fields the button's type uses; a button with sub-buttons sends no type. */
export function toMenu(buttons: EditorButton[]): CustomMenu {
  const toApi = (button: EditorButton): MenuButton => {
    if (button.subButtons.length > 0) return { name: button.name, subButtons: button.subButtons.map(toApi) };
    switch (button.type) {
      case 'click':
        return { name: button.name, type: 'click', key: button.key, subButtons: [] };
      case 'view':
        return { name: button.name, type: 'view', url: button.url, subButtons: [] };
      default:
        return {
          name: button.name,
          type: button.type,
          appId: button.appId,
          pagePath: button.pagePath,
          url: button.url,
          subButtons: [],
        };
    }
  };
  return { buttons: buttons.map(toApi) };
}

/** The server's name for a field (buttons[0].subButtons[1].url), so its errors land beside the same input. */
export function fieldPath(position: ButtonPosition, field: TextField | 'type' | 'subButtons'): string {
  const button =
    position.sub === undefined
      ? `buttons[${position.top}]`
      : `buttons[${position.top}].subButtons[${position.sub}]`;
  return `${button}.${field}`;
}

/** The fields a button of this type needs, in the order the form shows them. */
export function fieldsOf(type: string): TextField[] {
  switch (type) {
    case 'click':
      return ['key'];
    case 'view':
      return ['url'];
    case 'miniprogram':
      return ['appId', 'pagePath', 'url'];
    default:
      return [];
  }
}

export function fieldLimit(field: TextField, position: ButtonPosition): number {
  if (field !== 'name') return LIMITS[field];
  return position.sub === undefined ? LIMITS.topName : LIMITS.subName;
}

function checkButton(problems: Record<string, FieldProblem>, button: EditorButton, position: ButtonPosition) {
  const check = (field: TextField) => {
    const value = button[field];
    const limit = fieldLimit(field, position);
    if (value.trim() === '') problems[fieldPath(position, field)] = { message: 'menu.error.required' };
    else if (utf8Bytes(value) > limit) {
      problems[fieldPath(position, field)] = {
        message: 'menu.error.tooLong',
        params: { limit, bytes: utf8Bytes(value) },
      };
    } else if (field === 'url' && !/^https?:\/\//.test(value)) {
      problems[fieldPath(position, field)] = { message: 'menu.error.url' };
    }
  };
  check('name');
  if (button.subButtons.length > 0) return;
  if (!(EDITABLE_TYPES as readonly string[]).includes(button.type)) {
    problems[fieldPath(position, 'type')] = { message: 'menu.error.type' };
    return;
  }
  fieldsOf(button.type).forEach(check);
}

/** The same checks as the server's, keyed by the server's field paths; empty when the menu can be published. */
export function validateMenu(buttons: EditorButton[]): Record<string, FieldProblem> {
  const problems: Record<string, FieldProblem> = {};
  if (buttons.length === 0) problems.buttons = { message: 'menu.error.empty' };
  buttons.forEach((button, top) => {
    checkButton(problems, button, { top });
    button.subButtons.forEach((sub, index) => checkButton(problems, sub, { top, sub: index }));
  });
  return problems;
}

function mapTop(
  buttons: EditorButton[],
  top: number,
  change: (button: EditorButton) => EditorButton,
): EditorButton[] {
  return buttons.map((button, index) => (index === top ? change(button) : button));
}

export function updateButton(
  buttons: EditorButton[],
  position: ButtonPosition,
  patch: Partial<EditorButton>,
): EditorButton[] {
  const { sub } = position;
  if (sub === undefined) return mapTop(buttons, position.top, (button) => ({ ...button, ...patch }));
  return mapTop(buttons, position.top, (parent) => ({
    ...parent,
    subButtons: parent.subButtons.map((button, index) => (index === sub ? { ...button, ...patch } : button)),
  }));
}

export function addTopButton(buttons: EditorButton[]): EditorButton[] {
  return buttons.length >= LIMITS.topLevel ? buttons : [...buttons, newButton()];
}

/** A parent's own action is dropped by WeChat once it has sub-buttons, so its type is cleared too. */
export function addSubButton(buttons: EditorButton[], top: number): EditorButton[] {
  return mapTop(buttons, top, (parent) =>
    parent.subButtons.length >= LIMITS.subButtons
      ? parent
      : { ...parent, type: '', subButtons: [...parent.subButtons, newButton()] },
  );
}

/** Removing a parent's last sub-button turns it back into a button of its own, a click button until edited. */
export function removeButton(buttons: EditorButton[], position: ButtonPosition): EditorButton[] {
  const { sub } = position;
  if (sub === undefined) return buttons.filter((_, index) => index !== position.top);
  return mapTop(buttons, position.top, (parent) => {
    const subButtons = parent.subButtons.filter((_, index) => index !== sub);
    return { ...parent, subButtons, type: subButtons.length === 0 ? 'click' : parent.type };
  });
}

function swap<T>(items: T[], index: number, offset: -1 | 1): T[] {
  const target = index + offset;
  if (target < 0 || target >= items.length) return items;
  const copy = [...items];
  [copy[index], copy[target]] = [copy[target], copy[index]];
  return copy;
}

export function moveButton(
  buttons: EditorButton[],
  position: ButtonPosition,
  offset: -1 | 1,
): EditorButton[] {
  const { sub } = position;
  if (sub === undefined) return swap(buttons, position.top, offset);
  return mapTop(buttons, position.top, (parent) => ({
    ...parent,
    subButtons: swap(parent.subButtons, sub, offset),
  }));
}
