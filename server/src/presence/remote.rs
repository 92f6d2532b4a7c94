//! What the rooms of one place on different server instances tell each other through the
//! broker ([`crate::broker`]). Each room owns the avatars of its own connections and publishes
//! their news; the others keep copies of them ("remote" avatars, members without a viewer),
//! show them to their own viewers and count them on the room list.
//!
//! - Steps go out as one batch every [`super::room::SHARE_EVERY_TICKS`] group ticks (4 ms);
//!   the hearing rooms pass them on with each viewer's next flush, as their own steps, so a
//!   second instance adds the broker's way and at most that short batching.
//! - Every [`ROSTER_EVERY`] each room names all its own avatars ([`PlaceNews::Roster`]): a new
//!   instance learns who is there, lost news is repaired, and the copies of an instance not
//!   heard from for [`PEER_SILENT`] (it died) vanish: its people reconnect elsewhere and the
//!   room heals within seconds.
//! - When an account enters on another instance (a reconnect there, or a second tab), the
//!   room that had it lets it go: the newest entry drives the avatar.

use lernwelt_protocol::presence::{Availability, Emote, SayText, Step};
use lernwelt_protocol::{AccountId, Nickname, Role};
use serde::{Deserialize, Serialize};
use std::time::Duration;

/// How often a room names all its own avatars to the other instances.
pub const ROSTER_EVERY: Duration = Duration::from_secs(1);
/// After this long without news from an instance its avatars vanish.
pub const PEER_SILENT: Duration = Duration::from_secs(3);

/// An avatar as the other instances copy it.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct Member {
    pub account: AccountId,
    pub name: Nickname,
    pub role: Role,
    pub availability: Option<Availability>,
    pub step: Step,
    /// Seconds since the young person asked for a counsellor to come, if they did.
    pub asking: Option<u32>,
}

/// One room's news for the same place's rooms on the other instances.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(tag = "t", rename_all = "snake_case")]
pub(crate) enum PlaceNews {
    /// Every avatar this instance drives in the place; copies of this instance not named are
    /// gone.
    Roster { members: Vec<Member> },
    /// An account entered here (newly, or taken over from elsewhere).
    Entered { member: Member },
    /// The steps taken since the last batch.
    Steps { steps: Vec<(AccountId, Step)> },
    /// An avatar left the place.
    Gone { account: AccountId },
    /// A room chat line (already within the speaker's rate).
    Said { account: AccountId, text: SayText },
    /// A gesture.
    Emoted { account: AccountId, emote: Emote },
    /// A counsellor's availability.
    Availability {
        account: AccountId,
        availability: Availability,
    },
    /// A young person asked for a counsellor to come, or took it back.
    Asked { account: AccountId, asking: bool },
    /// A counsellor muted someone here for `seconds`.
    Muted { account: AccountId, seconds: u32 },
    /// A counsellor sent someone out of here for `seconds`: the instance driving them takes
    /// them out.
    SentOut { account: AccountId, seconds: u32 },
}
