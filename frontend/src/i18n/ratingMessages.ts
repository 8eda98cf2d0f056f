/** The fan's rating page (opened from the template message), kept apart from the desk's own screens. */
export const ratingZh = {
  'rating.title': '服务评价',
  'rating.intro': '请为 {account} 本次的服务评分',
  'rating.solvedQuestion': '您的问题解决了吗？',
  'rating.solvedRequired': '（必答）',
  'rating.solvedYes': '已解决',
  'rating.solvedNo': '未解决',
  'rating.submit': '提交评价',
  'rating.submitting': '提交中…',
  'rating.pickScore': '请选择一个评分',
  'rating.answerSolved': '请回答问题是否解决',
  'rating.thanks': '感谢您的评价！如需修改，重新选择后再次提交即可，以最后一次为准。',
  'rating.current': '您当前的评价：{label}',
  'rating.expired': '评价邀请已过期，感谢您的关注。',
  'rating.notFound': '评价链接无效，请从公众号消息中重新打开。',
};

export const ratingEn: Record<keyof typeof ratingZh, string> = {
  'rating.title': 'Rate our service',
  'rating.intro': 'How did {account} do this time?',
  'rating.solvedQuestion': 'Was your problem solved?',
  'rating.solvedRequired': '(required)',
  'rating.solvedYes': 'Solved',
  'rating.solvedNo': 'Not solved',
  'rating.submit': 'Submit',
  'rating.submitting': 'Submitting…',
  'rating.pickScore': 'Please pick a rating',
  'rating.answerSolved': 'Please say whether your problem was solved',
  'rating.thanks': 'Thank you! To change it, pick again and submit: the last rating counts.',
  'rating.current': 'Your rating: {label}',
  'rating.expired': 'This rating invitation has expired. Thank you all the same.',
  'rating.notFound': 'This rating link is not valid. Please open it again from the account’s message.',
};
