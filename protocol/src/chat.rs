//! Live chat over the WebSocket at [`crate::routes::CHAT_WS`]: JSON text frames, one message
//! each, tagged by `"type"` in snake case. The client's first frame must be
//! [`ClientMsg::Auth`]; anything else first is answered with an error frame and the close.
//! A [`ClientMsg::Send`] is acknowledged with [`ServerMsg::Ack`] only after it is stored, and a
//! resend with the same `client_message_id` acknowledges the stored message again.
//!
//! The same socket carries presence ([`crate::presence`]): entering a place, room chat,
//! emotes, and the avatars' steps in small binary frames.

use crate::presence::{
    Availability, AvatarView, Emote, Moderation, RoomSummary, SayText, Spot, Step,
};
use crate::{ClientMessageId, EnquiryId, ErrorCode, Language, MessageId, MessageText, MessageView};
use crate::{Nickname, Place, SessionToken, Side};
use serde::{Deserialize, Serialize};

/// Largest text frame the server reads; a larger one is answered with `payload_too_large`.
/// The same as a request body, so every message HTTP admits goes through the socket too.
pub const FRAME_MAX_BYTES: usize = crate::limits::MAX_BODY_BYTES;

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
    /// Enter a place (leaving the one the connection is in, if any); answered with
    /// [`ServerMsg::Entered`]. Steps are sent as binary frames afterwards. One appears where
    /// the game puts someone arriving from `from` (in front of the door from there, or at the
    /// place's spawn point): within a connection avatars move only by steps, and between
    /// places only to the places' arrival points.
    Enter {
        /// The place.
        place: Place,
        /// The place come from, if through a door.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        from: Option<Place>,
        /// After a broken connection: where the avatar stood. Taken only on the connection's
        /// first entry and only on a walkable spot.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        at: Option<Spot>,
    },
    /// Leave the world (back to the start screen); the avatar vanishes for the others.
    Leave,
    /// One line of room chat, shown to those nearby and never stored.
    Say {
        /// The line.
        text: SayText,
    },
    /// A gesture over the own avatar.
    Emote {
        /// Which.
        emote: Emote,
    },
    /// A counsellor's availability (refused for young people).
    Availability {
        /// Available, busy or away.
        availability: Availability,
    },
    /// A young person asks for a counsellor to come to the place they are in; answered with
    /// [`ServerMsg::Asked`], later [`ServerMsg::CounsellorComing`].
    AskCounsellor,
    /// The young person takes the request back.
    CancelAsk,
    /// Hide someone in view from oneself, in every place and from now on: their avatar and
    /// room chat (counsellors cannot be blocked; report them instead). Answered with
    /// [`ServerMsg::Blocked`].
    Block {
        /// Who, by handle.
        handle: u16,
    },
    /// Show a blocked person again; answered with [`ServerMsg::Blocked`].
    Unblock {
        /// Who, by nickname (they may not be in view).
        name: Nickname,
    },
    /// Report someone in view to the counsellors' moderation queue, with their last room chat
    /// lines. Answered with [`ServerMsg::Reported`].
    Report {
        /// Who, by handle.
        handle: u16,
    },
    /// A counsellor mutes a young person in view in this place (refused for young people).
    Mute {
        /// Who, by handle.
        handle: u16,
        /// For how long, 1 to [`crate::presence::MUTE_MINUTES_MAX`] minutes.
        minutes: u8,
    },
    /// A counsellor sends a young person in view out of this place for
    /// [`crate::presence::SENT_OUT_SECONDS`] (refused for young people).
    SendOut {
        /// Who, by handle.
        handle: u16,
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
    /// The place was entered: the own avatar stands at `step` (the server's word, which may
    /// differ from the spot asked for) and `others` are the avatars in view.
    Entered {
        /// The place.
        place: Place,
        /// The own avatar.
        step: Step,
        /// The avatars in view now.
        others: Vec<AvatarView>,
    },
    /// The own avatar was taken out of the place because nothing came from this connection
    /// for a while (a phone that put the page to sleep); enter again to come back.
    Left {
        /// The place.
        place: Place,
    },
    /// An avatar came into view (entered the place or came near).
    Appear {
        /// The avatar.
        avatar: AvatarView,
    },
    /// An avatar left the view (left the place, went far or lost its connection).
    Vanish {
        /// Its handle, free for reuse afterwards.
        handle: u16,
    },
    /// A line of room chat from an avatar in view.
    Said {
        /// Who said it.
        handle: u16,
        /// The line.
        text: SayText,
    },
    /// A gesture of an avatar in view.
    Emoted {
        /// Who.
        handle: u16,
        /// Which.
        emote: Emote,
    },
    /// A counsellor in view changed their availability.
    AvailabilityChanged {
        /// Who.
        handle: u16,
        /// Now.
        availability: Availability,
    },
    /// A step of the own avatar was refused (too fast, into a wall, before entering): it
    /// stands here as far as everyone else is concerned.
    Corrected {
        /// Where it stands.
        step: Step,
    },
    /// To a young person: the request for a counsellor is noted, or (`waiting: false`) taken
    /// back or done.
    Asked {
        /// The place asked for.
        place: Place,
        /// Whether the request stands.
        waiting: bool,
    },
    /// To a young person who asked: a counsellor came into the place.
    CounsellorComing {
        /// The counsellor's nickname.
        name: Nickname,
    },
    /// To counsellors, on connecting and whenever it changes (at most twice a second): the
    /// places, how many are there, and who waits for a counsellor to come.
    Rooms {
        /// Every place.
        rooms: Vec<RoomSummary>,
    },
    /// The people this account blocked, after connecting and after every change.
    Blocked {
        /// Their nicknames.
        names: Vec<Nickname>,
    },
    /// The report about `name` reached the moderation queue.
    Reported {
        /// Who was reported.
        name: Nickname,
    },
    /// To someone a counsellor muted: room chat and gestures in `place` are refused for
    /// `seconds`.
    Muted {
        /// The place.
        place: Place,
        /// For how long.
        seconds: u32,
    },
    /// To someone a counsellor sent out: the avatar left `place` and may come back after
    /// `seconds` (entering it earlier is answered with this again).
    SentOut {
        /// The place.
        place: Place,
        /// Seconds until they may come back.
        seconds: u32,
    },
    /// To the counsellor: it is done.
    Moderated {
        /// Who.
        name: Nickname,
        /// What.
        action: Moderation,
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
    use crate::test_rng::Rng;

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

    /// Property: any text frame, made by mutating real frames of every kind (characters
    /// changed, inserted, dropped, cut off), decodes to a frame or an error, never a panic;
    /// whatever decodes is valid by the protocol's rules, so it encodes and decodes back to
    /// itself. 300,000 inputs.
    #[test]
    fn mutated_text_frames_never_panic_and_what_decodes_round_trips() {
        let seeds = [
            r#"{"type":"auth","token":"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"}"#,
            r#"{"type":"send","enquiry_id":12,"client_message_id":"a-1_B","text":"Hallo, wie geht es?"}"#,
            r#"{"type":"typing","enquiry_id":7}"#,
            r#"{"type":"enter","place":"job_centre","from":"company","at":{"x":150,"z":-225}}"#,
            r#"{"type":"leave"}"#,
            r#"{"type":"say","text":"مرحبا"}"#,
            r#"{"type":"emote","emote":"wave"}"#,
            r#"{"type":"availability","availability":"busy"}"#,
            r#"{"type":"ask_counsellor"}"#,
            r#"{"type":"cancel_ask"}"#,
            r#"{"type":"block","handle":3}"#,
            r#"{"type":"unblock","name":"лена"}"#,
            r#"{"type":"report","handle":65535}"#,
            r#"{"type":"mute","handle":2,"minutes":10}"#,
            r#"{"type":"send_out","handle":9}"#,
        ];
        let pool: Vec<char> = "{}[]\",:0123456789-.eE+ abtxyz_\\\u{0}\u{202E}\u{200B}ü🙂"
            .chars()
            .collect();
        let mut rng = Rng(0x00c0_ffee_5eed_0002);
        let (mut decoded, mut tried) = (0_u32, 0_u32);
        for i in 0..300_000 {
            let seed = seeds[i % seeds.len()];
            let mut chars: Vec<char> = seed.chars().collect();
            for _ in 0..=rng.below(3) {
                let at = rng.below(chars.len() + 1);
                match rng.below(4) {
                    0 if at < chars.len() => chars[at] = pool[rng.below(pool.len())],
                    1 => chars.insert(at, pool[rng.below(pool.len())]),
                    2 if at < chars.len() => {
                        chars.remove(at);
                    }
                    _ => chars.truncate(at),
                }
            }
            let text: String = chars.into_iter().collect();
            tried += 1;
            if let Ok(frame) = serde_json::from_str::<ClientMsg>(&text) {
                let again = serde_json::to_string(&frame).unwrap();
                assert_eq!(
                    serde_json::from_str::<ClientMsg>(&again).unwrap(),
                    frame,
                    "{text}"
                );
                decoded += 1;
            }
        }
        for seed in seeds {
            assert!(serde_json::from_str::<ClientMsg>(seed).is_ok(), "{seed}");
        }
        assert_eq!(tried, 300_000);
        // The mutations reach valid frames too, or the check would prove little.
        assert!(decoded > 5_000, "{decoded} decoded");
    }
}
