// The public API of @convening/invite. Every export is named; internals stay in their files.

export { ConveningError, isConveningError, NotParsedError } from "@convening/core";
export {
  type AppliedReplies,
  type ApplyRepliesOptions,
  applyReplies,
  type CounterForOrganizer,
} from "./apply-replies.js";
export type { Mailbox } from "./compose-message.js";
export {
  InviteOptionsError,
  isInviteOptionsError,
  isReplyFormatError,
  isReplyRefusedError,
  isSequenceNotRaisedError,
  ReplyFormatError,
  type ReplyRefusal,
  ReplyRefusedError,
  SequenceNotRaisedError,
} from "./errors.js";
export type { InvitationMessage } from "./invitation-message.js";
export {
  type InvitationOptions,
  invitationMessages,
  type MessageBatch,
} from "./invitation-messages.js";
export type { MessageOptions, RecipientInfo } from "./invite-options.js";
export type { MessageKind } from "./message-text.js";
export {
  type CounterProposal,
  type PartStatus,
  type ReadReplyOptions,
  type Reply,
  readReply,
} from "./read-reply.js";
export type { SkippedRecipient } from "./recipients.js";
export {
  type UnchangedRecipient,
  type UpdateBatch,
  type UpdateOptions,
  updateMessages,
} from "./update-messages.js";
