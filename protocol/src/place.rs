//! The three walkable places, shared by the game (states, doors, links) and the server (checking
//! where an avatar may stand).

use std::fmt;

use serde::{Deserialize, Serialize};

/// The three walkable places.
///
/// Serialised as its [`id`](Place::id) (`"job_centre"`); the Rust names it was once written
/// with (`JobCentre`) still read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Place {
    #[default]
    #[serde(alias = "JobCentre")]
    JobCentre,
    #[serde(alias = "Company")]
    Company,
    #[serde(alias = "InterviewRoom")]
    InterviewRoom,
}

impl Place {
    /// All places, in the order a visit goes.
    pub const ALL: [Place; 3] = [Place::JobCentre, Place::Company, Place::InterviewRoom];

    /// The name used on the command line, in links and on the wire.
    pub fn id(self) -> &'static str {
        match self {
            Place::JobCentre => "job_centre",
            Place::Company => "company",
            Place::InterviewRoom => "interview_room",
        }
    }

    /// Parses a command-line / link name.
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.id() == id.trim())
    }

    /// All ids, for error messages.
    pub fn ids() -> String {
        Self::ALL.map(Place::id).join(", ")
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_form_is_the_id() {
        for place in Place::ALL {
            let json = serde_json::to_string(&place).expect("serialise");
            assert_eq!(json, format!("\"{}\"", place.id()));
            let back: Place = serde_json::from_str(&json).expect("deserialise");
            assert_eq!(back, place);
            assert_eq!(Place::from_id(place.id()), Some(place));
            assert_eq!(place.to_string(), place.id());
        }
    }

    #[test]
    fn old_names_still_read() {
        for (old, place) in [
            ("\"JobCentre\"", Place::JobCentre),
            ("\"Company\"", Place::Company),
            ("\"InterviewRoom\"", Place::InterviewRoom),
        ] {
            let read: Place = serde_json::from_str(old).expect("old name");
            assert_eq!(read, place);
        }
        assert!(serde_json::from_str::<Place>("\"jobcentre\"").is_err());
        assert_eq!(Place::from_id(" company "), Some(Place::Company));
        assert_eq!(Place::from_id("Company"), None);
        assert_eq!(Place::ids(), "job_centre, company, interview_room");
    }
}
