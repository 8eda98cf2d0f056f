/** Leaving the desk (logging out with conversations open) and handing a conversation to a named agent. */
export const handoverZh = {
  'logout.confirmTitle': '确定退出登录？',
  'logout.confirmOpen':
    '你还有 {count} 个进行中的会话。退出后你将下线，不再接入新访客；这些会话仍由你负责，管理员也能看到。',
  'logout.confirmOk': '仍然退出',
  'transfer.to': '转接给',
  'transfer.toQueue': '队列',
  'transfer.toAgent': '指定客服',
  'transfer.agent': '目标客服',
  'transfer.chooseAgent': '请选择客服',
  'transfer.agentLoad': '{name}（接待 {active}/{max}）',
  'transfer.noAgents': '该队列没有其他在线客服',
};

export const handoverEn: Record<keyof typeof handoverZh, string> = {
  'logout.confirmTitle': 'Sign out?',
  'logout.confirmOpen':
    'You have {count} conversations in progress. Signing out sets you offline, so no new visitor comes to you; these conversations stay yours, and admins see them.',
  'logout.confirmOk': 'Sign out anyway',
  'transfer.to': 'Transfer to',
  'transfer.toQueue': 'A queue',
  'transfer.toAgent': 'A named agent',
  'transfer.agent': 'Target agent',
  'transfer.chooseAgent': 'Choose an agent',
  'transfer.agentLoad': '{name} (serving {active}/{max})',
  'transfer.noAgents': 'No other agent of this queue is online',
};
