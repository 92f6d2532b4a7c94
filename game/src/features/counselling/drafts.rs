//! What the person has begun to write at the kiosk, kept on the device until it is sent: a new
//! question (with its topic, way and language) and an answer per conversation. A game that
//! closes, a phone that runs out of battery or a server that is away loses nothing.
//!
//! Drafts belong to the account they were written under: they go when someone else logs in or
//! the person logs out, and with "Delete my data on this device". A phone number for a callback
//! is never written to the device.

use bevy::prelude::*;
use lernwelt_protocol::{Language, Mode, Topic};
use serde::{Deserialize, Serialize};

use crate::core::storage::keep_on_device;
use crate::features::account::{WrittenUnderAccount, drop_when_not_theirs};

/// The drafts of the person logged in.
#[derive(Resource, Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Drafts {
    /// The nickname they were written under.
    pub owner: String,
    pub topic: Option<Topic>,
    pub mode: Option<Mode>,
    pub language: Option<Language>,
    /// The first message of a new question.
    pub question: String,
    /// Answers begun, by conversation.
    pub replies: Vec<(i64, String)>,
}

impl Drafts {
    /// The answer begun in conversation `enquiry`.
    pub fn reply(&self, enquiry: i64) -> &str {
        self.replies
            .iter()
            .find(|(e, _)| *e == enquiry)
            .map_or("", |(_, text)| text.as_str())
    }

    /// The answer begun in conversation `enquiry` (made empty when there is none).
    pub fn reply_mut(&mut self, enquiry: i64) -> &mut String {
        let at = match self.replies.iter().position(|(e, _)| *e == enquiry) {
            Some(at) => at,
            None => {
                self.replies.push((enquiry, String::new()));
                self.replies.len() - 1
            }
        };
        &mut self.replies[at].1
    }

    /// Empty answers take no room.
    pub fn tidy(&mut self) {
        self.replies.retain(|(_, text)| !text.is_empty());
    }
}

impl WrittenUnderAccount for Drafts {
    fn owner(&mut self) -> &mut String {
        &mut self.owner
    }
}

pub(super) fn plugin(app: &mut App) {
    keep_on_device::<Drafts>(app, "counselling-drafts");
    drop_when_not_theirs::<Drafts>(app);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_per_conversation_and_empty_ones_go() {
        let mut drafts = Drafts::default();
        drafts.reply_mut(3).push_str("Hallo");
        drafts.reply_mut(5);
        assert_eq!(drafts.reply_mut(3), "Hallo");
        drafts.tidy();
        assert_eq!(drafts.replies, vec![(3, "Hallo".to_owned())]);
    }
}
