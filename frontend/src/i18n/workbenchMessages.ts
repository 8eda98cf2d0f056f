/** Keys of the agent's workbench added with issue 15, kept apart from messages.ts to ease merges. */
export const workbenchZh = {
  'author.automatic': '自动消息',
  'author.desk': '系统提示',
  'kind.TEMPLATE': '[模板消息]',
  'workbench.queueWaiting': '排队人数',
  'reminder.off': '未开启回复提醒',
  'actions.endTitle': '结束会话',
  'actions.endOk': '结束',
  'actions.closeEnded': '关闭会话',
  'transfer.done': '已将 {name} 的会话转接到 {queue}',
  'chat.endedReadable': '会话已结束，结束语、评价邀请和访客的评价会继续显示在这里，直到您关闭会话。',
} as const;

export const workbenchEn: Record<keyof typeof workbenchZh, string> = {
  'author.automatic': 'Automatic',
  'author.desk': 'Desk notice',
  'kind.TEMPLATE': '[Template message]',
  'workbench.queueWaiting': 'Waiting in queue',
  'reminder.off': 'Reply reminder off',
  'actions.endTitle': 'End the conversation',
  'actions.endOk': 'End',
  'actions.closeEnded': 'Close conversation',
  'transfer.done': "{name}'s conversation was transferred to {queue}",
  'chat.endedReadable':
    "The conversation has ended. The end text, the rating invitation and the visitor's rating still show here until you close it.",
};
