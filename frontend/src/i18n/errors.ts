import type { Lang } from './messages';

/**
 * The wording of every error code the API sends (docs/api-errors.md). The backend lists its codes in
 * the enums implementing ErrorCode; ErrorCatalogueTest fails when one of them has no entry here.
 */
export type ErrorParams = Record<string, string | number | boolean>;

const errorsZh = {
  'request.malformed': '请求格式错误',
  'request.unreadableBody': '请求内容不是预期格式的 JSON',
  'request.loginRequired': '请先登录',
  'request.forbidden': '无权访问',
  'request.notFound': '请求的地址不存在',
  'request.methodNotAllowed': '不支持该请求方法',
  'request.unsupportedMediaType': '不支持该内容类型',
  'request.refused': '请求被拒绝（{status}）',
  'request.failed': '服务器内部错误',
  'wechat.refused': '微信拒绝了请求：错误码 {errcode} {errmsg}',
  'wechat.unreachable': '无法连接微信服务器',

  'input.invalid': '请检查输入',
  'input.required': '不能为空',
  'input.length': '须为 {min}-{max} 个字符',
  'input.tooLong': '最多 {max} 个字符',
  'input.tooManyBytes': '最多 {max} 字节（汉字占 3 字节），当前 {actual}',
  'input.hiddenCharacters': '不能含不可见的控制字符或文字方向字符',
  'input.range': '取值范围 {min}-{max}',
  'input.atLeast': '不能小于 {min}',
  'input.oneOf': '须为以下之一：{values}',
  'input.httpUrl': '须为 http:// 或 https:// 链接',
  'input.integer': '须为整数',
  'input.boolean': '须为是或否',
  'input.base64': '不是 base64 数据',
  'input.idempotencyKey': '幂等键须为 8-100 位字母、数字或 _:.-',

  'account.notFound': '公众号不存在',
  'account.alreadyBound': '该公众号已绑定',
  'account.sameAesKey': '新密钥与当前密钥相同',
  'account.boundByAuthorization': '该公众号已通过微信授权（扫码）绑定，不能再用开发者方式绑定',
  'account.boundInDeveloperMode': '该公众号已用开发者方式绑定；请先解绑，再用微信授权绑定',
  'component.notSetUp': '尚未设置第三方平台：请先在“管理 → 第三方平台”中填写',
  'component.noTicket':
    '尚未收到微信推送的 component_verify_ticket，请确认授权事件接收 URL 已填写，稍候（最多 10 分钟）再试',
  'component.wechatRefused': '微信开放平台拒绝了请求（errcode {errcode}）',
  'component.authorizationMissing': '授权被取消或授权码已过期，请重新授权',
  'component.stateInvalid': '授权链接已失效或已使用过，请从“绑定公众号”重新开始',
  'component.notVerified': '只能绑定已认证的订阅号或服务号（该公众号未认证）',
  'component.appIdFormat': 'AppID 须为 wx 加 16 位十六进制字符',
  'component.appSecretFormat': 'AppSecret 须为 32 位十六进制字符',
  'component.tokenFormat': 'Token 须为 3-32 位字母或数字',
  'component.aesKeyFormat': '消息加解密 Key 须为 43 位字母、数字、+ 或 /',
  'account.appIdFormat': 'AppID 须为 wx 加 16 位十六进制字符',
  'account.appSecretFormat': 'AppSecret 须为 32 位十六进制字符',
  'account.tokenFormat': 'Token 须为 3-32 位字母或数字',
  'kf.wechatIdFormat': '微信号须为 6-20 位字母、数字、下划线或减号，以字母开头',
  'account.aesKeyFormat': 'EncodingAESKey 须为 43 位字母、数字、+ 或 /',
  'account.originalIdFormat': '原始 ID 须为 gh_ 加 12 位十六进制字符',

  'agent.notFound': '座席不存在',
  'agent.skills': '技能名称最多 {maxName} 个字符，等级 {minLevel}-{maxLevel}',
  'cannedReply.notFound': '快捷回复不存在',
  'customer.designatedNeedsOwner': '指定客户须设置所属座席',
  'demo.mediaNotFound': '媒体不存在',
  'demo.openidFormat': 'openid 须为 1-64 位字母、数字、_ 或 -',

  'conversation.notFound': '会话不存在',
  'conversation.notEndable': '当前状态无法结束会话（{status}）',
  'conversation.notChatting': '会话不在进行中（{status}）',
  'conversation.alreadyOpen': '该粉丝已有进行中的会话',
  'conversation.noQueue': '该公众号和您都没有接待队列',
  'conversation.notAnAgent': '您没有座席身份，无法接待访客',
  'conversation.agentOffline': '请先上线再发起会话',
  'conversation.agentAtLimit': '已达接待上限 {max} 人，请先结束一个会话',
  'conversation.notQueued': '您已不在排队中（{status}）',
  'conversation.giveUpOff': '该公众号不支持放弃排队',

  'fan.notFound': '粉丝不存在',
  'fan.windowClosed': '超过 48 小时互动窗口，需等粉丝再次发消息',
  'fan.quotaSpent': '本窗口的客服消息条数已用完，需等粉丝再次发消息',
  'fan.webVisitor': '该访客未经微信授权进入 H5 页面，只能在 H5 会话中回复',
  'fan.tagExists': '标签已存在',
  'fan.tooManyAccountTags': '每个公众号最多 {max} 个标签（微信限制）',
  'fan.tooManyFanTags': '每个粉丝最多 {max} 个标签（微信限制）',

  'flow.surveyLabels': '评价等级须为 {minCount}-{maxCount} 个，每个最多 {maxLength} 字',
  'flow.robotAnswers': '每条自动回复须有关键词和最多 {max} 字的回答',
  'flow.surveyTemplateId': '开启模板消息时必填，1-64 位字母、数字、_ 或 -',
  'flow.surveyTemplateFields':
    '模板字段最多 {maxFields} 个，名称最多 {maxName} 位字母、数字或 _，内容最多 {maxValue} 字',

  'hours.zone': '请选择有效的时区，如 Asia/Shanghai',
  'hours.timeRanges': '每天最多 {max} 个时段，开始须早于结束，时段不能重叠',
  'hours.holidayDate': '日期须为有效的 年-月-日，且不能重复',
  'hours.neverOpen': '开启工作时间后至少要有一个工作时段',

  'leftMessage.notFound': '留言不存在或不属于您的公众号',
  'leftMessage.claimedByOther': '该留言已由 {agent} 认领',
  'leftMessage.alreadyHandled': '该留言已由 {agent} 处理',

  'h5.imageNotFound': '图片不存在',
  'h5.clientIdFormat': 'clientId 须为 8-64 位字母、数字或 -',
  'h5.tooManyMessages': '发送过于频繁，请稍后再试',
  'h5.tooManyMessagesFromNetwork': '您所在网络发送过于频繁，请稍后再试',
  'h5.verificationFileTaken': '其他公众号已上传同名文件',
  'h5.noVerificationFile': '未上传校验文件',
  'h5.verificationFileName': '文件名须为微信提供的 MP_verify_xxx.txt',
  'h5.verificationFileContent': '文件内容须为 1-64 位字母或数字',

  'media.notFound': '媒体文件不存在',
  'media.imageSize': '图片须小于 {max}',
  'media.imageType': '仅支持 PNG、JPEG、GIF 图片',
  'media.imageHeader': '无法读取图片的尺寸',
  'media.imageDimensions':
    '图片尺寸过大（{width}×{height}），每边最多 {maxSide} 像素、共 {maxMegapixels} 百万像素',
  'media.voiceSize': '语音须小于 {max}',
  'media.voiceType': '语音仅支持 AMR、MP3 格式',
  'media.voiceLength': '语音最长 {max} 秒，此文件约 {seconds} 秒',
  'media.videoSize': '视频须小于 {max}',
  'media.videoType': '视频仅支持 MP4 格式',
  'media.kindMismatch': '文件类型与消息类型不符（{fileKind} / {kind}）',

  'menu.noButtons': '至少需要一个菜单',
  'menu.tooManyButtons': '一级菜单最多 {max} 个',
  'menu.parentHasType': '有子菜单的一级菜单不能设置类型',
  'menu.tooManySubButtons': '子菜单最多 {max} 个',
  'menu.nestedSubButtons': '子菜单不能再有子菜单',

  'navigation.notFound': '路由导航不存在',
  'navigation.inUse': '以下公众号的路由仍在使用该导航，请先为其改选队列或其他导航：{accounts}',
  'navigation.nameTaken': '导航名称已存在',
  'navigation.entryCount': '菜单须有 {min}-{max} 项',
  'navigation.entryNumber': '序号须为 {min}-{max} 且不重复',
  'navigation.entryTarget': '菜单项须指向一个队列或一个子菜单',

  'delivery.windowClosed': '超出48小时客服消息窗口：粉丝近期未互动（微信 45015）',
  'delivery.windowClosedBefore': '未发送：微信已告知48小时客服消息窗口已关闭，需等粉丝再次发消息',
  'delivery.quotaSpent': '本窗口内客服消息条数已用完',
  'delivery.invalidOpenid': 'openid 无效：该粉丝不是本公众号的关注者',
  'delivery.unfollowed': '粉丝已取消关注',
  'delivery.noApiPermission': '公众号没有客服消息接口权限',
  'delivery.invalidAppSecret': 'AppSecret 无效',
  'delivery.invalidAppId': 'AppID 无效',
  'delivery.invalidMedia': '媒体文件无效或已过期',
  'delivery.dailyLimit': '接口调用超过每日上限，稍后重试',
  'delivery.rateLimit': '接口调用过于频繁，稍后重试',
  'delivery.tokenRejected': 'access_token 刷新后仍被拒绝',
  'delivery.tokenExpired': 'access_token 刷新后仍已过期',
  'delivery.channelBusy': '微信系统繁忙，未发送',
  'delivery.quotaKeptForAgent': '客服消息额度不足，剩余额度留给座席回复',
  'delivery.channelError': '微信返回错误 {errorCode}',
  'delivery.clientError': '微信客户端出错，未发送',
  'delivery.unreachable': '无法连接微信',
  'delivery.noAnswer': '微信未及时响应，消息可能已送达',
  'delivery.connectionBroke': '与微信的连接中断，消息可能已送达',
  'delivery.interrupted': '发送过程中服务中断，消息可能已送达',
  'delivery.accountDisabled': '未发送：该公众号已在客服台停用',
  'delivery.accountUnbound': '未发送：该公众号已从客服台解绑',
  'outbound.notFound': '消息不存在',
  'outbound.mediaRequired': '需要媒体文件',
  'outbound.notResendable': '只能重发失败或未确认的消息',
  'outbound.templateForRatingOnly': '模板消息只由满意度邀请发送',
  'outbound.h5UnsupportedKind': 'H5 页面只能显示文字、图片、语音和视频',
  'outbound.notAWeChatVisitor': '该访客未经微信授权进入 H5 页面，无法通过微信发送',

  'process.versionNotFound': '流程版本不存在',
  'process.rejected': '流程文件有 {count} 处问题，当前版本保持不变',
  'process.invalid': '流程引擎拒绝了该文件，当前版本保持不变',
  'process.notBpmnXml': '第 {line} 行第 {column} 列：不是流程引擎能读的 BPMN XML',
  'process.taskWithoutHandler':
    '任务 {element}（第 {line} 行）没有指定要执行的处理程序（delegateExpression）',
  'process.elementInvalid': '元素 {element}（第 {line} 行）有误',
  'process.wrongKey': '流程文件须只含一个 id 为 {key} 的流程',

  'queue.notFound': '队列不存在',
  'queue.inUse': '队列仍在使用中，无法删除',
  'queue.nameTaken': '队列名称已存在',
  'queue.skillRequired': '技能优先须指定技能',

  'rating.linkUnknown': '评价链接无效',
  'rating.expired': '评价邀请已过期',
  'rating.tooMany': '评价次数已达上限（{max} 次），以最后一次为准',

  'routing.target': '须选择一个队列或一个路由导航',
  'routing.notConfigured': '公众号未配置路由',
  'routing.neverQueued': '会话未经过路由',
  'rules.rejected': '规则有误，未生效',
  'rules.versionNotFound': '规则版本不存在',
  'rules.trialAgents': '每个座席须有状态和至少为 1 的接待上限',

  'transfer.toSelf': '会话已由该客服接待',
  'transfer.agentDisabled': '该客服的账号已停用',
  'transfer.agentNotInQueue': '该客服不属于目标队列',
  'transfer.agentOffline': '该客服当前不在线（{status}）',
  'transfer.agentAtLimit': '该客服已达接待上限 {max} 人',

  'history.rangeReversed': '结束时间须晚于开始时间',

  'report.rangeReversed': '结束日期不能早于开始日期',
  'report.rangeTooLong': '报表最多覆盖 {max} 天',
  'report.zoneUnknown': '未知时区，请填写如 Asia/Shanghai 的 IANA 时区',

  'user.notFound': '用户不存在',
  'user.usernameFormat': '用户名须为 3-64 位字母、数字、_ . 或 -',
  'user.usernameTaken': '用户名已存在',
  'user.avatarUrl': '头像须为 https:// 地址（最多 500 个字符）或上传的头像',
  'user.cannotDisableSelf': '不能停用自己的账号',
  'user.avatarNotFound': '头像不存在',
  'user.badCredentials': '用户名或密码错误',
  'user.tooManyFailedLogins': '登录失败次数过多，请 {seconds} 秒后再试',
} satisfies Record<string, string>;

export type ErrorCode = keyof typeof errorsZh;

const errorsEn: Record<ErrorCode, string> = {
  'request.malformed': 'The request is malformed',
  'request.unreadableBody': 'The request body is not JSON of the expected shape',
  'request.loginRequired': 'Please log in',
  'request.forbidden': 'Forbidden',
  'request.notFound': 'No such address',
  'request.methodNotAllowed': 'This method is not allowed here',
  'request.unsupportedMediaType': 'This content type is not supported',
  'request.refused': 'The request was refused ({status})',
  'request.failed': 'Internal error',
  'wechat.refused': 'WeChat refused the call: errcode {errcode} {errmsg}',
  'wechat.unreachable': 'Cannot reach WeChat',

  'input.invalid': 'Please check your input',
  'input.required': 'Required',
  'input.length': '{min}-{max} characters',
  'input.tooLong': 'At most {max} characters',
  'input.tooManyBytes': 'At most {max} bytes (a Chinese character is 3), {actual} given',
  'input.hiddenCharacters': 'No control or text-direction characters',
  'input.range': 'From {min} to {max}',
  'input.atLeast': '{min} or more',
  'input.oneOf': 'One of: {values}',
  'input.httpUrl': 'An http:// or https:// link',
  'input.integer': 'A whole number',
  'input.boolean': 'Yes or no',
  'input.base64': 'Not base64',
  'input.idempotencyKey': '8-100 letters, digits or _:.-, the same on a retried request',

  'account.notFound': 'No such account',
  'account.alreadyBound': 'This account is already bound',
  'account.sameAesKey': 'The new key equals the current one',
  'account.boundByAuthorization':
    'This account is bound through WeChat authorization (QR code); it cannot also be bound in developer mode',
  'account.boundInDeveloperMode':
    'This account is bound in developer mode; unbind it first, then bind it through WeChat authorization',
  'component.notSetUp':
    'The third-party platform is not set up yet: fill it in under Admin → Third-party platform',
  'component.noTicket':
    'WeChat has not pushed a component_verify_ticket yet: check the authorization-event URL and try again in up to 10 minutes',
  'component.wechatRefused': "WeChat's Open Platform refused the request (errcode {errcode})",
  'component.authorizationMissing':
    'The authorization was cancelled or its code expired; please authorize again',
  'component.stateInvalid':
    'This authorization link has expired or was used already; start again from Bind account',
  'component.notVerified':
    'Only verified subscription and service accounts can be bound (this one is not verified)',
  'component.appIdFormat': 'AppID: wx followed by 16 hex characters',
  'component.appSecretFormat': 'AppSecret: 32 hex characters',
  'component.tokenFormat': 'Token: 3-32 letters or digits',
  'component.aesKeyFormat': 'Message encryption key: 43 characters of A-Z a-z 0-9 + /',
  'account.appIdFormat': 'AppID: wx followed by 16 hex characters',
  'account.appSecretFormat': 'AppSecret: 32 hex characters',
  'account.tokenFormat': 'Token: 3-32 letters or digits',
  'kf.wechatIdFormat': 'WeChat ID: 6-20 letters, digits, _ or -, starting with a letter',
  'account.aesKeyFormat': 'EncodingAESKey: 43 characters of A-Z a-z 0-9 + /',
  'account.originalIdFormat': 'Original ID: gh_ followed by 12 hex characters',

  'agent.notFound': 'No such agent',
  'agent.skills': 'Skill names of at most {maxName} characters, levels {minLevel}-{maxLevel}',
  'cannedReply.notFound': 'No such canned reply',
  'customer.designatedNeedsOwner': 'A designated customer needs an owner agent',
  'demo.mediaNotFound': 'No such media',
  'demo.openidFormat': 'openid: 1-64 letters, digits, _ or -',

  'conversation.notFound': 'No such conversation',
  'conversation.notEndable': 'The conversation cannot be ended now ({status})',
  'conversation.notChatting': 'The conversation is not in a chat ({status})',
  'conversation.alreadyOpen': 'The fan is already in a conversation',
  'conversation.noQueue': 'Neither the account nor you have a service queue',
  'conversation.notAnAgent': 'You do not serve as an agent, so you cannot take a conversation',
  'conversation.agentOffline': 'Go online before starting a conversation',
  'conversation.agentAtLimit': 'You are at your reception limit of {max}: end a conversation first',
  'conversation.notQueued': 'You are no longer waiting in the queue ({status})',
  'conversation.giveUpOff': 'This account does not let you leave the queue',

  'fan.notFound': 'No such fan',
  'fan.windowClosed': "Outside WeChat's 48-hour window: wait for the fan to write again",
  'fan.quotaSpent': 'The messages WeChat allows in this window are spent: wait for the fan to write again',
  'fan.webVisitor':
    'This visitor came to the H5 page without WeChat authorization: answer in their H5 conversation',
  'fan.tagExists': 'The account already has this tag',
  'fan.tooManyAccountTags': "At most {max} tags per account (WeChat's limit)",
  'fan.tooManyFanTags': "At most {max} tags per fan (WeChat's limit)",

  'flow.surveyLabels': '{minCount}-{maxCount} labels of at most {maxLength} characters',
  'flow.robotAnswers': 'Each needs keywords and an answer of at most {max} characters',
  'flow.surveyTemplateId': 'Required when the template message is on: 1-64 letters, digits, _ or -',
  'flow.surveyTemplateFields':
    'At most {maxFields} fields, names of at most {maxName} letters, digits or _, values of at most {maxValue} characters',

  'hours.zone': 'Choose a valid time zone, e.g. Asia/Shanghai',
  'hours.timeRanges': 'At most {max} ranges a day, each starting before it ends, none overlapping',
  'hours.holidayDate': 'A valid year-month-day, not listed twice',
  'hours.neverOpen': 'With working hours on, at least one range is needed',

  'leftMessage.notFound': 'No such message among those of your accounts',
  'leftMessage.claimedByOther': '{agent} has claimed this message',
  'leftMessage.alreadyHandled': '{agent} has handled this message already',

  'h5.imageNotFound': 'No such image',
  'h5.clientIdFormat': 'clientId: 8-64 letters, digits or -',
  'h5.tooManyMessages': 'Too many messages: please wait a moment',
  'h5.tooManyMessagesFromNetwork': 'Too many messages from your network: please wait a moment',
  'h5.verificationFileTaken': 'Another account has uploaded a file of this name',
  'h5.noVerificationFile': 'No verification file uploaded',
  'h5.verificationFileName': 'The file name WeChat gives, MP_verify_xxx.txt',
  'h5.verificationFileContent': "1-64 letters and digits, as in WeChat's file",

  'media.notFound': 'No such media file',
  'media.imageSize': 'The image must be smaller than {max}',
  'media.imageType': 'PNG, JPEG or GIF images only',
  'media.imageHeader': "The image's size cannot be read",
  'media.imageDimensions':
    'The image is too large ({width}×{height}): at most {maxSide} pixels a side and {maxMegapixels} megapixels',
  'media.voiceSize': 'The voice message must be smaller than {max}',
  'media.voiceType': 'AMR or MP3 voice messages only',
  'media.voiceLength': 'A voice message plays at most {max} seconds; this one about {seconds}',
  'media.videoSize': 'The video must be smaller than {max}',
  'media.videoType': 'MP4 videos only',
  'media.kindMismatch': 'The file ({fileKind}) does not match the message kind ({kind})',

  'menu.noButtons': 'At least one button',
  'menu.tooManyButtons': 'At most {max} top-level buttons',
  'menu.parentHasType': 'A button with sub-buttons has no type',
  'menu.tooManySubButtons': 'At most {max} sub-buttons',
  'menu.nestedSubButtons': 'Sub-buttons cannot have their own',

  'navigation.notFound': 'No such navigation',
  'navigation.inUse':
    'The routing of these accounts uses the navigation; route them elsewhere first: {accounts}',
  'navigation.nameTaken': 'Another navigation has this name',
  'navigation.entryCount': '{min}-{max} entries',
  'navigation.entryNumber': '{min}-{max}, once per menu',
  'navigation.entryTarget': 'Either a queue or sub-entries',

  'delivery.windowClosed': 'Outside the 48-hour window: the fan has not written recently (WeChat 45015)',
  'delivery.windowClosedBefore':
    "Not sent: WeChat said the fan's 48-hour window is closed; the fan has to write first",
  'delivery.quotaSpent': "The fan's message quota for this window is spent",
  'delivery.invalidOpenid': 'Invalid openid: the fan does not follow this account',
  'delivery.unfollowed': 'The fan has unfollowed the account',
  'delivery.noApiPermission': 'The account lacks the customer-service API permission',
  'delivery.invalidAppSecret': 'Invalid AppSecret',
  'delivery.invalidAppId': 'Invalid AppID',
  'delivery.invalidMedia': 'Invalid or expired media',
  'delivery.dailyLimit': "WeChat's daily API limit reached; trying again later",
  'delivery.rateLimit': "WeChat's API rate limit reached; trying again later",
  'delivery.tokenRejected': 'The access token was rejected again after a refresh',
  'delivery.tokenExpired': 'The access token expired again after a refresh',
  'delivery.channelBusy': 'WeChat was busy and sent nothing',
  'delivery.quotaKeptForAgent': "The fan's remaining message quota is kept for agent replies",
  'delivery.channelError': 'WeChat answered error {errorCode}',
  'delivery.clientError': "WeChat's client failed; nothing was sent",
  'delivery.unreachable': 'Cannot reach WeChat',
  'delivery.noAnswer': 'No answer from WeChat in time; it may have delivered the message',
  'delivery.connectionBroke': 'The connection to WeChat broke; it may have delivered the message',
  'delivery.interrupted': 'The desk stopped while handing the message over; it may have been delivered',
  'delivery.accountDisabled': 'Not sent: the account is disabled in the desk',
  'delivery.accountUnbound': 'Not sent: the account was unbound from the desk',
  'outbound.notFound': 'No such message',
  'outbound.mediaRequired': 'A media file is required',
  'outbound.notResendable': 'Only failed or unconfirmed messages can be sent again',
  'outbound.templateForRatingOnly': "Template messages are sent by the desk's rating invitation only",
  'outbound.h5UnsupportedKind': 'The H5 chat page shows text, images, voice and video only',
  'outbound.notAWeChatVisitor':
    'This visitor came from the H5 page without WeChat authorization; WeChat does not know them',

  'process.versionNotFound': 'No such process version',
  'process.rejected': 'The BPMN has {count} problem(s); the running version stays',
  'process.invalid': 'The process engine refused the file; the running version stays',
  'process.notBpmnXml': 'Line {line}, column {column}: not BPMN XML the process engine can read',
  'process.taskWithoutHandler': 'Task {element} (line {line}) names no handler to run (delegateExpression)',
  'process.elementInvalid': 'Element {element} (line {line}) is not valid',
  'process.wrongKey': "The file must contain exactly one process with id '{key}'",

  'queue.notFound': 'No such queue',
  'queue.inUse': 'The queue is still in use and cannot be deleted',
  'queue.nameTaken': 'Another queue has this name',
  'queue.skillRequired': 'Skill-first queues need a skill',

  'rating.linkUnknown': 'Unknown rating link',
  'rating.expired': 'This rating invitation has expired',
  'rating.tooMany': 'This conversation was rated {max} times; the last rating counts',

  'routing.target': 'Choose exactly one queue or one navigation',
  'routing.notConfigured': 'The account has no routing configured',
  'routing.neverQueued': 'The conversation never went through routing',
  'rules.rejected': 'The rules were rejected; the running rules stay',
  'rules.versionNotFound': 'No such rule set version',
  'rules.trialAgents': 'Each agent needs a status and a reception limit of at least 1',

  'transfer.toSelf': 'This agent already serves the conversation',
  'transfer.agentDisabled': 'This agent’s login is disabled',
  'transfer.agentNotInQueue': 'This agent does not serve the target queue',
  'transfer.agentOffline': 'This agent is not online ({status})',
  'transfer.agentAtLimit': 'This agent is at their reception limit of {max}',

  'history.rangeReversed': 'The end must come after the start',

  'report.rangeReversed': 'The last day cannot come before the first',
  'report.rangeTooLong': 'A report covers at most {max} days',
  'report.zoneUnknown': 'Unknown time zone: use an IANA zone such as Asia/Shanghai',

  'user.notFound': 'No such user',
  'user.usernameFormat': 'Username: 3-64 letters, digits, _ . or -',
  'user.usernameTaken': 'This username is already taken',
  'user.avatarUrl': 'An https:// address of at most 500 characters, or an uploaded avatar',
  'user.cannotDisableSelf': 'You cannot disable your own login',
  'user.avatarNotFound': 'No such avatar',
  'user.badCredentials': 'Wrong username or password',
  'user.tooManyFailedLogins': 'Too many failed logins; try again in {seconds} s',
};

export const ERROR_WORDING: Record<Lang, Record<ErrorCode, string>> = { 'zh-CN': errorsZh, en: errorsEn };

/** A code this UI does not know yet (a newer server): still a sentence, with the code for support. */
const UNKNOWN_ERROR: Record<Lang, string> = {
  'zh-CN': '操作失败（错误代码 {code}）',
  en: 'Something went wrong (error code {code})',
};

export function isKnown(code: string): code is ErrorCode {
  return Object.prototype.hasOwnProperty.call(errorsZh, code);
}

/** The error in the user's language; a parameter the server left out stays as its placeholder. */
export function wordError(lang: Lang, code: string, params: ErrorParams = {}): string {
  const template = isKnown(code) ? ERROR_WORDING[lang][code] : UNKNOWN_ERROR[lang];
  const values: ErrorParams = isKnown(code) ? params : { code };
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}

/** The UI's language as the I18nProvider set it on the page, for code outside React (the API client). */
export function pageLang(): Lang {
  return document.documentElement.lang === 'en' ? 'en' : 'zh-CN';
}
