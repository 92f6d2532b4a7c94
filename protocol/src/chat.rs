//! Live chat over the WebSocket at [`crate::routes::CHAT_WS`]: JSON text frames, one message
//! each, tagged by `"type"` in snake case. The client's first frame must be
//! [`ClientMsg::Auth`]; anything else first is answered with an error frame and the close.
//! A [`ClientMsg::Send`] is acknowledged with [`ServerMsg::Ack`] only after it is stored, and a
//! resend with the same `client_message_id` acknowledges the stored message again.

use crate::{ClientMessageId, EnquiryId, ErrorCode, Language, MessageId, MessageText, MessageView};
use crate::{SessionToken, Side};
use serde::{Deserialize, Serialize};

/// Largest text frame the server reads; a larger one is answered with `payload_too_large`.
pub const FRAME_MAX_BYTES: usize = 8 * 1024;

/// A frame from the client.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum ClientMsg {
    /// The first frame: the session token from login.
    Auth {
        /// The bearer token.
        token: SessionToken,
    },
    /// A message in an enquiry the caller has (as the HTTP reply route).
    Send {
        /// The enquiry.
        enquiry_id: EnquiryId,
        /// The client's id of this message; a resend with it stores nothing new.
        client_message_id: ClientMessageId,
        /// The text.
        text: MessageText,
    },
    /// The caller is typing in an enquiry; relayed to the other party.
    Typing {
        /// The enquiry.
        enquiry_id: EnquiryId,
    },
}

/// A frame from the server.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum ServerMsg {
    /// The first frame was accepted; pushes for this account follow from now on.
    Ready,
    /// The message with this client id is stored under `message_id`.
    Ack {
        /// The client's id.
        client_message_id: ClientMessageId,
        /// The server's id.
        message_id: MessageId,
    },
    /// A new message from the other party.
    Message {
        /// The stored message.
        message: MessageView,
    },
    /// The other party is typing.
    Typing {
        /// The enquiry.
        enquiry_id: EnquiryId,
        /// Who is typing.
        from: Side,
    },
    /// Whether a counsellor for this language is connected (sent to young people).
    CounsellorOnline {
        /// The language.
        language: Language,
        /// Whether one is online.
        online: bool,
    },
    /// Waiting room: the place of the young person's chat enquiry among the not yet accepted
    /// chat enquiries of its language, oldest first (1 = next).
    Position {
        /// The enquiry.
        enquiry_id: EnquiryId,
        /// The place, from 1.
        position: u32,
    },
    /// Something the client sent was refused; the connection stays unless it is closed next.
    Error {
        /// What went wrong.
        code: ErrorCode,
        /// A short English explanation for developers.
        message: String,
    },
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn frames_are_tagged_in_snake_case() {
        let frame: ClientMsg = serde_json::from_str(r#"{"type":"typing","enquiry_id":3}"#).unwrap();
        assert_eq!(
            frame,
            ClientMsg::Typing {
                enquiry_id: EnquiryId(3)
            }
        );
        let json = serde_json::to_value(ServerMsg::CounsellorOnline {
            language: Language::De,
            online: true,
        })
        .unwrap();
        assert_eq!(json["type"], "counsellor_online");
        assert!(
            serde_json::from_str::<ClientMsg>(r#"{"type":"typing","enquiry_id":3,"x":1}"#).is_err()
        );
        assert!(serde_json::from_str::<ClientMsg>(r#"{"type":"dance"}"#).is_err());
    }
}
