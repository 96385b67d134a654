export { CHANNEL_NAMES, NOTICE_CHANNELS, NOTICE_KIND_INFO, NOTICE_KINDS, noticeChannelSchema, noticeKindSchema, PAKN_NOTICE_KINDS, type NoticeChannel, type NoticeKind, type PaknNoticeKind } from './kinds.ts';
export { contentSummary, PAKN_SKIP_REASONS, paknFollowUrl, paknNoticesFor, paknNoticeValues, SUMMARY_MAX_CHARS, type PaknNoticeIntent } from './pakn.ts';
export { isPlaceholderName, PLACEHOLDER_NAMES, PLACEHOLDERS, placeholderProblem, type NoticeValues, type PlaceholderName } from './placeholders.ts';
export { parseTemplate, renderTemplateText, type ParsedTemplate, type RenderResult } from './template-text.ts';
export {
  noticeTemplateSchema,
  renderNotice,
  templateFor,
  templateUsable,
  znsLongestLength,
  ZNS_MAX_CHARS,
  type EmailTemplate,
  type NoticeRenderResult,
  type NoticeTemplate,
  type RenderedNotice,
  type SmsTemplate,
  type ZaloParam,
  type ZaloTemplate,
} from './template.ts';
export { DEFAULT_TEMPLATES } from './defaults.ts';
export { isForeignEvent, noticesFor, type NoticeIntent } from './triggers.ts';
export { noticeValues, type NoticeContext, type NoticeUnit } from './values.ts';
export { previewTemplate, SAMPLE_VALUES, type TemplatePreview } from './preview.ts';
export { smsEncoding, smsLength, stripDiacritics, SMS_PARTS_BUDGET, type SmsEncoding, type SmsLength } from './sms.ts';
export { vietnameseMobile, type VietnameseMobile } from './phone.ts';
export {
  chooseChannels,
  consentChangeSchema,
  CONSENT_TEXTS,
  currentConsent,
  CURRENT_CONSENT_VERSION,
  noticeChoiceSchema,
  PAKN_CONSENT_VERSION,
  EMPTY_PREFERENCES,
  FALLBACK_ORDER,
  recordConsent,
  setPreferredChannel,
  SKIP_REASONS,
  type ChannelChoice,
  type ConsentChange,
  type ConsentRecord,
  type NoticePreferences,
  type SkipReason,
} from './consent.ts';
export { afterFailure, DEFAULT_RETRY_POLICY, DEFAULT_SEND_WINDOW, httpStatusIsPermanent, nextSendMinute, type RetryDecision, type RetryPolicy, type SendWindow } from './retry.ts';
export { noticeKey, outgoingMessage, type ChannelAdapter, type EmailAttachment, type EmailMessage, type OutgoingMessage, type SendResult, type SmsMessage, type ZaloMessage } from './message.ts';
