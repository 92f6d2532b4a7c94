//! Presence on the live-chat WebSocket: who is in which place and where they stand.
//!
//! After the auth frame a client enters a place with [`crate::ClientMsg::Enter`] and is
//! answered with [`crate::ServerMsg::Entered`]: its own spot as the server holds it and the
//! avatars it can see. From then on the high-rate traffic goes in small binary frames, because
//! the young people pay for their mobile data: the client sends its [`Step`]s as
//! [`encode_step`] (7 bytes), the server sends the steps of the avatars in view batched as
//! [`encode_steps`] (1 + 8 bytes each). Everything else (appear, vanish, room chat, emotes,
//! status) stays JSON.
//!
//! Positions are quantised to centimetres and headings to 1/256 of a turn. The server gives
//! each avatar a small `handle` per connection: it is only meaningful on that connection, so a
//! client never learns another account's id.

use crate::error::ValidationError;
use crate::{ErrorCode, Nickname, Place, Role};
use serde::{Deserialize, Serialize};

/// Most characters in one room chat line.
pub const SAY_MAX_CHARS: usize = 200;

/// First byte of a binary frame from the client: one step of its own avatar.
pub const STEP_TAG: u8 = 1;
/// First byte of a binary frame from the server: a batch of steps of avatars in view.
pub const STEPS_TAG: u8 = 2;
/// Bytes of an encoded client step frame.
pub const STEP_FRAME_BYTES: usize = 7;
/// Bytes of one entry in a steps batch.
pub const STEPS_ENTRY_BYTES: usize = 8;
/// Most entries in one steps batch (a larger view is split into several frames).
pub const STEPS_MAX: usize = 255;

/// A spot on a place's floor in centimetres from the room's centre (x to the right, z towards
/// the viewer when the place is entered), so ±327 m.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Spot {
    /// Centimetres along x.
    pub x: i16,
    /// Centimetres along z.
    pub z: i16,
}

impl Spot {
    /// The spot nearest to (x, z) in metres, or `None` when that is not a finite number or
    /// lies beyond ±327 m.
    #[must_use]
    pub fn from_metres(x: f32, z: f32) -> Option<Self> {
        let cm = |v: f32| {
            let c = (v * 100.0).round();
            (c.is_finite() && c >= f32::from(i16::MIN) && c <= f32::from(i16::MAX))
                .then_some(c as i16)
        };
        Some(Self {
            x: cm(x)?,
            z: cm(z)?,
        })
    }

    /// (x, z) in metres.
    #[must_use]
    pub fn metres(self) -> (f32, f32) {
        (f32::from(self.x) / 100.0, f32::from(self.z) / 100.0)
    }

    /// Distance to `other` in metres.
    #[must_use]
    pub fn distance(self, other: Spot) -> f32 {
        let dx = f32::from(self.x) - f32::from(other.x);
        let dz = f32::from(self.z) - f32::from(other.z);
        (dx * dx + dz * dz).sqrt() / 100.0
    }
}

/// Facing in 1/256 of a turn, counter-clockwise seen from above, 0 facing +z (the same yaw
/// convention as the place layouts).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Heading(pub u8);

impl Heading {
    /// The heading nearest to `degrees` (any finite value; others give 0).
    #[must_use]
    pub fn from_degrees(degrees: f32) -> Self {
        if !degrees.is_finite() {
            return Self(0);
        }
        let turns = (degrees / 360.0).rem_euclid(1.0);
        Self(((turns * 256.0).round() as u32 % 256) as u8)
    }

    /// The heading in degrees, 0 to below 360.
    #[must_use]
    pub fn degrees(self) -> f32 {
        f32::from(self.0) * 360.0 / 256.0
    }
}

/// How an avatar moves, for its animation.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Gait {
    /// Standing.
    #[default]
    Idle,
    /// Walking.
    Walk,
    /// Running.
    Run,
}

impl Gait {
    fn byte(self) -> u8 {
        match self {
            Gait::Idle => 0,
            Gait::Walk => 1,
            Gait::Run => 2,
        }
    }

    fn from_byte(byte: u8) -> Option<Self> {
        match byte {
            0 => Some(Gait::Idle),
            1 => Some(Gait::Walk),
            2 => Some(Gait::Run),
            _ => None,
        }
    }
}

/// Where an avatar stands, which way it faces and how it moves.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Step {
    /// The spot.
    pub at: Spot,
    /// The facing.
    pub heading: Heading,
    /// The gait.
    pub gait: Gait,
}

/// A counsellor's availability, shown beside their avatar.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Availability {
    /// Free to talk.
    #[default]
    Available,
    /// Talking with someone.
    Busy,
    /// Not at the screen.
    Away,
}

/// A short gesture, shown over the avatar for a moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Emote {
    /// Waving.
    Wave,
    /// Thumbs up.
    ThumbsUp,
    /// "I have a question."
    Question,
}

impl Emote {
    /// All emotes, in menu order.
    pub const ALL: [Emote; 3] = [Emote::Wave, Emote::ThumbsUp, Emote::Question];
}

/// Another avatar in view.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AvatarView {
    /// This connection's handle for the avatar (used by steps, chat lines and vanish).
    pub handle: u16,
    /// The account's nickname (never a real name).
    pub name: Nickname,
    /// Youth or counsellor; counsellors are drawn marked.
    pub role: Role,
    /// A counsellor's availability (`None` for young people).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub availability: Option<Availability>,
    /// Where it stands.
    pub step: Step,
}

/// A place as counsellors see it on their room list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoomSummary {
    /// The place.
    pub place: crate::Place,
    /// Young people there now.
    pub youth: u32,
    /// Counsellors there now.
    pub counsellors: u32,
    /// Young people there who asked for a counsellor to come, longest waiting first.
    pub waiting: Vec<Waiting>,
}

/// A young person waiting for a counsellor to come.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Waiting {
    /// Their nickname.
    pub name: Nickname,
    /// Seconds they have waited, when the list was made.
    pub seconds: u32,
}

/// One line of room chat: 1 to [`SAY_MAX_CHARS`] characters on one line, at least one that
/// shows (not only white space or invisible fillers), without control or bidi-override characters. It is relayed to those nearby and never
/// stored.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct SayText(String);

impl TryFrom<String> for SayText {
    type Error = ValidationError;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        let text = value.trim();
        if !text.chars().any(crate::counselling::shows) {
            return Err(ValidationError(ErrorCode::MessageEmpty));
        }
        if text.chars().count() > SAY_MAX_CHARS {
            return Err(ValidationError(ErrorCode::MessageTooLong));
        }
        if text.chars().any(|c| c.is_control() || is_bidi_control(c)) {
            return Err(ValidationError(ErrorCode::TextInvalidCharacters));
        }
        Ok(Self(text.to_owned()))
    }
}

crate::text::string_newtype!(SayText, "The line.");

/// Bidi embedding, override and isolate controls: in a line shown over someone's head they
/// could make it read as something else.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Encodes a client's step frame: [`STEP_TAG`], x and z as little-endian i16, heading, gait.
#[must_use]
pub fn encode_step(step: Step) -> [u8; STEP_FRAME_BYTES] {
    let [x0, x1] = step.at.x.to_le_bytes();
    let [z0, z1] = step.at.z.to_le_bytes();
    [STEP_TAG, x0, x1, z0, z1, step.heading.0, step.gait.byte()]
}

/// Decodes a client's step frame; anything but exactly one well-formed step is refused.
pub fn decode_step(bytes: &[u8]) -> Result<Step, ErrorCode> {
    let [tag, x0, x1, z0, z1, heading, gait] = bytes else {
        return Err(ErrorCode::InvalidValue);
    };
    if *tag != STEP_TAG {
        return Err(ErrorCode::InvalidValue);
    }
    Ok(Step {
        at: Spot {
            x: i16::from_le_bytes([*x0, *x1]),
            z: i16::from_le_bytes([*z0, *z1]),
        },
        heading: Heading(*heading),
        gait: Gait::from_byte(*gait).ok_or(ErrorCode::InvalidValue)?,
    })
}

/// Encodes a server's batch: [`STEPS_TAG`], then per entry the handle (little-endian u16), x
/// and z (little-endian i16), heading and gait. At most [`STEPS_MAX`] entries are written; the
/// caller splits larger batches.
#[must_use]
pub fn encode_steps(steps: &[(u16, Step)]) -> Vec<u8> {
    let steps = &steps[..steps.len().min(STEPS_MAX)];
    let mut out = Vec::with_capacity(1 + steps.len() * STEPS_ENTRY_BYTES);
    out.push(STEPS_TAG);
    for (handle, step) in steps {
        out.extend_from_slice(&handle.to_le_bytes());
        out.extend_from_slice(&encode_step(*step)[1..]);
    }
    out
}

/// Decodes a server's batch.
pub fn decode_steps(bytes: &[u8]) -> Result<Vec<(u16, Step)>, ErrorCode> {
    let Some((&STEPS_TAG, rest)) = bytes.split_first() else {
        return Err(ErrorCode::InvalidValue);
    };
    if rest.len() % STEPS_ENTRY_BYTES != 0 || rest.len() / STEPS_ENTRY_BYTES > STEPS_MAX {
        return Err(ErrorCode::InvalidValue);
    }
    rest.chunks_exact(STEPS_ENTRY_BYTES)
        .map(|entry| {
            let handle = u16::from_le_bytes([entry[0], entry[1]]);
            let mut frame = [STEP_TAG; STEP_FRAME_BYTES];
            frame[1..].copy_from_slice(&entry[2..]);
            Ok((handle, decode_step(&frame)?))
        })
        .collect()
}

/// Longest a counsellor may mute someone in a place, in minutes.
pub const MUTE_MINUTES_MAX: u8 = 60;
/// How long someone sent out of a place stays out, in seconds.
pub const SENT_OUT_SECONDS: u32 = 10 * 60;
/// Most people one account may block.
pub const BLOCKS_MAX: usize = 200;
/// Most of the reported person's last room chat lines a report keeps.
pub const REPORT_LINES_MAX: usize = 10;

/// What a counsellor did to someone in a place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Moderation {
    /// Their room chat and gestures are refused for a while.
    Muted,
    /// They were taken out of the place and may not come back for a while.
    SentOut,
}

/// A report of someone in a place, as the counsellors' moderation queue shows it. Who reported
/// is not shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RoomReportView {
    /// The report's id.
    pub id: i64,
    /// Where it happened.
    pub place: Place,
    /// Who was reported.
    pub name: Nickname,
    /// Their last room chat lines before the report, oldest first (none if they said nothing).
    pub lines: Vec<SayText>,
    /// When it was reported.
    pub created_at: crate::Timestamp,
}

/// The open reports from the places, oldest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RoomReports {
    /// The reports.
    pub reports: Vec<RoomReportView>,
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::test_rng::Rng;

    fn step(x: i16, z: i16, heading: u8, gait: Gait) -> Step {
        Step {
            at: Spot { x, z },
            heading: Heading(heading),
            gait,
        }
    }

    #[test]
    fn a_step_round_trips_through_seven_bytes() {
        for s in [
            step(0, 0, 0, Gait::Idle),
            step(-32768, 32767, 255, Gait::Run),
            step(123, -456, 17, Gait::Walk),
        ] {
            let bytes = encode_step(s);
            assert_eq!(bytes.len(), STEP_FRAME_BYTES);
            assert_eq!(decode_step(&bytes), Ok(s));
        }
    }

    #[test]
    fn malformed_step_frames_are_refused() {
        let good = encode_step(step(1, 2, 3, Gait::Walk));
        assert!(decode_step(&[]).is_err());
        assert!(decode_step(&good[..6]).is_err());
        assert!(decode_step(&[good.as_slice(), &[0]].concat()).is_err());
        let mut bad_tag = good;
        bad_tag[0] = STEPS_TAG;
        assert!(decode_step(&bad_tag).is_err());
        let mut bad_gait = good;
        bad_gait[6] = 3;
        assert!(decode_step(&bad_gait).is_err());
    }

    #[test]
    fn a_batch_round_trips_and_bad_lengths_are_refused() {
        let batch = vec![
            (7, step(10, -20, 64, Gait::Walk)),
            (65535, step(-1, 1, 128, Gait::Idle)),
        ];
        let bytes = encode_steps(&batch);
        assert_eq!(bytes.len(), 1 + 2 * STEPS_ENTRY_BYTES);
        assert_eq!(decode_steps(&bytes).unwrap(), batch);
        assert!(decode_steps(&bytes[..bytes.len() - 1]).is_err());
        assert!(decode_steps(&[]).is_err());
        assert_eq!(decode_steps(&[STEPS_TAG]).unwrap(), vec![]);
        let long: Vec<(u16, Step)> = (0..300).map(|h| (h, Step::default())).collect();
        assert_eq!(decode_steps(&encode_steps(&long)).unwrap().len(), STEPS_MAX);
    }

    #[test]
    fn spots_and_headings_quantise() {
        assert_eq!(
            Spot::from_metres(1.234, -0.005),
            Some(Spot { x: 123, z: -1 })
        );
        assert_eq!(Spot::from_metres(f32::NAN, 0.0), None);
        assert_eq!(Spot::from_metres(400.0, 0.0), None);
        assert_eq!(Spot { x: 300, z: 400 }.distance(Spot::default()), 5.0);
        assert_eq!(Heading::from_degrees(90.0), Heading(64));
        assert_eq!(Heading::from_degrees(-90.0), Heading(192));
        assert_eq!(Heading::from_degrees(359.9), Heading(0));
        assert_eq!(Heading(64).degrees(), 90.0);
        assert_eq!(Heading::from_degrees(f32::INFINITY), Heading(0));
    }

    #[test]
    fn say_lines_are_checked() {
        assert_eq!(SayText::try_from("  Hallo!  ").unwrap().as_str(), "Hallo!");
        let code = |s: &str| SayText::try_from(s).err().map(|e| e.0);
        assert_eq!(code("   "), Some(ErrorCode::MessageEmpty));
        for invisible in ["\u{200B}", "\u{2800}\u{2800}", "\u{3164}", " \u{FEFF} "] {
            assert_eq!(
                code(invisible),
                Some(ErrorCode::MessageEmpty),
                "{invisible:?}"
            );
        }
        assert_eq!(code(&"a".repeat(201)), Some(ErrorCode::MessageTooLong));
        assert_eq!(code("a\nb"), Some(ErrorCode::TextInvalidCharacters));
        assert_eq!(
            code("abc\u{202E}def"),
            Some(ErrorCode::TextInvalidCharacters)
        );
        assert!(SayText::try_from("مرحبا 👋".to_owned()).is_ok());
    }

    /// Property: any bytes at all decode to a step or an error, never a panic; whatever
    /// decodes encodes back to the same bytes. 400,000 inputs of 0 to 40 bytes, half of them
    /// shaped like real frames.
    #[test]
    fn arbitrary_frames_never_panic_and_what_decodes_round_trips() {
        let mut rng = Rng(0x5eed_1234_abcd_0001);
        let (mut steps_ok, mut batches_ok) = (0, 0);
        for i in 0..400_000 {
            // Half are anything; the other half have a tag, a length that fits it and gait
            // bytes that are mostly valid, so the decoders' good paths are tried as much.
            let len = match i % 4 {
                0 => STEP_FRAME_BYTES,
                2 => 1 + STEPS_ENTRY_BYTES * (rng.next() % 5) as usize,
                _ => (rng.next() % 41) as usize,
            };
            let mut bytes = rng.bytes(len);
            if i % 2 == 0 && !bytes.is_empty() {
                bytes[0] = if i % 4 == 0 { STEP_TAG } else { STEPS_TAG };
                let first_gait = if i % 4 == 0 { 6 } else { 8 };
                let every = if i % 4 == 0 { 7 } else { STEPS_ENTRY_BYTES };
                let mut at = first_gait;
                while at < bytes.len() {
                    bytes[at] = (rng.next() % 4) as u8;
                    at += every;
                }
            }
            if let Ok(step) = decode_step(&bytes) {
                assert_eq!(encode_step(step).as_slice(), bytes.as_slice());
                steps_ok += 1;
            }
            if let Ok(batch) = decode_steps(&bytes) {
                assert_eq!(encode_steps(&batch), bytes);
                batches_ok += 1;
            }
        }
        // The generator reaches the valid cases too, or the check would prove little.
        assert!(steps_ok > 1_000, "{steps_ok} valid steps");
        assert!(batches_ok > 1_000, "{batches_ok} valid batches");
    }
}
