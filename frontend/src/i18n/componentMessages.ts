/** The third-party platform (第三方平台): its settings screen and binding an account by QR code. */
export const componentZh = {
  'ac.menu.component': '第三方平台',
  'component.title': '第三方平台（微信开放平台）',
  'component.intro':
    '在微信开放平台创建第三方平台后，把这里的 AppID、AppSecret、消息校验 Token 和消息加解密 Key 填入，并把下面两个 URL 填到开放平台的“授权事件接收 URL”和“消息与事件接收 URL”。保存后，公众号管理员即可在“绑定公众号”里用“微信授权”扫码绑定。',
  'component.appId': '第三方平台 AppID',
  'component.appSecret': '第三方平台 AppSecret',
  'component.appSecretKeep': '已保存；留空则保持不变，已保存的值不会显示。',
  'component.token': '消息校验 Token',
  'component.encodingAesKey': '消息加解密 Key',
  'component.eventUrl': '授权事件接收 URL',
  'component.messageUrl': '消息与事件接收 URL',
  'component.save': '保存',
  'component.saved': '已保存',
  'component.ticketAt': '最近一次收到 component_verify_ticket：{at}',
  'component.noTicket': '尚未收到 component_verify_ticket（微信每 10 分钟推送一次到授权事件接收 URL）。',
  'wizard.qrTitle': '微信授权（推荐）',
  'wizard.qrHint':
    '点击后打开微信的授权页，公众号管理员用微信扫码，选择要授权的公众号和权限即可完成绑定，无需填写 AppSecret、Token 和 EncodingAESKey。仅支持已认证的订阅号和服务号。不勾选“消息管理”权限时，公众号只用于网页授权（H5 客服页），不接收粉丝消息。',
  'wizard.qrStart': '微信授权',
  'wizard.developerTitle': '开发者方式',
  'accounts.binding.COMPONENT': '扫码授权',
  'accounts.binding.DEVELOPER': '开发者方式',
  'accounts.authorized': '已通过微信授权绑定公众号 {appId}。',
  'accounts.authorizationFailed': '微信授权未完成：{reason}',
};

export const componentEn: Record<keyof typeof componentZh, string> = {
  'ac.menu.component': 'Third-party platform',
  'component.title': 'Third-party platform (WeChat Open Platform)',
  'component.intro':
    "After creating a third-party platform on WeChat's Open Platform, enter its AppID, AppSecret, message-check Token and message encryption key here, and paste the two URLs below into the platform's authorization-event URL and message URL. Once saved, an account's admin can bind it by scanning a QR code with WeChat authorization in the binding wizard.",
  'component.appId': 'Platform AppID',
  'component.appSecret': 'Platform AppSecret',
  'component.appSecretKeep': 'Saved; leave empty to keep it. The saved value is never shown.',
  'component.token': 'Message-check Token',
  'component.encodingAesKey': 'Message encryption key',
  'component.eventUrl': 'Authorization-event URL',
  'component.messageUrl': 'Message URL',
  'component.save': 'Save',
  'component.saved': 'Saved',
  'component.ticketAt': 'Last component_verify_ticket received: {at}',
  'component.noTicket':
    'No component_verify_ticket yet (WeChat pushes one to the authorization-event URL every 10 minutes).',
  'wizard.qrTitle': 'WeChat authorization (recommended)',
  'wizard.qrHint':
    "Opens WeChat's authorization page: the account's admin scans the QR code with WeChat and picks the account and permissions, and the account is bound, with no AppSecret, Token or EncodingAESKey to type. Verified subscription and service accounts only. Without the message-management permission the account serves web authorization (the H5 chat page) only and receives no fan messages.",
  'wizard.qrStart': 'WeChat authorization',
  'wizard.developerTitle': 'Developer mode',
  'accounts.binding.COMPONENT': 'QR authorization',
  'accounts.binding.DEVELOPER': 'Developer mode',
  'accounts.authorized': 'Account {appId} is bound through WeChat authorization.',
  'accounts.authorizationFailed': 'WeChat authorization did not complete: {reason}',
};
