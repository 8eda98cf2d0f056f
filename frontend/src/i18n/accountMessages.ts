/** The accounts screen: the state of an account, editing it, disabling it and unbinding it. */
export const accountZh = {
  'accounts.state.ACTIVE': '启用中',
  'accounts.state.DISABLED': '已停用',
  'accounts.state.UNBOUND': '已解绑',
  'accounts.more': '更多操作',
  'accounts.edit': '编辑',
  'accounts.editTitle': '编辑公众号',
  'accounts.disable': '停用',
  'accounts.enable': '启用',
  'accounts.unbind': '解绑',
  'accounts.disableConfirm':
    '停用“{name}”？粉丝的消息仍会被接收和保存（微信不会向粉丝报错），但不再开始会话、不自动回复，也不再向粉丝发送任何消息；H5 客服页显示“客服暂停服务”。进行中的会话保留，由座席结束（座席的回复不会送达）。随时可以重新启用。',
  'accounts.unbindConfirm':
    '解绑“{name}”？将清除 AppSecret、Token 和 EncodingAESKey；推送 URL 和 H5 客服链接随即失效。会话、聊天记录、粉丝和评价全部保留，可在“历史会话”中查看。日后用同一 AppID 重新绑定，这些历史会重新接上。请同时在微信公众平台的服务器配置中停用或改掉该 URL。',
  'accounts.secretKeep': '留空则保持不变；已保存的值不会显示。',
  'accounts.newAppSecret': '新 AppSecret',
  'accounts.newToken': '新 Token',
  'accounts.appSecretHint':
    '在微信公众平台重置 AppSecret 后填写新值；保存后客服台用新值重新获取 access token。留空则保持不变，已保存的值不会显示。',
  'accounts.tokenHint':
    '保存后，请到 微信公众平台 → 设置与开发 → 基本配置 → 服务器配置 → 修改配置 填写同一个新 Token 并提交。在那之前，用旧 Token 签名的推送仍被接受；微信一用新 Token，旧 Token 即失效。留空则保持不变。',
  'accounts.previousTokenActive': '旧 Token 仍被接受，直到微信改用新 Token',
  'accounts.domainFile.upload': '上传文件',
};

export const accountEn: Record<keyof typeof accountZh, string> = {
  'accounts.state.ACTIVE': 'Active',
  'accounts.state.DISABLED': 'Disabled',
  'accounts.state.UNBOUND': 'Unbound',
  'accounts.more': 'More actions',
  'accounts.edit': 'Edit',
  'accounts.editTitle': 'Edit account',
  'accounts.disable': 'Disable',
  'accounts.enable': 'Enable',
  'accounts.unbind': 'Unbind',
  'accounts.disableConfirm':
    "Disable “{name}”? Fans' messages are still received and kept (WeChat shows fans no error), but they start no conversation and get no automatic reply, and nothing is sent to fans; the H5 chat page says the service is paused. Open conversations stay for their agents to end (agents' replies are not delivered). You can enable it again at any time.",
  'accounts.unbindConfirm':
    'Unbind “{name}”? Its AppSecret, Token and EncodingAESKey are wiped; the push URL and the H5 chat link stop working. Conversations, transcripts, fans and ratings all stay and can be read in History. Binding the same AppID again later picks this history up again. Also turn off or change the URL in the WeChat platform’s server configuration.',
  'accounts.secretKeep': 'Leave empty to keep the current one; stored values are never shown.',
  'accounts.newAppSecret': 'New AppSecret',
  'accounts.newToken': 'New Token',
  'accounts.appSecretHint':
    'After resetting the AppSecret in the WeChat platform, enter the new one; the desk then gets a new access token with it. Leave empty to keep the current one, which is never shown.',
  'accounts.tokenHint':
    'After saving, enter the same new Token in WeChat platform → Settings & Development → Basic Configuration → Server Configuration → Modify, and submit. Until then pushes signed with the old Token are still accepted; once WeChat signs with the new one, the old one stops working. Leave empty to keep the current one.',
  'accounts.previousTokenActive': 'Previous Token accepted until WeChat uses the new one',
  'accounts.domainFile.upload': 'Upload file',
};
