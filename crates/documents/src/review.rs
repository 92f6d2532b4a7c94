//! "Send to a counsellor for review": exactly what leaves the device, built only after
//! explicit consent; `net::handover` carries it to the counselling server.

use serde::Serialize;

use crate::model::Drafts;

/// What the person agreed to send.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Consent {
    /// The person ticked the consent box (unticked by default, asked each time).
    pub given: bool,
    pub include_cv: bool,
    pub include_letter: bool,
}

/// The request a counsellor receives: the documents as plain German text and the
/// language the person reads, so the answer can come in it. No file, no photo, no device data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ReviewRequest {
    /// Always true: a request is only built with consent.
    pub consent: bool,
    /// The person's interface language (`de`, `ar` …).
    pub language: String,
    pub cv_text: Option<String>,
    pub letter_text: Option<String>,
}

impl ReviewRequest {
    /// Builds the request, or `None` without consent or with nothing chosen.
    pub fn build(drafts: &Drafts, consent: Consent, language: &str) -> Option<Self> {
        if !consent.given {
            return None;
        }
        Self::chosen(drafts, consent, language)
    }

    /// What would be sent with the documents chosen in `consent`, whether or not the box is
    /// ticked yet: the preview shows exactly this. `None` when nothing is chosen.
    pub fn chosen(drafts: &Drafts, consent: Consent, language: &str) -> Option<Self> {
        if !(consent.include_cv || consent.include_letter) {
            return None;
        }
        Some(Self {
            consent: true,
            language: language.to_owned(),
            cv_text: consent.include_cv.then(|| drafts.cv.to_text()),
            letter_text: consent
                .include_letter
                .then(|| drafts.letter.to_text(&drafts.cv.personal)),
        })
    }

    /// The text a counsellor receives: `title` (the request, in German), then the chosen
    /// documents, set apart by a rule.
    pub fn text(&self, title: &str) -> String {
        [
            Some(title.to_owned()),
            self.cv_text.clone(),
            self.letter_text.clone(),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join("\n\n— — —\n\n")
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::expect_used, clippy::unwrap_used)]
    use super::*;
    use crate::model::example;

    #[test]
    fn nothing_is_built_without_consent_and_the_text_holds_only_what_was_chosen() {
        let drafts = example();
        let no = Consent {
            given: false,
            include_cv: true,
            include_letter: true,
        };
        assert_eq!(ReviewRequest::build(&drafts, no, "ar"), None);
        let nothing = Consent {
            given: true,
            ..Default::default()
        };
        assert_eq!(ReviewRequest::build(&drafts, nothing, "ar"), None);
        let cv_only = Consent {
            given: true,
            include_cv: true,
            include_letter: false,
        };
        let request = ReviewRequest::build(&drafts, cv_only, "ar").expect("built");
        let json = serde_json::to_string(&request).expect("json");
        assert!(json.contains("Ayşe Yılmaz"));
        assert!(json.contains("\"letter_text\":null"));
        assert!(json.contains("\"language\":\"ar\""));
        let text = request.text("Bitte um Durchsicht");
        assert!(text.starts_with("Bitte um Durchsicht\n"));
        assert!(text.contains("Ayşe Yılmaz"));
        assert!(
            !text.contains("Sehr geehrte"),
            "no letter was chosen: {text}"
        );
    }

    #[test]
    fn the_preview_is_exactly_what_is_sent() {
        let drafts = example();
        let both = Consent {
            given: false,
            include_cv: true,
            include_letter: true,
        };
        let preview = ReviewRequest::chosen(&drafts, both, "tr").expect("something chosen");
        let sent = ReviewRequest::build(
            &drafts,
            Consent {
                given: true,
                ..both
            },
            "tr",
        )
        .expect("built with consent");
        assert_eq!(preview.text("Titel"), sent.text("Titel"));
        assert!(preview.text("Titel").contains("Sehr geehrte"));
    }
}
